package org.newsgraph.link;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads entities in Wikidata's JSON format (the dump's lines and {@code wbgetentities}
 * answers are the same shape) into {@link WikidataItem}s.
 *
 * <pre>
 * WikidataJson json = WikidataJson.create(List.of("en", "en-gb", "mul"), WikidataJson.ENRICHMENT);
 * WikidataItem item = json.item(mapper.readTree(line));
 * </pre>
 */
public final class WikidataJson {
  /** The properties kept by default: what linking and enrichment read. */
  public static final Set<String> ENRICHMENT = Set.of("P31", "P106", "P569", "P102", "P39");

  /** The languages read by default, in order of preference. */
  public static final List<String> LANGUAGES = List.of("en", "en-gb", "mul");

  private final List<String> languages;
  private final Set<String> properties;

  private WikidataJson(List<String> languages, Set<String> properties) {
    this.languages = List.copyOf(languages);
    this.properties = Set.copyOf(properties);
  }

  /** A reader keeping labels of {@code languages} and claims of {@code properties}. */
  public static WikidataJson create(List<String> languages, Set<String> properties) {
    return new WikidataJson(languages, properties);
  }

  /** A reader with the default languages and properties. */
  public static WikidataJson standard() {
    return create(LANGUAGES, ENRICHMENT);
  }

  /** The P31 values of an entity, without building the item (the indexer's fast filter). */
  public static Set<String> types(JsonNode entity) {
    Set<String> out = new TreeSet<>();
    for (JsonNode st : entity.path("claims").path("P31")) {
      String v = itemValue(st.path("mainsnak"));
      if (v != null && !"deprecated".equals(st.path("rank").asText())) {
        out.add(v);
      }
    }
    return out;
  }

  /** The item, or null when the node is not an item (a property, a lexeme, a missing id). */
  public WikidataItem item(JsonNode entity) {
    String id = entity.path("id").asText("");
    if (!id.startsWith("Q") || entity.has("missing")) {
      return null;
    }
    String label = null;
    Set<String> names = new TreeSet<>();
    for (String lang : languages) {
      String l = entity.path("labels").path(lang).path("value").asText(null);
      if (l != null) {
        if (label == null) {
          label = l;
        }
        names.add(l);
      }
      for (JsonNode a : entity.path("aliases").path(lang)) {
        names.add(a.path("value").asText());
      }
    }
    if (label == null) {
      label = id;
    }
    names.remove(label);
    names.remove("");
    String description = "";
    for (String lang : languages) {
      String d = entity.path("descriptions").path(lang).path("value").asText(null);
      if (d != null) {
        description = d;
        break;
      }
    }
    List<WikidataItem.Claim> claims = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> props = entity.path("claims").fields();
    while (props.hasNext()) {
      Map.Entry<String, JsonNode> p = props.next();
      if (!properties.contains(p.getKey())) {
        continue;
      }
      for (JsonNode st : p.getValue()) {
        WikidataItem.Claim c = claim(p.getKey(), st);
        if (c != null) {
          claims.add(c);
        }
      }
    }
    return new WikidataItem(
        id,
        label,
        new ArrayList<>(names),
        description,
        new ArrayList<>(types(entity)),
        entity.path("sitelinks").size(),
        claims);
  }

  private static WikidataItem.Claim claim(String property, JsonNode st) {
    String rank = st.path("rank").asText("normal");
    if (rank.equals("deprecated")) {
      return null; // Wikidata's own way of saying "known to be wrong"
    }
    JsonNode snak = st.path("mainsnak");
    String value = itemValue(snak);
    if (value == null) {
      value = timeValue(snak);
    }
    if (value == null) {
      return null; // somevalue, novalue, or a datatype enrichment does not use
    }
    String start = firstTime(st.path("qualifiers").path("P580"));
    String end = firstTime(st.path("qualifiers").path("P582"));
    String id = st.path("id").asText(null);
    return new WikidataItem.Claim(id, property, value, start, end, rank);
  }

  private static String firstTime(JsonNode snaks) {
    for (JsonNode s : snaks) {
      String t = timeValue(s);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /** The item id of a wikibase-entityid snak, or null. */
  static String itemValue(JsonNode snak) {
    JsonNode v = snak.path("datavalue").path("value");
    String id = v.path("id").asText(null);
    if (id == null && v.has("numeric-id") && "item".equals(v.path("entity-type").asText())) {
      id = "Q" + v.path("numeric-id").asLong();
    }
    return id != null && id.startsWith("Q") ? id : null;
  }

  /**
   * A time snak as an ISO prefix at its precision: "+2015-09-12T00:00:00Z" at precision 11 is
   * "2015-09-12", at 10 "2015-09", at 9 (or coarser, down to the decade) "2015".
   */
  static String timeValue(JsonNode snak) {
    JsonNode v = snak.path("datavalue").path("value");
    String time = v.path("time").asText(null);
    if (time == null || time.length() < 5) {
      return null;
    }
    int precision = v.path("precision").asInt(11);
    if (precision < 8) {
      return null; // centuries and coarser do not fit an xsd date
    }
    boolean negative = time.charAt(0) == '-';
    String body = (time.charAt(0) == '+' || negative) ? time.substring(1) : time;
    int t = body.indexOf('T');
    String date = t < 0 ? body : body.substring(0, t);
    String[] ymd = date.split("-");
    if (ymd.length < 3) {
      return null;
    }
    String year = (negative ? "-" : "") + ymd[0];
    if (precision >= 11 && !ymd[2].equals("00") && !ymd[1].equals("00")) {
      return year + "-" + ymd[1] + "-" + ymd[2];
    }
    if (precision >= 10 && !ymd[1].equals("00")) {
      return year + "-" + ymd[1];
    }
    return year;
  }
}
