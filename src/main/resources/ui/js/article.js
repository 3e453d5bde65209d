// The article page (?iri=…): its metadata and text, with the mentions, events, statements and
// memberships the graph took from it highlighted by their ng:begin/ng:end offsets.
"use strict";

/** The highlight kind of an annotated node, from its types. */
function kindOf(types) {
  const names = types.map(NG.localName);
  if (names.includes("Statement") || names.includes("IndirectStatement")) return "statement";
  if (names.includes("Membership")) return "membership";
  const events = ["Event", "Expulsion", "Proscription", "Suspension", "Reinstatement", "Joining", "Departure"];
  if (names.some((n) => events.includes(n))) return "event";
  return "mention";
}

async function meta(a) {
  const rows = await NG.articles([NG.param("iri")]);
  const m = rows.get(NG.param("iri"));
  const extra = await NG.select(`
    SELECT ?url ?source ?o ?ol WHERE {
      ${a} a ng:Article .
      OPTIONAL { ${a} schema:url ?url }
      OPTIONAL { ${a} dcterms:source ?source }
      OPTIONAL { ${a} schema:publisher ?o . OPTIONAL { ?o rdfs:label ?ol } }
    } LIMIT 1`);
  const box = document.getElementById("meta");
  if (!m || extra.length === 0) {
    box.replaceChildren(NG.el("h1", {}, "Unknown article"), NG.el("p", { class: "muted" }, NG.param("iri")));
    return null;
  }
  const x = extra[0];
  document.title = (m.ti || x.source || "Article") + " – newsgraph";
  box.replaceChildren(
    NG.el("h1", { id: "article-title" }, m.ti || x.source || NG.localName(NG.param("iri"))),
    NG.el(
      "p",
      { class: "byline" },
      x.o ? NG.entityLink(x.o, x.ol) : null,
      m.d ? NG.el("span", {}, (x.o ? ", " : "") + NG.formatDate(m.d)) : null,
      x.source ? NG.el("span", { class: "muted" }, " · " + x.source) : null,
      x.url ? NG.el("span", {}, " · ", NG.externalLink(x.url, "original")) : null
    )
  );
  return m;
}

async function annotations(a) {
  const rows = await NG.select(`
    SELECT ?ev ?b ?e ?x ?t ?l ?rule WHERE {
      ?ev ng:article ${a} ; ng:begin ?b ; ng:end ?e .
      OPTIONAL { ?ev ng:rule ?rule }
      OPTIONAL {
        ?x ng:evidence|ng:mention ?ev .
        OPTIONAL { ?x a ?t }
        OPTIONAL { ?x rdfs:label ?l }
      }
    } LIMIT 20000`);
  const byEv = new Map();
  for (const r of rows) {
    let v = byEv.get(r.ev);
    if (!v) {
      v = { ev: r.ev, b: Number(r.b), e: Number(r.e), x: r.x, label: r.l, rule: r.rule, types: [] };
      byEv.set(r.ev, v);
    }
    if (r.t && !v.types.includes(r.t)) v.types.push(r.t);
    if (r.l && !v.label) v.label = r.l;
  }
  const list = [...byEv.values()];
  for (const v of list) v.kind = kindOf(v.types);
  return list;
}

/** The text cut at every annotation boundary; each piece carries the annotations covering it. */
function renderText(text, anns) {
  const valid = anns.filter((v) => v.b >= 0 && v.e <= text.length && v.b < v.e);
  const cuts = new Set([0, text.length]);
  for (const v of valid) {
    cuts.add(v.b);
    cuts.add(v.e);
  }
  const points = [...cuts].sort((p, q) => p - q);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i];
    const t = points[i + 1];
    const piece = text.slice(s, t);
    const covering = valid.filter((v) => v.b <= s && v.e >= t);
    if (covering.length === 0) {
      out.push(piece);
      continue;
    }
    const kinds = [...new Set(covering.map((v) => v.kind))].sort();
    const title = covering
      .map((v) => NG.humanType(v.types.find((ty) => !/#Evidence$/.test(ty)) || v.kind) + (v.label ? ": " + v.label : "") + (v.rule ? " [" + v.rule + "]" : ""))
      .join("\n");
    const mention = covering.find((v) => v.kind === "mention" && v.x);
    const cls = kinds.map((k) => "hl hl-" + k).join(" ");
    out.push(
      mention
        ? NG.el("a", { class: cls, href: NG.entityHref(mention.x), title }, piece)
        : NG.el("span", { class: cls, title }, piece)
    );
  }
  return out;
}

async function start() {
  NG.header("");
  const iri = NG.param("iri");
  let a;
  try {
    a = NG.iri(iri || "");
  } catch (e) {
    NG.showError(document.getElementById("meta"), "Give an article: article.html?iri=…");
    return;
  }
  try {
    const m = await meta(a);
    if (!m) return;
    const anns = await annotations(a);
    const box = document.getElementById("text");
    if (m.t) {
      // Paragraphs stay paragraphs: CSS keeps the newlines (white-space: pre-wrap).
      box.replaceChildren(...renderText(m.t, anns));
    } else {
      box.replaceChildren(NG.el("p", { class: "muted" }, "The graph holds no text for this article."));
    }
    const entities = await NG.select(`
      SELECT ?x (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) WHERE {
        ?x ng:mentionedIn ${a} ; rdfs:label ?l ; a ?t .
      } GROUP BY ?x ORDER BY ?type ?label LIMIT 500`);
    document.getElementById("entities").replaceChildren(
      ...entities.map((r) => NG.el("li", {}, NG.entityLink(r.x, r.label), NG.el("span", { class: "muted" }, " " + NG.humanType(r.type))))
    );
    const facts = new Map();
    for (const v of anns) {
      if (v.kind !== "mention" && v.x && !facts.has(v.x)) facts.set(v.x, v);
    }
    document.getElementById("facts").replaceChildren(
      ...[...facts.values()]
        .sort((p, q) => p.b - q.b)
        .map((v) =>
          NG.el(
            "li",
            {},
            NG.el("span", { class: "hl hl-" + v.kind }, NG.humanType(v.types.find((t) => !/#(Event)$/.test(t)) || v.kind)),
            " ",
            NG.entityLink(v.x, v.label || (m.t ? "“" + m.t.slice(v.b, v.e) + "”" : NG.localName(v.x)))
          )
        )
    );
    document.body.dataset.loaded = "true";
  } catch (e) {
    NG.showError(document.getElementById("meta"), e);
  }
}

start();
