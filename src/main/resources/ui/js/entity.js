// The entity page (?iri=…): who or what it is, its memberships and events in date order, its
// statements with the outlets that quoted them, and the evidence sentences behind every fact.
"use strict";

const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const COVERED = new Set(
  [
    RDF_TYPE,
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://www.w3.org/2004/02/skos/core#altLabel",
    "http://www.w3.org/2002/07/owl#sameAs",
    "https://w3id.org/newsgraph/ns#mentionedIn",
    "https://w3id.org/newsgraph/ns#mention",
    "https://w3id.org/newsgraph/ns#attribute",
  ]
);
const EVENT_ROLES = [
  ["ng:subject", "subject"],
  ["ng:organisation", "organisation"],
  ["ng:agent", "agent"],
];

function show(id) {
  document.getElementById(id + "-section").hidden = false;
}

function table(headers, rows) {
  return NG.el(
    "table",
    { class: "data" },
    NG.el("thead", {}, NG.el("tr", {}, headers.map((h) => NG.el("th", {}, h)))),
    NG.el("tbody", {}, rows.map((cells) => NG.el("tr", {}, cells.map((c) => NG.el("td", {}, c)))))
  );
}

async function summary(x) {
  const rows = await NG.select(`SELECT ?p ?o WHERE { ${x} ?p ?o } ORDER BY ?p ?o LIMIT 2000`);
  const box = document.getElementById("summary");
  if (rows.length === 0) {
    box.replaceChildren(NG.el("h1", {}, "Unknown entity"), NG.el("p", { class: "muted" }, NG.param("iri")));
    return null;
  }
  const by = (p) => rows.filter((r) => NG.shorten(r.p) === p).map((r) => r.o);
  const label = by("rdfs:label")[0] || NG.localName(NG.param("iri"));
  document.title = label + " – newsgraph";
  const types = by("rdf:type");
  const alt = by("skos:altLabel");
  const same = by("owl:sameAs");
  const mentioned = by("ng:mentionedIn");
  // replaceChildren would print a null as "null": leave the absent parts out.
  box.replaceChildren(
    ...[
    NG.el("h1", { id: "entity-label" }, label),
    NG.el("div", { class: "types" }, types.map((t) => NG.el("span", { class: "badge", title: t }, NG.humanType(t)))),
    alt.length ? NG.el("p", { class: "alt-labels" }, "Also: ", alt.join(" · ")) : null,
    NG.el(
      "p",
      { class: "links" },
      same.map((s) =>
        NG.externalLink(s, s.startsWith("http://www.wikidata.org/entity/") ? "Wikidata " + NG.localName(s) : s)
      ),
      NG.el("span", { class: "muted iri" }, NG.param("iri"))
    ),
    mentioned.length ? NG.el("p", { id: "mentioned-count" }, `Mentioned in ${mentioned.length} article${mentioned.length === 1 ? "" : "s"}.`) : null,
    ].filter(Boolean)
  );
  return { label, types, rows };
}

async function attributes(x) {
  const rows = await NG.select(`
    SELECT ?att (SAMPLE(?l) AS ?label) (SAMPLE(?v) AS ?value) (SAMPLE(?ty) AS ?type)
           (GROUP_CONCAT(DISTINCT ?ol; separator=", ") AS ?outlets) WHERE {
      ${x} ng:attribute ?att .
      OPTIONAL { ?att rdfs:label ?l }
      OPTIONAL { ?att rdf:value ?v }
      OPTIONAL { ?att ng:attributeType ?ty }
      OPTIONAL {
        ?att ng:evidence/ng:article ?a .
        OPTIONAL { ?a schema:publisher/rdfs:label ?pl }
        OPTIONAL { ?a ng:outletName ?on }
        ?a dcterms:source ?src .
        BIND(COALESCE(?pl, ?on, ?src) AS ?ol)
      }
    } GROUP BY ?att ORDER BY ?type ?label`);
  const roles = await NG.select(`
    SELECT DISTINCT ?role WHERE { ?s ng:speaker ${x} ; ng:speakerRole ?role } ORDER BY ?role LIMIT 50`);
  if (rows.length + roles.length === 0) return;
  const ul = document.getElementById("attributes");
  for (const r of rows) {
    const type = r.type ? (r._t.type.type === "uri" ? NG.humanType(r.type) : r.type) : null;
    const text = r.label || r.value || (r._t.att.type === "literal" ? r.att : NG.localName(r.att));
    // Which outlets attach the descriptor: how each frames the person.
    const by = r.outlets ? NG.el("span", { class: "outlets" }, " — " + r.outlets) : null;
    ul.append(NG.el("li", {}, type ? NG.el("span", { class: "muted" }, type + ": ") : null, text, by));
  }
  for (const r of roles) {
    ul.append(NG.el("li", {}, NG.el("span", { class: "muted" }, "Quoted as: "), r._t.role.type === "uri" ? NG.entityLink(r.role) : r.role));
  }
  show("attributes");
}

async function memberships(x) {
  const rows = await NG.select(`
    SELECT ?m ?member ?memberLabel ?org ?orgLabel ?start ?end ?endedBy ?endedByType WHERE {
      ?m a org:Membership ; org:member ?member ; org:organization ?org .
      FILTER(?member = ${x} || ?org = ${x})
      OPTIONAL { ?member rdfs:label ?memberLabel }
      OPTIONAL { ?org rdfs:label ?orgLabel }
      OPTIONAL { ?m ng:startDate ?start }
      OPTIONAL { ?m ng:endDate ?end }
      OPTIONAL { ?m ng:endedBy ?endedBy . OPTIONAL { ?endedBy a ?endedByType } }
    } ORDER BY ?start ?end ?orgLabel ?memberLabel LIMIT 500`);
  if (rows.length === 0) return;
  const seen = new Set();
  const data = [];
  for (const r of rows) {
    if (seen.has(r.m)) continue;
    seen.add(r.m);
    const asMember = r.member === NG.param("iri");
    data.push([
      asMember ? "member of" : "has member",
      asMember ? NG.entityLink(r.org, r.orgLabel) : NG.entityLink(r.member, r.memberLabel),
      NG.formatDate(r.start) || "?",
      NG.formatDate(r.end) || (r.endedBy ? "?" : ""),
      r.endedBy ? NG.entityLink(r.endedBy, NG.humanType(r.endedByType || r.endedBy)) : "",
    ]);
  }
  document.getElementById("memberships").replaceChildren(table(["", "", "from", "until", "ended by"], data));
  show("memberships");
}

async function events(x) {
  const rows = await NG.select(`
    SELECT ?e (SAMPLE(?t) AS ?type) (SAMPLE(?d) AS ?date) (SAMPLE(?s) AS ?subject) (SAMPLE(?sl) AS ?subjectLabel)
           (SAMPLE(?o) AS ?org) (SAMPLE(?ol) AS ?orgLabel) (SAMPLE(?ag) AS ?agent) (SAMPLE(?al) AS ?agentLabel)
           (COUNT(DISTINCT ?ev) AS ?evidence) WHERE {
      ?e ng:subject|ng:organisation|ng:agent ${x} .
      ?e a ?t . FILTER(?t != ng:Event)
      OPTIONAL { ?e ng:date ?d }
      OPTIONAL { ?e ng:subject ?s . OPTIONAL { ?s rdfs:label ?sl } }
      OPTIONAL { ?e ng:organisation ?o . OPTIONAL { ?o rdfs:label ?ol } }
      OPTIONAL { ?e ng:agent ?ag . OPTIONAL { ?ag rdfs:label ?al } }
      OPTIONAL { ?e ng:evidence ?ev }
    } GROUP BY ?e ORDER BY ?date ?type LIMIT 500`);
  if (rows.length === 0) return;
  const link = (iri, label) => (iri ? (iri === NG.param("iri") ? NG.el("strong", {}, label || "this") : NG.entityLink(iri, label)) : "");
  document.getElementById("events").replaceChildren(
    table(
      ["date", "event", "who", "organisation", "by", "sources"],
      rows.map((r) => [
        NG.formatDate(r.date) || "date unknown",
        NG.el("span", { class: "badge event" }, NG.humanType(r.type)),
        link(r.subject, r.subjectLabel),
        link(r.org, r.orgLabel),
        link(r.agent, r.agentLabel),
        r.evidence,
      ])
    )
  );
  show("events");
}

async function works(x) {
  const rows = await NG.select(`
    SELECT ?w ?wl ?rel WHERE {
      { ?w schema:director ${x} . BIND("directed" AS ?rel) }
      UNION { ${x} schema:director ?w . BIND("director" AS ?rel) }
      OPTIONAL { ?w rdfs:label ?wl }
    } ORDER BY ?rel ?wl LIMIT 200`);
  if (rows.length === 0) return;
  document.getElementById("works").replaceChildren(
    ...rows.map((r) => NG.el("li", {}, NG.el("span", { class: "muted" }, r.rel + ": "), NG.entityLink(r.w, r.wl)))
  );
  show("works");
}

async function statements(x) {
  const rows = await NG.select(`
    SELECT ?s (SAMPLE(?tx) AS ?text) (SAMPLE(?d) AS ?date) (SAMPLE(?md) AS ?medium)
           (GROUP_CONCAT(DISTINCT ?cut; separator=", ") AS ?outlets) (COUNT(DISTINCT ?a) AS ?articles) WHERE {
      ?s ng:speaker ${x} ; ng:text ?tx .
      OPTIONAL { ?s ng:date ?d }
      OPTIONAL { ?s ng:medium ?md }
      OPTIONAL {
        ?s ng:evidence ?ev . ?ev ng:article ?a .
        OPTIONAL { ?ev ng:printedShare ?share }
        OPTIONAL { ?a schema:publisher/rdfs:label ?pl }
        OPTIONAL { ?a ng:outletName ?on }
        ?a dcterms:source ?src .
        # Each outlet with the share of the statement's words it printed.
        BIND(CONCAT(COALESCE(?pl, ?on, ?src),
                    IF(BOUND(?share), CONCAT(" (", STR(xsd:integer(ROUND(?share * 100))), "%)"), "")) AS ?cut)
      }
    } GROUP BY ?s ORDER BY ?date DESC(?articles) LIMIT 300`);
  if (rows.length === 0) return;
  document.getElementById("statements").replaceChildren(
    ...rows.map((r) =>
      NG.el(
        "blockquote",
        { class: "statement" },
        NG.el("p", {}, "“" + r.text + "”"),
        NG.el(
          "footer",
          {},
          [NG.formatDate(r.date), r.medium ? "on " + r.medium : null].filter(Boolean).join(" "),
          NG.el("span", { class: "outlets" }, r.outlets ? "Quoted by " + r.outlets : `In ${r.articles} article(s)`)
        )
      )
    )
  );
  show("statements");
}

/** For an outlet: what its articles report, whom they name and whom they quote, as the outlet's cut. */
async function asOutlet(x) {
  const articles = await NG.select(`
    SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a schema:publisher ${x} }`);
  if (articles.length === 0 || Number(articles[0].n) === 0) return;
  const [evs, people, quotes] = await Promise.all([
    NG.select(`
      SELECT ?e (SAMPLE(?t) AS ?type) (SAMPLE(?d) AS ?date) (SAMPLE(?s) AS ?subject) (SAMPLE(?sl) AS ?subjectLabel)
             (COUNT(DISTINCT ?other) AS ?outlets) WHERE {
        ?a schema:publisher ${x} .
        ?e ng:evidence/ng:article ?a ; a ?t ; ng:subject ?s . FILTER(?t != ng:Event)
        OPTIONAL { ?s rdfs:label ?sl }
        OPTIONAL { ?e ng:date ?d }
        OPTIONAL { ?e ng:evidence/ng:article/schema:publisher ?other }
      } GROUP BY ?e ORDER BY ?date ?type LIMIT 300`),
    NG.select(`
      SELECT ?p (SAMPLE(?pl) AS ?label) (COUNT(DISTINCT ?a) AS ?articles) WHERE {
        ?a schema:publisher ${x} . ?p a ng:Person ; ng:mentionedIn ?a .
        OPTIONAL { ?p rdfs:label ?pl }
      } GROUP BY ?p ORDER BY DESC(?articles) ?label LIMIT 300`),
    NG.select(`
      SELECT ?s (SAMPLE(?tx) AS ?text) (SAMPLE(?sp) AS ?speaker) (SAMPLE(?spl) AS ?speakerLabel)
             (MAX(?sh) AS ?share) WHERE {
        ?a schema:publisher ${x} .
        ?s a ng:Statement ; ng:text ?tx ; ng:evidence ?ev . ?ev ng:article ?a .
        OPTIONAL { ?ev ng:printedShare ?sh }
        OPTIONAL { ?s ng:speaker ?sp . OPTIONAL { ?sp rdfs:label ?spl } }
      } GROUP BY ?s ORDER BY ?speakerLabel ?text LIMIT 300`),
  ]);
  const box = document.getElementById("outlet");
  box.replaceChildren(
    ...[
    NG.el("p", { id: "outlet-articles" }, `${articles[0].n} article${articles[0].n === "1" ? "" : "s"} in the corpus.`),
    evs.length ? NG.el("h3", {}, "Events it reports") : null,
    evs.length
      ? table(
          ["date", "event", "who", "outlets reporting it"],
          evs.map((r) => [NG.formatDate(r.date) || "date unknown", NG.humanType(r.type), NG.entityLink(r.subject, r.subjectLabel), r.outlets])
        )
      : null,
    quotes.length ? NG.el("h3", {}, "Statements it quotes") : null,
    quotes.length
      ? table(
          ["speaker", "statement", "share printed"],
          quotes.map((r) => [
            r.speaker ? NG.entityLink(r.speaker, r.speakerLabel) : "",
            "“" + r.text + "”",
            r.share ? Math.round(Number(r.share) * 100) + "%" : "",
          ])
        )
      : null,
    people.length ? NG.el("h3", {}, "People it names") : null,
    people.length ? NG.el("p", {}, people.map((r, i) => [i ? " · " : "", NG.entityLink(r.p, r.label)]).flat()) : null,
    ].filter(Boolean)
  );
  show("outlet");
}

async function evidence(x) {
  const rows = await NG.select(`
    SELECT ?ev (SAMPLE(?k) AS ?kind) (SAMPLE(?f) AS ?fact) (SAMPLE(?a0) AS ?a) (SAMPLE(?b0) AS ?b)
           (SAMPLE(?e0) AS ?e) (SAMPLE(?q0) AS ?quote) (SAMPLE(?r0) AS ?rule) WHERE {
      {
        ?f ng:evidence ?ev .
        ?f ng:subject|ng:organisation|ng:agent|ng:speaker|org:member|org:organization ${x} .
        ?f a ?k .
      } UNION {
        ${x} ng:mention ?ev . BIND(${x} AS ?f) BIND(ng:Mention AS ?k)
      } UNION {
        ${x} ng:evidence ?ev ; a ?k . BIND(${x} AS ?f)
      }
      ?ev ng:article ?a0 ; ng:begin ?b0 ; ng:end ?e0 .
      OPTIONAL { ?ev ng:quote ?q0 }
      OPTIONAL { ?ev ng:rule ?r0 }
    } GROUP BY ?ev LIMIT 1000`);
  if (rows.length === 0) return;
  const meta = await NG.articles(rows.map((r) => r.a));
  // Facts first (events, statements, memberships), then mentions; each by article date, offset.
  const rank = (r) => (NG.localName(r.kind) === "Mention" ? 1 : 0);
  rows.sort(
    (p, q) =>
      rank(p) - rank(q) ||
      String((meta.get(p.a) || {}).d || "").localeCompare(String((meta.get(q.a) || {}).d || "")) ||
      p.a.localeCompare(q.a) ||
      Number(p.b) - Number(q.b)
  );
  const shown = rows.slice(0, 150);
  document.getElementById("evidence-note").textContent =
    `${rows.length} piece${rows.length === 1 ? "" : "s"} of evidence` + (rows.length > shown.length ? `, the first ${shown.length} shown.` : ".");
  document.getElementById("evidence").replaceChildren(
    ...shown.map((r) => {
      const m = meta.get(r.a) || {};
      return NG.el(
        "li",
        { class: "evidence" },
        NG.el("span", { class: "badge kind-" + NG.localName(r.kind).toLowerCase() }, NG.humanType(r.kind)),
        NG.evidenceSentence(m.t, r.b, r.e, r.quote),
        NG.el("div", { class: "source" }, NG.articleCitation(r.a, m), r.rule ? NG.el("code", { class: "rule" }, r.rule) : null)
      );
    })
  );
  show("evidence");
}

async function otherFacts(x) {
  const rows = await NG.select(`
    SELECT ?dir ?p ?o ?ol WHERE {
      { ${x} ?p ?o . BIND("out" AS ?dir) } UNION { ?o ?p ${x} . BIND("in" AS ?dir) }
      OPTIONAL { ?o rdfs:label ?ol }
    } ORDER BY ?dir ?p ?o LIMIT 400`);
  const keep = rows.filter((r) => !(r.dir === "out" && COVERED.has(r.p)) && !(r.dir === "in" && r.p.endsWith("#evidence")));
  if (keep.length === 0) return;
  const value = (r) =>
    r._t.o.type === "uri" ? NG.entityLink(r.o, r.ol || NG.shorten(r.o)) : r._t.o.type === "bnode" ? "[blank node]" : r.o;
  document.getElementById("other").replaceChildren(
    NG.el("tbody", {}, keep.map((r) =>
      NG.el("tr", {}, NG.el("td", {}, r.dir === "in" ? "← " + NG.shorten(r.p) : NG.shorten(r.p)), NG.el("td", {}, value(r)))
    ))
  );
  show("other");
}

async function start() {
  NG.header("");
  const iri = NG.param("iri");
  const box = document.getElementById("summary");
  let x;
  try {
    x = NG.iri(iri || "");
  } catch (e) {
    NG.showError(box, "Give an entity: entity.html?iri=…");
    return;
  }
  try {
    const s = await summary(x);
    if (!s) return;
    await Promise.all([attributes(x), memberships(x), events(x), works(x), statements(x), asOutlet(x), evidence(x), otherFacts(x)]);
    document.body.dataset.loaded = "true";
  } catch (e) {
    NG.showError(box, e);
  }
}

start();
