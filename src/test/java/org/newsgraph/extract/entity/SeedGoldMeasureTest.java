package org.newsgraph.extract.entity;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.LocalEntity;
import org.newsgraph.extract.Mention;

/**
 * Measures entity extraction against the development gold (read from the shared folder, never
 * shipped), scoring as the gold's FORMAT.md says. Prints per-category P/R/F1; skipped when the
 * gold is not there. Set -Dentities.dump=true to print every entity.
 */
class SeedGoldMeasureTest {

  static final Path SHARED = Path.of(System.getProperty("newsgraph.shared", "/work/shared"));

  static String fold(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  @Test
  void measure() throws Exception {
    Path gold = SHARED.resolve("gold/seeds.gold.json");
    assumeTrue(Files.exists(gold), "no gold file");
    JsonNode root = new ObjectMapper().readTree(gold.toFile());
    String[] cats = {"persons", "organisations", "works"};
    EntityType[] types = {EntityType.PERSON, EntityType.ORGANISATION, EntityType.WORK};
    int[] tp = new int[3];
    int[] fp = new int[3];
    int[] fn = new int[3];
    boolean dump = Boolean.getBoolean("entities.dump");
    StringBuilder errors = new StringBuilder();
    for (JsonNode art : root.get("articles")) {
      String file = art.get("file").asText();
      String text = Files.readString(SHARED.resolve("seeds").resolve(file));
      List<LocalEntity> es = EntityTestLib.extract(text);
      if (dump) {
        System.out.println("== " + file + "\n" + EntityTestLib.dump(es));
      }
      for (int c = 0; c < 3; c++) {
        List<Set<String>> golds = new ArrayList<>();
        List<String> goldNames = new ArrayList<>();
        for (JsonNode g : art.get(cats[c])) {
          Set<String> names = new HashSet<>();
          names.add(fold(g.get("name").asText()));
          if (g.has("aliases")) {
            g.get("aliases").forEach(a -> names.add(fold(a.asText())));
          }
          golds.add(names);
          goldNames.add(g.get("name").asText());
        }
        boolean[] matched = new boolean[golds.size()];
        for (LocalEntity e : es) {
          if (e.type() != types[c]) {
            continue;
          }
          Set<String> forms = new HashSet<>();
          forms.add(fold(e.name()));
          for (Mention m : e.mentions()) {
            forms.add(fold(m.form()));
          }
          boolean hit = false;
          for (int g = 0; g < golds.size(); g++) {
            for (String f : forms) {
              if (golds.get(g).contains(f)) {
                hit = true;
                matched[g] = true;
              }
            }
          }
          if (hit) {
            tp[c]++;
          } else {
            fp[c]++;
            errors.append(file).append(" FP ").append(cats[c]).append(": ").append(e.name())
                .append('\n');
          }
        }
        for (int g = 0; g < golds.size(); g++) {
          if (!matched[g]) {
            fn[c]++;
            errors.append(file).append(" FN ").append(cats[c]).append(": ")
                .append(goldNames.get(g)).append('\n');
          }
        }
      }
    }
    for (int c = 0; c < 3; c++) {
      double p = tp[c] / (double) Math.max(1, tp[c] + fp[c]);
      double r = (tp[c] + 0.0) / Math.max(1, tp[c] + fn[c]);
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      System.out.printf(Locale.ROOT, "%-14s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)%n",
          cats[c], p, r, f, tp[c], fp[c], fn[c]);
    }
    System.out.print(errors);
  }
}
