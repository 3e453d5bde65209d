package org.newsgraph.publish;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;

/**
 * The time a published folder records, fixed so that the same inputs give the same bytes:
 * from {@code --issued}, else from {@code SOURCE_DATE_EPOCH}, else the latest publication
 * date of the data's articles; never the wall clock. Null when none of them is known.
 *
 * @param instant the time, in UTC
 * @param source how it was fixed: "option", "SOURCE_DATE_EPOCH" or "latest article date"
 */
public record BuildTime(Instant instant, String source) {

  /** Resolves the time from the options and the data (see the type's comment). */
  public static BuildTime resolve(PublishOptions options, DatasetGraph dsg) {
    if (options.issued() != null && !options.issued().isBlank()) {
      return new BuildTime(parse(options.issued().trim()), "option");
    }
    String epoch = options.sourceDateEpoch();
    if (epoch != null && !epoch.isBlank()) {
      try {
        return new BuildTime(Instant.ofEpochSecond(Long.parseLong(epoch.trim())), "SOURCE_DATE_EPOCH");
      } catch (NumberFormatException e) {
        throw new PublishException("SOURCE_DATE_EPOCH is not a number of seconds: " + epoch);
      }
    }
    LocalDate latest = null;
    Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, DCTerms.issued.asNode(), Node.ANY);
    while (it.hasNext()) {
      Node o = it.next().getObject();
      if (o.isLiteral() && o.getLiteralLexicalForm().matches("\\d{4}-\\d{2}-\\d{2}")) {
        LocalDate d = LocalDate.parse(o.getLiteralLexicalForm());
        if (latest == null || d.isAfter(latest)) {
          latest = d;
        }
      }
    }
    return latest == null
        ? null
        : new BuildTime(latest.atStartOfDay(ZoneOffset.UTC).toInstant(), "latest article date");
  }

  /** An ISO date (midnight UTC) or date-time (with offset, or UTC when none). */
  static Instant parse(String s) {
    try {
      if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (s.matches(".*(Z|[+-]\\d{2}:\\d{2})$")) {
        return OffsetDateTime.parse(s).toInstant();
      }
      return java.time.LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new PublishException(
          "--issued: not an ISO date or date-time (e.g. 2021-08-14 or 2021-08-14T12:00:00Z): " + s);
    }
  }

  /** The xsd:dateTime lexical form, UTC, seconds precision. */
  public String dateTime() {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  }

  /** The xsd:date lexical form (UTC). */
  public String date() {
    return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }
}
