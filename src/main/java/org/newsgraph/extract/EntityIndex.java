package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newsgraph.nlp.Span;

/**
 * Looks up one article's entities by position or name, for the extractors that attach events
 * and statements to them. Immutable.
 */
public final class EntityIndex {

  /** A mention with the entity it belongs to. */
  public record Located(LocalEntity entity, Mention mention) {
    public Span span() {
      return mention.evidence().span();
    }
  }

  private final List<LocalEntity> entities;
  private final List<Located> byPosition;

  public EntityIndex(List<LocalEntity> entities) {
    this.entities = List.copyOf(entities);
    List<Located> all = new ArrayList<>();
    for (LocalEntity e : entities) {
      for (Mention m : e.mentions()) {
        all.add(new Located(e, m));
      }
    }
    all.sort(Comparator.comparing(Located::span));
    this.byPosition = List.copyOf(all);
  }

  public List<LocalEntity> entities() {
    return entities;
  }

  /** Every mention, in text order. */
  public List<Located> mentions() {
    return byPosition;
  }

  /** Mentions lying inside {@code span}, in text order. */
  public List<Located> within(Span span) {
    List<Located> out = new ArrayList<>();
    for (Located l : byPosition) {
      if (l.span().begin() >= span.end()) {
        break;
      }
      if (span.contains(l.span())) {
        out.add(l);
      }
    }
    return out;
  }

  /** The mention overlapping {@code span} (the longest if several), or null. */
  public Located at(Span span) {
    Located best = null;
    for (Located l : byPosition) {
      if (l.span().begin() >= span.end()) {
        break;
      }
      if (l.span().overlaps(span) && (best == null || l.span().length() > best.span().length())) {
        best = l;
      }
    }
    return best;
  }

  /** The entity whose name or a mention form equals {@code form} (case folded), or null. */
  public LocalEntity byName(String form) {
    String f = form.toLowerCase(Locale.ROOT);
    for (LocalEntity e : entities) {
      if (e.name().toLowerCase(Locale.ROOT).equals(f)) {
        return e;
      }
    }
    for (LocalEntity e : entities) {
      for (Mention m : e.mentions()) {
        if (!m.pronoun() && m.form().toLowerCase(Locale.ROOT).equals(f)) {
          return e;
        }
      }
    }
    return null;
  }

  public LocalEntity byId(String id) {
    for (LocalEntity e : entities) {
      if (e.id().equals(id)) {
        return e;
      }
    }
    return null;
  }

  /** The last mention of an entity of {@code type} that ends before {@code pos}, or null. */
  public Located lastBefore(int pos, EntityType type) {
    Located found = null;
    for (Located l : byPosition) {
      if (l.span().end() > pos) {
        break;
      }
      if (type == null || l.entity().type() == type) {
        found = l;
      }
    }
    return found;
  }
}
