package org.newsgraph.publish;

import java.util.List;
import java.util.Map;
import org.newsgraph.extract.RuleSet;

/** The README.md of a published folder: what each file is, the counts, how to check and use it. */
final class Readme {
  private Readme() {}

  static String text(
      PublishOptions o,
      VoidStats s,
      BuildTime time,
      List<DatasetPublisher.FileEntry> files,
      List<DatasetPublisher.InputEntry> inputs) {
    StringBuilder b = new StringBuilder();
    b.append("# ").append(o.title()).append("\n\n");
    b.append(o.description()).append("\n\n");
    b.append("- Licence: <").append(o.licenseIri()).append(">\n");
    b.append("- Creator: ").append(o.creator()).append("\n");
    b.append("- Issued: ")
        .append(time == null ? "not recorded" : time.dateTime() + " (from " + time.source() + ")")
        .append("\n");
    b.append("- Built by newsgraph ").append(o.toolVersion())
        .append(", extraction rules ").append(RuleSet.VERSION).append(", from ")
        .append(inputs.size()).append(" input file").append(inputs.size() == 1 ? "" : "s")
        .append(" (SHA-256 of each in provenance.ttl)\n");
    b.append("- Dataset IRI: <").append(o.datasetIri()).append(">\n\n");

    b.append("## Files\n\n| file | what it is |\n|---|---|\n");
    for (DatasetPublisher.FileEntry f : files) {
      b.append("| `").append(f.name()).append("` | ").append(f.description()).append(" |\n");
    }
    b.append("| `README.md` | This file. |\n");
    b.append("| `dcat.ttl` | DCAT record: title, description, licence, creator, and every file")
        .append(" above with its media type, byte size and SHA-256. |\n\n");

    b.append("## Counts\n\n");
    b.append("- ").append(s.triples()).append(" triples (graph.ttl), ")
        .append(s.namedGraphs()).append(" named graphs (graph.trig)\n");
    b.append("- ").append(s.entities()).append(" typed resources, ")
        .append(s.wikidataLinks()).append(" owl:sameAs links to Wikidata\n\n");
    b.append("| class | instances |\n|---|---|\n");
    for (Map.Entry<String, Long> c : s.classes().entrySet()) {
      b.append("| `").append(shortName(c.getKey())).append("` | ").append(c.getValue()).append(" |\n");
    }
    b.append("\n## Use\n\n");
    b.append("Load `graph.trig` into any SPARQL store that keeps named graphs (the default graph")
        .append(" should be the union of the named graphs), or `graph.ttl` where graphs do not")
        .append(" matter. With newsgraph itself:\n\n");
    b.append("    newsgraph serve graph.trig\n");
    b.append("    newsgraph query QUERY.rq --data graph.trig\n\n");
    b.append("Validate against the shapes: `newsgraph validate graph.trig` (or any SHACL engine")
        .append(" with `shapes.ttl`). Check the files against `dcat.ttl`: each")
        .append(" `spdx:checksumValue` is the file's `sha256sum`.\n\n");
    b.append("Every event, membership and statement has `ng:evidence`: the article, the")
        .append(" character span (`ng:begin`, `ng:end`), the exact words (`ng:quote`), the")
        .append(" rule and a confidence. Terms are declared in `newsgraph.ttl`.\n\n");
    b.append("## Reproducing\n\n");
    b.append("The same inputs and versions give a byte-identical folder: files are sorted, and")
        .append(" the only time recorded is fixed by `--issued`, by `SOURCE_DATE_EPOCH`, or by")
        .append(" the latest article date.\n");
    return b.toString();
  }

  private static String shortName(String iri) {
    for (Map.Entry<String, String> p : Vocab.prefixes().entrySet()) {
      if (iri.startsWith(p.getValue())) {
        return p.getKey() + ":" + iri.substring(p.getValue().length());
      }
    }
    if (iri.startsWith("http://www.w3.org/ns/org#")) {
      return "org:" + iri.substring("http://www.w3.org/ns/org#".length());
    }
    return iri;
  }
}
