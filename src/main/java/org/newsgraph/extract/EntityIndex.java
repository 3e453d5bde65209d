package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.nlp.Offsets;
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
  /** The begin offsets of {@link #byPosition}, for binary search. */
  private final int[] begins;
  /** The longest mention: a mention overlapping a span begins at most this far before it. */
  private final int maxLength;
  private final Map<String, LocalEntity> byId = new HashMap<>();
  private final Map<String, LocalEntity> byEntityName = new HashMap<>();
  private final Map<String, LocalEntity> byMentionForm = new HashMap<>();

  // Lookups are by position (binary search) or by key (maps), never a scan of the article:
  // extractors call them once per token or trigger, and articles can be very long.
  public EntityIndex(List<LocalEntity> entities) {
    this.entities = List.copyOf(entities);
    List<Located> all = new ArrayList<>();
    for (LocalEntity e : entities) {
      byId.putIfAbsent(e.id(), e);
      byEntityName.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e);
      for (Mention m : e.mentions()) {
        all.add(new Located(e, m));
        if (!m.pronoun()) {
          byMentionForm.putIfAbsent(m.form().toLowerCase(Locale.ROOT), e);
        }
      }
    }
    all.sort(Comparator.comparing(Located::span));
    this.byPosition = List.copyOf(all);
    this.begins = new int[all.size()];
    int longest = 0;
    for (int i = 0; i < begins.length; i++) {
      begins[i] = all.get(i).span().begin();
      longest = Math.max(longest, all.get(i).span().length());
    }
    this.maxLength = longest;
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
    for (int i = Offsets.lowerBound(begins, span.begin()); i < begins.length; i++) {
      Located l = byPosition.get(i);
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
    for (int i = Offsets.lowerBound(begins, span.begin() - maxLength); i < begins.length; i++) {
      Located l = byPosition.get(i);
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
    LocalEntity e = byEntityName.get(f);
    return e != null ? e : byMentionForm.get(f);
  }

  public LocalEntity byId(String id) {
    return byId.get(id);
  }
}
