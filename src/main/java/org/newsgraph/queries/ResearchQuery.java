package org.newsgraph.queries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;

/**
 * One research query of {@code queries/}: its SPARQL text and its comment header.
 *
 * <p>The header is the file's leading comment lines, each {@code # key: value}, a value
 * continued on following lines indented by more than one space:
 *
 * <pre>
 * # title: Timeline of one person
 * # description: What happened to one person, in date order ...
 * #   ... continued.
 * # tags: timeline, person
 * # params: ?personLabel
 * # expects: for "Ken Loach" on the seeds, ...
 * </pre>
 *
 * <p>A parameterised query opens its WHERE clause (or the sub-query that opens it) with a
 * VALUES block holding the default;
 * {@link #bind} replaces that block's row on the parsed query, so values are never spliced
 * into the text.
 *
 * @param name the file name without ".rq"
 * @param header the header's keys and values, in file order
 * @param text the whole file
 */
public record ResearchQuery(String name, Map<String, String> header, String text) {

  /** The header keys every query has. */
  public static final List<String> REQUIRED_KEYS =
      List.of("title", "description", "tags", "expects");

  /** Reads one {@code .rq} file. */
  public static ResearchQuery load(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String fileName = file.getFileName().toString();
      return new ResearchQuery(
          fileName.substring(0, fileName.length() - ".rq".length()), parseHeader(text), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every {@code *.rq} file of a directory, by file name. */
  public static List<ResearchQuery> loadAll(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".rq"))
          .sorted()
          .map(ResearchQuery::load)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, String> parseHeader(String text) {
    Map<String, String> header = new LinkedHashMap<>();
    String key = null;
    for (String line : text.split("\n", -1)) {
      if (!line.startsWith("#")) {
        break;
      }
      String body = line.substring(1);
      int colon = body.indexOf(':');
      boolean continuation = body.startsWith("  ");
      if (!continuation && body.startsWith(" ") && colon > 1) {
        key = body.substring(1, colon).trim();
        header.put(key, body.substring(colon + 1).trim());
      } else if (continuation && key != null) {
        header.merge(key, body.trim(), (a, b) -> a + " " + b);
      }
    }
    return header;
  }

  /** The header value for {@code key}, or null. */
  public String get(String key) {
    return header.get(key);
  }

  /** The variables named by the {@code params} header, without "?" (empty when none). */
  public List<String> params() {
    String params = header.get("params");
    if (params == null || params.isBlank()) {
      return List.of();
    }
    return Arrays.stream(params.trim().split("[\\s,]+")).map(s -> s.replace("?", "")).toList();
  }

  /** The parsed query (throws {@link org.apache.jena.query.QueryParseException}). */
  public Query query() {
    return QueryFactory.create(text);
  }

  /**
   * The VALUES block opening the WHERE clause (or opening a sub-query that opens it), or null
   * when the query has none.
   */
  public static ElementData parameterBlock(Query query) {
    ElementGroup group = parameterGroup(query);
    return group == null ? null : (ElementData) group.getElements().get(0);
  }

  private static ElementGroup parameterGroup(Query query) {
    if (!(query.getQueryPattern() instanceof ElementGroup group)
        || group.getElements().isEmpty()) {
      return null;
    }
    Element first = group.getElements().get(0);
    if (first instanceof ElementData) {
      return group;
    }
    if (first instanceof ElementSubQuery sub) {
      return parameterGroup(sub.getQuery());
    }
    return null;
  }

  /**
   * The query with its parameter block's rows replaced by one row of {@code values}, in the
   * order of the block's variables.
   */
  public Query bind(Node... values) {
    Query query = query();
    ElementGroup group = parameterGroup(query);
    if (group == null) {
      throw new IllegalStateException(name + " has no VALUES block to bind");
    }
    List<Var> vars = ((ElementData) group.getElements().get(0)).getVars();
    if (vars.size() != values.length) {
      throw new IllegalArgumentException(
          name + " takes " + vars.size() + " values, got " + values.length);
    }
    BindingBuilder row = BindingBuilder.create();
    for (int i = 0; i < values.length; i++) {
      row.add(vars.get(i), values[i]);
    }
    group.getElements().set(0, new ElementData(new ArrayList<>(vars), List.of(row.build())));
    return query;
  }
}
