package org.newsgraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.Evidence;

/** An entity while one article is being read: mutable, never leaves the extractor. */
final class EntityDraft {

  /** A name mention: evidence plus the name it gives (the form without honorifics). */
  record NameMention(Evidence evidence, String name, int nameTokens, int firstToken) {}

  /** An attribute whose organisation is still a draft. */
  record PendingAttribute(
      String property, String value, EntityDraft organisation, boolean former, Evidence evidence) {}

  EntityKind kind;
  double confidence;
  /** The lexicon's canonical name, when the entity is a known one. */
  String canonical;
  String directorName;
  EntityDraft director;
  final List<NameMention> mentions = new ArrayList<>();
  final List<PendingAttribute> attributes = new ArrayList<>();

  EntityDraft(EntityKind kind, double confidence) {
    this.kind = kind;
    this.confidence = confidence;
  }

  void add(NameMention m) {
    mentions.add(m);
    confidence = Math.max(confidence, m.evidence().confidence());
  }

  int firstBegin() {
    int b = Integer.MAX_VALUE;
    for (NameMention m : mentions) {
      b = Math.min(b, m.evidence().span().begin());
    }
    return b;
  }

  /** The fullest name: the canonical one if known, else the name with most tokens, first seen. */
  String name() {
    if (canonical != null) {
      return canonical;
    }
    NameMention best = null;
    for (NameMention m : mentions) {
      if (best == null
          || m.nameTokens() > best.nameTokens()
          || (m.nameTokens() == best.nameTokens()
              && m.evidence().span().begin() < best.evidence().span().begin())) {
        best = m;
      }
    }
    return best == null ? "" : best.name();
  }
}
