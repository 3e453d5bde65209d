// The start page: the dataset's figures, the research questions and the most mentioned entities.
"use strict";

const FIGURES = [
  ["articles", "Articles", "?x a ng:Article"],
  ["outlets", "Outlets", "?x a ng:MediaOutlet"],
  ["people", "People", "?x a ng:Person"],
  [
    "organisations",
    "Organisations",
    "VALUES ?c { ng:Organisation ng:PoliticalParty ng:PartyBody ng:Faction ng:MediaOutlet" +
      " ng:TradeUnion ng:Company ng:GovernmentBody } ?x a ?c",
  ],
  [
    "events",
    "Events",
    "VALUES ?c { ng:Event ng:Expulsion ng:Proscription ng:Suspension ng:Reinstatement" +
      " ng:Joining ng:Departure } ?x a ?c",
  ],
  ["statements", "Statements", "VALUES ?c { ng:Statement ng:IndirectStatement } ?x a ?c"],
];

function showFigures() {
  const box = document.getElementById("figures");
  for (const [id, label, pattern] of FIGURES) {
    const value = NG.el("span", { class: "figure-value", id: "figure-" + id }, "…");
    box.append(NG.el("div", { class: "figure" }, value, NG.el("span", { class: "figure-label" }, label)));
    NG.select(`SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ${pattern} }`)
      .then((rows) => {
        value.textContent = Number(rows[0].n).toLocaleString("en-GB");
      })
      .catch(() => {
        value.textContent = "?";
      });
  }
}

async function showQuestions() {
  const list = document.getElementById("questions");
  try {
    const resp = await fetch("queries/");
    const entries = await resp.json();
    if (entries.length === 0) {
      list.replaceWith(NG.el("p", { class: "muted" }, "No queries/*.rq files found."));
      return;
    }
    for (const q of entries) {
      list.append(
        NG.el(
          "li",
          {},
          NG.el("a", { href: "query.html?file=" + encodeURIComponent(q.file), class: "question" }, q.title),
          q.description ? NG.el("p", { class: "description" }, q.description) : null,
          NG.el("span", { class: "file" }, q.file)
        )
      );
    }
  } catch (e) {
    NG.showError(list, e);
  }
}

async function showMostMentioned() {
  const box = document.getElementById("most");
  const kinds = [
    ["People", "ng:Person"],
    ["Organisations", "ng:Organisation ng:PoliticalParty ng:PartyBody ng:Faction ng:TradeUnion ng:Company ng:GovernmentBody"],
    ["Works", "ng:CreativeWork ng:Film ng:TelevisionProgramme ng:Documentary"],
  ];
  for (const [title, classes] of kinds) {
    try {
      const rows = await NG.select(`
        SELECT ?x (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?a) AS ?n) WHERE {
          VALUES ?c { ${classes} }
          ?x a ?c ; rdfs:label ?l .
          FILTER NOT EXISTS { ?x a ng:MediaOutlet }
          OPTIONAL { ?x ng:mentionedIn ?a }
        } GROUP BY ?x ORDER BY DESC(?n) ?label LIMIT 8`);
      if (rows.length === 0) continue;
      box.append(
        NG.el("h3", {}, title),
        NG.el(
          "ul",
          { class: "most-list" },
          rows.map((r) =>
            NG.el(
              "li",
              {},
              NG.entityLink(r.x, r.label),
              NG.el("span", { class: "count", title: "articles" }, r.n)
            )
          )
        )
      );
    } catch (e) {
      box.append(NG.el("p", { class: "error" }, e.message));
    }
  }
}

NG.header("index.html");
document.getElementById("endpoint").textContent = NG.endpoint;
showFigures();
showQuestions();
showMostMentioned();
