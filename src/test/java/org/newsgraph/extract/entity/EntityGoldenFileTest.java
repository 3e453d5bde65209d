package org.newsgraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.extract.LocalEntity;

/**
 * Golden files: small articles written for the tests (src/test/resources/entity/NAME.txt) and
 * the entities a careful reader takes out of them (NAME.expected.tsv: kind, name, forms that
 * must be mentions, director). The extracted (kind, name) set must equal the expected one.
 */
class EntityGoldenFileTest {

  static String read(String path) throws IOException {
    try (InputStream in = EntityGoldenFileTest.class.getResourceAsStream(path)) {
      assertNotNull(in, path);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"union-suspension", "director-prize"})
  void matchesGolden(String name) throws IOException {
    String text = read("/entity/" + name + ".txt");
    List<LocalEntity> es = EntityTestLib.extract(text);
    String dump = EntityTestLib.dump(es);
    TreeSet<String> expected = new TreeSet<>();
    TreeSet<String> actual = new TreeSet<>();
    for (LocalEntity e : es) {
      actual.add(e.kind() + "\t" + e.name());
    }
    for (String line : read("/entity/" + name + ".expected.tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      expected.add(f[0] + "\t" + f[1]);
      LocalEntity e = EntityTestLib.named(es, f[1]);
      assertNotNull(e, f[1] + " missing:\n" + dump);
      for (String form : f[2].split("\\|")) {
        assertTrue(EntityTestLib.hasForm(e, form), form + " not a mention of " + f[1] + "\n" + dump);
      }
      if (f.length > 3) {
        assertEquals(EntityTestLib.named(es, f[3]).id(), e.directorId(), f[1] + "\n" + dump);
      }
    }
    assertEquals(String.join("\n", expected), String.join("\n", actual), dump);
  }
}
