package org.newsgraph.resolve.stream;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rows gathered under keys and given back a group at a time, in key order: the group-by that
 * {@link StreamingResolver} runs its merge steps on. On disk for a build of any size
 * (org.newsgraph.store.DiskGroupBy), in memory for tests ({@link #inMemory}).
 */
public interface GroupBy extends AutoCloseable {

  /**
   * One row: its group key, the article and position (a fact's index in its article) that
   * order it inside the group, and the record it carries, encoded ({@link Codec}).
   */
  record Row(String key, String article, int position, byte[] value)
      implements java.io.Serializable {}

  /** Key, then article, then position. */
  Comparator<Row> ORDER =
      Comparator.comparing(Row::key)
          .thenComparing(Row::article)
          .thenComparingInt(Row::position);

  void add(Row row);

  /** Each group, its rows in {@link #ORDER}; groups in key order. Once, after the last add. */
  void forEachGroup(Consumer<List<Row>> group);

  /** Removes what the rows took on disk. */
  @Override
  void close();

  /** Makes the group-bys of one resolution. */
  interface Factory {
    GroupBy create();
  }

  /** A group-by on the heap. */
  static GroupBy inMemory() {
    return new GroupBy() {
      private final List<Row> rows = new ArrayList<>();

      @Override
      public void add(Row row) {
        rows.add(row);
      }

      @Override
      public void forEachGroup(Consumer<List<Row>> group) {
        rows.sort(ORDER);
        groups(rows.iterator(), group);
      }

      @Override
      public void close() {
        rows.clear();
      }
    };
  }

  /** Cuts rows sorted in {@link #ORDER} into groups of one key each. */
  static void groups(Iterator<Row> sorted, Consumer<List<Row>> group) {
    List<Row> current = new ArrayList<>();
    while (sorted.hasNext()) {
      Row r = sorted.next();
      if (!current.isEmpty() && !current.get(0).key().equals(r.key())) {
        group.accept(current);
        current = new ArrayList<>();
      }
      current.add(r);
    }
    if (!current.isEmpty()) {
      group.accept(current);
    }
  }
}
