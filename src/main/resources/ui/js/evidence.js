// Evidence display shared by the entity and article pages: the sentence around a span, with the
// span highlighted. Offsets are UTF-16 code units, as JavaScript strings index them.
"use strict";

const EVIDENCE_CONTEXT = 240;
const CLOSERS = /["\u201d\u2019')\]]/;

/** Where the sentence holding [begin, end) starts and ends in text. */
NG.sentenceBounds = function (text, begin, end) {
  let s = begin;
  const minS = Math.max(0, begin - EVIDENCE_CONTEXT);
  while (s > minS) {
    const c = text.charAt(s - 1);
    if (c === "\n") break;
    // A space after a terminator, or after a terminator and a closing quote, starts a sentence.
    if (/\s/.test(c)) {
      const p = text.charAt(s - 2);
      if (/[.!?]/.test(p) || (CLOSERS.test(p) && /[.!?]/.test(text.charAt(s - 3)))) break;
    }
    s--;
  }
  let e = end;
  const maxE = Math.min(text.length, end + EVIDENCE_CONTEXT);
  if (/[.!?]/.test(text.charAt(end - 1))) {
    // The span itself ends the sentence (a quotation ending in a full stop).
    while (e < text.length && CLOSERS.test(text.charAt(e))) e++;
    if (e >= text.length || /\s/.test(text.charAt(e))) return [s, e];
    e = end;
  }
  while (e < maxE) {
    const c = text.charAt(e);
    if (c === "\n") break;
    e++;
    if (/[.!?]/.test(c)) {
      while (e < text.length && CLOSERS.test(text.charAt(e))) e++;
      if (e >= text.length || /\s/.test(text.charAt(e))) break;
    }
  }
  return [s, e];
};

/**
 * A paragraph with the evidence sentence and the span marked; falls back to the stored quote
 * when the article text is missing or does not match the offsets.
 */
NG.evidenceSentence = function (text, begin, end, quote) {
  const b = Number(begin);
  const e = Number(end);
  const valid = text && b >= 0 && e <= text.length && b < e && (!quote || text.slice(b, e) === quote);
  if (!valid) {
    return NG.el("p", { class: "sentence" }, NG.el("mark", {}, quote || "(no text)"));
  }
  const [s, t] = NG.sentenceBounds(text, b, e);
  return NG.el(
    "p",
    { class: "sentence" },
    s > 0 && s === b - EVIDENCE_CONTEXT ? "… " : "",
    text.slice(s, b).trimStart(),
    NG.el("mark", {}, text.slice(b, e)),
    text.slice(e, t).trimEnd(),
    t < text.length && t === e + EVIDENCE_CONTEXT ? " …" : ""
  );
};

/** The articles' texts and metadata, keyed by IRI. */
NG.articles = async function (iris) {
  const out = new Map();
  const list = [...new Set(iris)];
  // In chunks, to keep each request small.
  for (let i = 0; i < list.length; i += 40) {
    const chunk = list.slice(i, i + 40).map(NG.iri).join(" ");
    const rows = await NG.select(`
      SELECT ?a (SAMPLE(?text) AS ?t) (SAMPLE(?title) AS ?ti) (SAMPLE(?issued) AS ?d)
             (SAMPLE(?outlet) AS ?o) (SAMPLE(?outletLabel) AS ?ol) (SAMPLE(?source) AS ?src) WHERE {
        VALUES ?a { ${chunk} }
        OPTIONAL { ?a schema:text ?text }
        OPTIONAL { ?a dcterms:title ?title }
        OPTIONAL { ?a dcterms:issued ?issued }
        OPTIONAL { ?a dcterms:source ?source }
        OPTIONAL { ?a schema:publisher ?outlet . OPTIONAL { ?outlet rdfs:label ?outletLabel } }
      } GROUP BY ?a`);
    for (const r of rows) out.set(r.a, r);
  }
  return out;
};

/** "Title — Outlet, 14 Aug 2021" as a link to the article page. */
NG.articleCitation = function (iri, meta) {
  const m = meta || {};
  const parts = [m.ol, NG.formatDate(m.d)].filter(Boolean).join(", ");
  return NG.el(
    "span",
    { class: "citation" },
    NG.articleLink(iri, m.ti || m.src || NG.localName(iri)),
    parts ? NG.el("span", { class: "muted" }, " — " + parts) : null
  );
};
