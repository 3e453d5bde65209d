package org.newsgraph.link;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a synthetic dump in the {@code latest-all.json} format for benchmarking the indexer:
 * N entities of realistic shape (labels, descriptions and aliases in several languages,
 * claims with qualifiers, sitelinks), about 40% of them of classes the indexer keeps. Ids
 * start at Q900000000 and names are made up: it is never mixed with real data. The same N
 * gives the same file.
 *
 * <pre>
 * SyntheticDump.write(Path.of("synthetic.json.gz"), 1_000_000);
 * </pre>
 */
public final class SyntheticDump {
  private SyntheticDump() {}

  private static final String[] LANGS = {"en", "de", "fr", "es", "it", "nl", "pl"};
  private static final String[] KEPT = {"Q5", "Q5", "Q5", "Q7278", "Q43229", "Q11424"};
  private static final String OTHER = "Q999999999"; // a synthetic class the indexer drops
  private static final String[] SYLLABLES = {
    "ka", "ro", "mi", "le", "tan", "bor", "vel", "sun", "dra", "ni", "op", "ter", "ul", "zen"
  };

  /** Writes {@code n} entities to {@code file} (gzip'd when it ends in .gz). */
  public static void write(Path file, long n) throws IOException {
    OutputStream os = Files.newOutputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      os = new GZIPOutputStream(os, 1 << 16);
    }
    try (Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
      SplittableRandom rnd = new SplittableRandom(20210814L);
      w.write("[\n");
      StringBuilder b = new StringBuilder(4096);
      for (long i = 0; i < n; i++) {
        b.setLength(0);
        entity(b, i, rnd);
        b.append(i + 1 < n ? ",\n" : "\n");
        w.write(b.toString());
      }
      w.write("]\n");
    }
  }

  private static String word(SplittableRandom rnd) {
    StringBuilder b = new StringBuilder();
    int k = 2 + rnd.nextInt(2);
    for (int i = 0; i < k; i++) {
      b.append(SYLLABLES[rnd.nextInt(SYLLABLES.length)]);
    }
    b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
    return b.toString();
  }

  private static void entity(StringBuilder b, long i, SplittableRandom rnd) {
    String id = "Q" + (900_000_000L + i);
    String type = rnd.nextInt(10) < 4 ? KEPT[rnd.nextInt(KEPT.length)] : OTHER;
    String name = word(rnd) + " " + word(rnd);
    b.append("{\"type\":\"item\",\"id\":\"").append(id).append("\",\"labels\":{");
    int langs = 2 + rnd.nextInt(LANGS.length - 1);
    for (int l = 0; l < langs; l++) {
      if (l > 0) {
        b.append(',');
      }
      lv(b, LANGS[l], name);
    }
    b.append("},\"descriptions\":{");
    for (int l = 0; l < Math.min(langs, 3); l++) {
      if (l > 0) {
        b.append(',');
      }
      lv(b, LANGS[l], "synthetic entity " + i + " of class " + type);
    }
    b.append("},\"aliases\":{");
    int aliases = rnd.nextInt(4);
    if (aliases > 0) {
      b.append("\"en\":[");
      for (int a = 0; a < aliases; a++) {
        if (a > 0) {
          b.append(',');
        }
        b.append('{');
        b.append("\"language\":\"en\",\"value\":\"").append(word(rnd)).append(' ');
        b.append(name).append("\"}");
      }
      b.append(']');
    }
    b.append("},\"claims\":{");
    b.append("\"P31\":[");
    itemStatement(b, id, "P31", type, null);
    b.append(']');
    if (type.equals("Q5")) {
      b.append(",\"P569\":[");
      timeStatement(b, id, "P569", 1900 + rnd.nextInt(100));
      b.append("],\"P102\":[");
      itemStatement(b, id, "P102", "Q" + (900_000_000L + rnd.nextInt(1000)), 1950 + rnd.nextInt(70));
      b.append(']');
    }
    b.append(",\"P373\":[{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"P373\",");
    b.append("\"datavalue\":{\"value\":\"").append(name).append("\",\"type\":\"string\"},");
    b.append("\"datatype\":\"string\"},\"type\":\"statement\",\"id\":\"").append(id);
    b.append("$S373\",\"rank\":\"normal\"}]");
    b.append("},\"sitelinks\":{");
    int links = rnd.nextInt(8);
    for (int s = 0; s < links; s++) {
      if (s > 0) {
        b.append(',');
      }
      String site = LANGS[s % LANGS.length] + "wiki" + (s >= LANGS.length ? s : "");
      b.append('"').append(site).append("\":{\"site\":\"").append(site);
      b.append("\",\"title\":\"").append(name).append("\",\"badges\":[]}");
    }
    b.append("}}");
  }

  private static void lv(StringBuilder b, String lang, String value) {
    b.append('"').append(lang).append("\":{\"language\":\"").append(lang);
    b.append("\",\"value\":\"").append(value).append("\"}");
  }

  private static void itemStatement(StringBuilder b, String id, String p, String q, Integer from) {
    b.append("{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"").append(p);
    b.append("\",\"datavalue\":{\"value\":{\"entity-type\":\"item\",\"numeric-id\":");
    b.append(q.substring(1)).append(",\"id\":\"").append(q);
    b.append("\"},\"type\":\"wikibase-entityid\"},\"datatype\":\"wikibase-item\"},");
    b.append("\"type\":\"statement\",");
    if (from != null) {
      b.append("\"qualifiers\":{\"P580\":[");
      time(b, "P580", from);
      b.append("]},\"qualifiers-order\":[\"P580\"],");
    }
    b.append("\"id\":\"").append(id).append('$').append(p).append("\",\"rank\":\"normal\"}");
  }

  private static void timeStatement(StringBuilder b, String id, String p, int year) {
    b.append("{\"mainsnak\":");
    time(b, p, year);
    b.append(",\"type\":\"statement\",\"id\":\"").append(id).append('$').append(p);
    b.append("\",\"rank\":\"normal\"}");
  }

  private static void time(StringBuilder b, String p, int year) {
    b.append("{\"snaktype\":\"value\",\"property\":\"").append(p);
    b.append("\",\"datavalue\":{\"value\":{\"time\":\"+").append(year);
    b.append("-01-01T00:00:00Z\",\"timezone\":0,\"before\":0,\"after\":0,\"precision\":9,");
    b.append("\"calendarmodel\":\"http://www.wikidata.org/entity/Q999999998\"},\"type\":\"time\"},");
    b.append("\"datatype\":\"time\"}");
  }
}
