package org.newsgraph.spark;

import org.newsgraph.resolve.stream.Codec;
import java.io.Serializable;
import java.util.List;

/**
 * The small serialisable rows that cross the job's shuffles. Pipeline records travel inside
 * them as {@link Codec} bytes.
 */
final class Rows {
  private Rows() {}

  /** US separates the parts of composite keys (it never occurs in names or keys). */
  static final String US = "\u001f";

  /** One ingested and extracted article; {@code order} decides which copy of a duplicate wins. */
  record Extracted(String order, byte[] article, byte[] facts) implements Serializable {}

  /** A local entity of one article, with its position in the article's entity list. */
  record Member(String articleId, int position, byte[] entity, boolean multiWord)
      implements Serializable {}

  /** A corpus entity before its references are resolved, with the local entities it covers. */
  record Pending(
      String groupKey, String fold, byte[] entity, List<String> locals, List<String> directorRefs)
      implements Serializable {}
}
