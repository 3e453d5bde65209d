package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.resolve.stream.GroupBy;

class DiskGroupByTest {

  @Test
  void rowsComeBackGroupedAndSortedAcrossManySpilledRuns() {
    List<GroupBy.Row> rows = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      // Keys and articles outside ASCII, and an empty value, survive the round trip.
      rows.add(
          new GroupBy.Row(
              "k" + (i % 97) + "é", "a" + (i % 13), i,
              ("v" + i).repeat(i % 3).getBytes(StandardCharsets.UTF_8)));
    }
    List<GroupBy.Row> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(1));
    List<List<GroupBy.Row>> groups = new ArrayList<>();
    try (DiskGroupBy g = new DiskGroupBy(2048)) { // a run every dozen rows or so
      shuffled.forEach(g::add);
      g.forEachGroup(groups::add);
    }
    assertEquals(97, groups.size());
    List<String> got = new ArrayList<>();
    for (List<GroupBy.Row> group : groups) {
      for (GroupBy.Row r : group) {
        assertEquals(group.get(0).key(), r.key());
        got.add(show(r));
      }
    }
    rows.sort(GroupBy.ORDER);
    assertEquals(rows.stream().map(DiskGroupByTest::show).toList(), got);
  }

  private static String show(GroupBy.Row r) {
    return r.key() + "|" + r.article() + "|" + r.position() + "|"
        + new String(r.value(), StandardCharsets.UTF_8);
  }
}
