// The SPARQL editor: YASGUI (highlighting, result tables) on this server's endpoint, with the
// project's prefixes pre-filled. ?file=NAME.rq loads a research question and runs it; ?query=
// loads a query text.
"use strict";

const DEFAULT_QUERY =
  "# The people in the graph, most mentioned first\n" +
  "SELECT ?person ?name (COUNT(DISTINCT ?article) AS ?articles) WHERE {\n" +
  "  ?person a ng:Person ; rdfs:label ?name .\n" +
  "  OPTIONAL { ?person ng:mentionedIn ?article }\n" +
  "}\nGROUP BY ?person ?name\nORDER BY DESC(?articles) ?name\nLIMIT 50\n";

/** Adds the project's PREFIX lines a query does not declare itself. */
function withPrefixes(text) {
  const missing = NG.prefixes.filter(([p]) => !new RegExp("PREFIX\\s+" + p + ":", "i").test(text));
  const block = missing.map(([p, ns]) => `PREFIX ${p}: <${ns}>`).join("\n");
  if (!block) return text;
  // The file's header comments stay on top, the prefixes come after them.
  const lines = text.split("\n");
  let i = 0;
  while (i < lines.length && /^\s*#/.test(lines[i])) i++;
  const head = lines.slice(0, i).join("\n");
  return (head ? head + "\n" : "") + block + "\n\n" + lines.slice(i).join("\n");
}

function makeYasgui() {
  // Only the local autocompleter: the others call services on the internet.
  try {
    const d = Yasgui.Yasqe.defaults;
    d.autocompleters = (d.autocompleters || []).filter((a) => a === "variables");
  } catch (e) {
    // An older bundle without defaults: nothing to switch off.
  }
  return new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: NG.endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    endpointCatalogueOptions: { getData: () => [{ endpoint: NG.endpoint }] },
    yasqe: { autocompleters: ["variables"] },
  });
}

async function start() {
  NG.header("query.html");
  const info = document.getElementById("query-info");
  const yasgui = makeYasgui();
  const tab = yasgui.getTab();
  tab.setEndpoint(NG.endpoint);
  const file = NG.param("file");
  const given = NG.param("query");
  if (file) {
    try {
      const resp = await fetch("queries/" + encodeURIComponent(file));
      if (!resp.ok) throw new Error("No such query: " + file);
      const text = await resp.text();
      const title = /^#\s*title:\s*(.*)$/im.exec(text);
      const desc = /^#\s*description:\s*(.*)$/im.exec(text);
      info.replaceChildren(
        ...[NG.el("h1", {}, title ? title[1] : file), desc ? NG.el("p", {}, desc[1]) : null].filter(Boolean)
      );
      tab.setQuery(withPrefixes(text));
      tab.query();
    } catch (e) {
      NG.showError(info, e);
      tab.setQuery(withPrefixes(DEFAULT_QUERY));
    }
  } else if (given) {
    tab.setQuery(withPrefixes(given));
  } else {
    tab.setQuery(withPrefixes(DEFAULT_QUERY));
  }
  window.ngYasgui = yasgui;
}

start();
