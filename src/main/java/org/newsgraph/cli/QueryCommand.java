package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.query.DatasetFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph query}: run SPARQL against a dataset and print the results. */
@Command(
    name = "query",
    sortOptions = false,
    description = {
      "Run a SPARQL query (a .rq file or the query text) against a dataset.",
      "The default graph is the union of all named graphs, as on the server."
    },
    footer = {
      "",
      "Examples:",
      "  newsgraph query queries/expulsions-and-bans.rq --data out/graph.trig",
      "  newsgraph query 'SELECT ?l { ?p a ng:Person; rdfs:label ?l }' -d data/articles",
      "  newsgraph query queries/statements-by-speaker.rq --store st --results csv",
      "",
      "Prefixes ng rdfs skos owl dcterms schema org prov wd xsd are predeclared."
    })
public final class QueryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin LoggingOptions logging;
  @Mixin DataOptions data;

  @Parameters(index = "0", paramLabel = "QUERY", description = "A .rq file, or the SPARQL text.")
  String query;

  @Option(
      names = "--results",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
  String results;

  static final String PREFIXES =
      """
      PREFIX ng: <https://w3id.org/newsgraph/ns#>
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX owl: <http://www.w3.org/2002/07/owl#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX schema: <https://schema.org/>
      PREFIX org: <http://www.w3.org/ns/org#>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX wd: <http://www.wikidata.org/entity/>
      PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
      """;

  @Override
  public Integer call() throws IOException {
    logging.apply();
    String text = query;
    String where = "the query";
    if (query.endsWith(".rq") || query.endsWith(".sparql")) {
      Path p = Path.of(query);
      if (!Files.isRegularFile(p)) {
        throw new UserException(query + ": no such query file", 2);
      }
      text = Files.readString(p);
      where = query;
    }
    Query q;
    try {
      q = QueryFactory.create(PREFIXES + text);
    } catch (QueryParseException e) {
      int line = e.getLine() - PREFIXES.split("\n").length;
      throw new UserException(
          where + ": line " + line + ", column " + e.getColumn() + ": " + firstLine(e.getMessage()), 2);
    }
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    String fmt = results.toLowerCase(java.util.Locale.ROOT);
    if (!java.util.Set.of("table", "csv", "tsv", "json").contains(fmt)) {
      throw new UserException("--results must be table, csv, tsv or json, not '" + results + "'", 2);
    }
    final Query fq = q;
    data.withData(null, out, err, logging.quiet, org.newsgraph.link.EntityLinker.none(), dsg -> {
      try (QueryExecution qe = QueryExecution.create(fq, DatasetFactory.wrap(dsg))) {
        var os = new org.apache.commons.io.output.WriterOutputStream(out, java.nio.charset.StandardCharsets.UTF_8);
        if (fq.isSelectType()) {
          var rs = qe.execSelect();
          switch (fmt) {
            case "csv" -> ResultSetFormatter.outputAsCSV(os, rs);
            case "tsv" -> ResultSetFormatter.outputAsTSV(os, rs);
            case "json" -> ResultSetFormatter.outputAsJSON(os, rs);
            default -> ResultSetFormatter.out(os, rs, fq.getPrologue());
          }
        } else if (fq.isAskType()) {
          boolean b = qe.execAsk();
          if (fmt.equals("json")) {
            ResultSetFormatter.outputAsJSON(os, b);
          } else {
            out.println(b ? "yes" : "no");
          }
        } else {
          var m = fq.isConstructType() ? qe.execConstruct() : qe.execDescribe();
          RDFDataMgr.write(os, m, RDFFormat.TURTLE_PRETTY);
        }
        try {
          os.flush();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        out.flush();
      }
      return null;
    });
    return 0;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
