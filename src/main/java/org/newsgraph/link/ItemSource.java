package org.newsgraph.link;

import java.util.List;
import java.util.Optional;

/**
 * Where the linker finds Wikidata items: an offline {@link WikidataIndex} or the online {@link
 * WikidataClient}.
 */
public interface ItemSource {
  /**
   * Items that may carry {@code name} as a label or alias (a superset is fine: the linker
   * checks names itself), in a deterministic order.
   */
  List<WikidataItem> search(String name);

  /** One item by id, when the source knows it. */
  Optional<WikidataItem> item(String qid);
}
