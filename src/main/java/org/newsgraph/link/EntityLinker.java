package org.newsgraph.link;

import java.util.List;
import org.newsgraph.resolve.CorpusEntity;

/** Links corpus entities to Wikidata items. A wrong link is worse than none. */
public interface EntityLinker {
  List<LinkResult> link(List<CorpusEntity> entities);

  /** A linker that links nothing. */
  static EntityLinker none() {
    return entities -> List.of();
  }
}
