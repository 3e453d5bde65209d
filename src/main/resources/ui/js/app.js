// Shared helpers of the newsgraph workbench: SPARQL over fetch, safe term substitution, and
// DOM building that never parses data as HTML (every value goes in through textContent).
"use strict";

const NG = {
  endpoint: new URL("newsgraph/sparql", document.baseURI).href,
  prefixes: [
    ["ng", "https://w3id.org/newsgraph/ns#"],
    ["rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"],
    ["rdfs", "http://www.w3.org/2000/01/rdf-schema#"],
    ["skos", "http://www.w3.org/2004/02/skos/core#"],
    ["owl", "http://www.w3.org/2002/07/owl#"],
    ["dcterms", "http://purl.org/dc/terms/"],
    ["schema", "https://schema.org/"],
    ["org", "http://www.w3.org/ns/org#"],
    ["prov", "http://www.w3.org/ns/prov#"],
    ["wd", "http://www.wikidata.org/entity/"],
    ["xsd", "http://www.w3.org/2001/XMLSchema#"],
  ],
};

/** The PREFIX lines every query starts with. */
NG.prefixBlock = function () {
  return NG.prefixes.map(([p, ns]) => `PREFIX ${p}: <${ns}>`).join("\n") + "\n";
};

/** An IRI as a SPARQL term; throws on anything that could break out of <...>. */
NG.iri = function (s) {
  if (typeof s !== "string" || !/^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|^`\\]*$/.test(s)) {
    throw new Error("Not an IRI: " + s);
  }
  return "<" + s + ">";
};

/** A string as a SPARQL literal, escaped. */
NG.lit = function (s) {
  return (
    '"' +
    String(s)
      .replace(/\\/g, "\\\\")
      .replace(/"/g, '\\"')
      .replace(/\n/g, "\\n")
      .replace(/\r/g, "\\r") +
    '"'
  );
};

/** Runs a SELECT; resolves to rows of {var: value} (plain strings) with row._t = terms. */
NG.select = async function (query) {
  const resp = await fetch(NG.endpoint, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Accept: "application/sparql-results+json",
    },
    body: new URLSearchParams({ query: NG.prefixBlock() + query }),
  });
  if (!resp.ok) {
    throw new Error("Query failed (" + resp.status + "): " + (await resp.text()).slice(0, 300));
  }
  const json = await resp.json();
  return json.results.bindings.map((b) => {
    const row = { _t: b };
    for (const k of Object.keys(b)) row[k] = b[k].value;
    return row;
  });
};

/** Shortens an IRI with the known prefixes (ng:Expulsion). */
NG.shorten = function (iri) {
  for (const [p, ns] of NG.prefixes) {
    if (iri.startsWith(ns)) return p + ":" + iri.slice(ns.length);
  }
  return iri;
};

/** The local name of an IRI (after # or the last /). */
NG.localName = function (iri) {
  const m = /[#/]([^#/]+)$/.exec(iri);
  return m ? decodeURIComponent(m[1]) : iri;
};

/** Splits CamelCase for display: "PoliticalParty" → "Political party". */
NG.humanType = function (iri) {
  const n = NG.localName(iri).replace(/([a-z])([A-Z])/g, "$1 $2");
  return n.charAt(0).toUpperCase() + n.slice(1).toLowerCase();
};

/** Builds an element: el("a", {href: x, class: "y"}, "text", child...). */
NG.el = function (tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
};

NG.entityHref = (iri) => "entity.html?iri=" + encodeURIComponent(iri);
NG.articleHref = (iri) => "article.html?iri=" + encodeURIComponent(iri);

/** A link to an entity's page, its label as text. */
NG.entityLink = function (iri, label) {
  return NG.el("a", { href: NG.entityHref(iri), class: "entity-link" }, label || NG.localName(iri));
};

/** A link to an article's page. */
NG.articleLink = function (iri, label) {
  return NG.el("a", { href: NG.articleHref(iri), class: "article-link" }, label || NG.localName(iri));
};

/** Only http(s) links leave the page (no javascript: URLs from data). */
NG.externalLink = function (url, text) {
  if (!/^https?:\/\//i.test(url)) return NG.el("span", {}, text || url);
  return NG.el("a", { href: url, rel: "noopener noreferrer", target: "_blank", class: "external" }, text || url);
};

/** A readable date from an xsd:date / gYearMonth / gYear lexical form. */
NG.formatDate = function (d) {
  if (!d) return "";
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d);
  if (m) return `${+m[3]} ${months[+m[2] - 1]} ${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(d);
  if (m) return `${months[+m[2] - 1]} ${m[1]}`;
  return d;
};

/** The query parameter of the page URL. */
NG.param = (name) => new URLSearchParams(window.location.search).get(name);

/** Shows an error in a container. */
NG.showError = function (container, err) {
  container.replaceChildren(NG.el("p", { class: "error" }, String(err && err.message ? err.message : err)));
};

/** The page header with navigation and an entity search box. */
NG.header = function (active) {
  const links = [
    ["index.html", "Overview"],
    ["query.html", "SPARQL"],
  ].map(([href, text]) =>
    NG.el("a", { href, class: href === active ? "active" : "" }, text)
  );
  const input = NG.el("input", {
    type: "search",
    id: "search",
    placeholder: "Find a person, organisation, work…",
    "aria-label": "Find an entity",
  });
  const results = NG.el("ul", { class: "search-results", id: "search-results" });
  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => NG.search(input.value, results), 250);
  });
  const header = NG.el(
    "header",
    { class: "top" },
    NG.el("a", { href: "index.html", class: "brand" }, "newsgraph"),
    NG.el("nav", {}, links),
    NG.el("div", { class: "search" }, input, results)
  );
  document.body.prepend(header);
};

/** Fills the search dropdown with entities whose labels contain the text. */
NG.search = async function (text, list) {
  const t = text.trim();
  if (t.length < 2) {
    list.replaceChildren();
    return;
  }
  try {
    const rows = await NG.select(`
      SELECT ?x (SAMPLE(?l) AS ?label) (SAMPLE(?type) AS ?t) WHERE {
        ?x rdfs:label ?l ; a ?type .
        FILTER(?type != ng:Article && ?type != ng:Evidence)
        FILTER(CONTAINS(LCASE(STR(?l)), LCASE(${NG.lit(t)})))
      } GROUP BY ?x ORDER BY STRLEN(?label) ?label LIMIT 12`);
    list.replaceChildren(
      ...rows.map((r) =>
        NG.el("li", {}, NG.entityLink(r.x, r.label), NG.el("span", { class: "muted" }, " " + NG.humanType(r.t)))
      )
    );
  } catch (e) {
    list.replaceChildren(NG.el("li", { class: "error" }, e.message));
  }
};
