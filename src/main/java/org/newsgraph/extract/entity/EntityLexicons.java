package org.newsgraph.extract.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.quote.QuoteLexicon;
import org.newsgraph.nlp.LexiconFiles;

/**
 * The data files the entity rules read, loaded once per JVM: given names, honorifics, role words,
 * organisation heads, non-name words, cue words, known entities and rule confidences.
 */
final class EntityLexicons {

  static final EntityLexicons INSTANCE = new EntityLexicons();

  final Set<String> givenNames = new HashSet<>();
  final Set<String> honorifics = new HashSet<>();
  final Set<String> nonNames = new HashSet<>();

  /** Lower-cased role words to their class: role, modifier, occupation, descriptor, former. */
  final Map<String, String> roleWords = new HashMap<>();

  final Set<String> adjectives = new HashSet<>();
  final Map<String, EntityKind> orgHeads = new HashMap<>();
  final Map<String, EntityKind> listCues = new HashMap<>();
  final Map<String, EntityKind> workCues = new HashMap<>();
  final Set<String> speechVerbs = new HashSet<>();
  final Map<String, Double> rules = new HashMap<>();
  final PhraseTrie<KnownEntry> known = new PhraseTrie<>();

  /** Lexicon aliases of parties, to spot a group named after its party ("Labour Left"). */
  final Set<String> partyNames = new HashSet<>();

  /** Known people by full name and distinctive surname. */
  final Map<String, KnownEntry> knownPersons = new HashMap<>();

  private EntityLexicons() {
    givenNames.addAll(LexiconFiles.lines("lexicon/given-names.txt"));
    honorifics.addAll(LexiconFiles.lines("lexicon/honorifics.txt"));
    nonNames.addAll(LexiconFiles.lines("lexicon/non-names.txt"));
    for (String[] r : LexiconFiles.rows("lexicon/roles.tsv")) {
      String w = r[0].toLowerCase(Locale.ROOT);
      if (r[1].equals("adjective")) {
        adjectives.add(w);
      } else {
        roleWords.putIfAbsent(w, r[1]);
      }
    }
    for (String[] r : LexiconFiles.rows("lexicon/org-heads.tsv")) {
      orgHeads.putIfAbsent(r[0], EntityKind.valueOf(r[1]));
    }
    for (String[] r : LexiconFiles.rows("rules/entity-cues.tsv")) {
      switch (r[0]) {
        case "list" -> listCues.put(r[1], EntityKind.valueOf(r[2]));
        case "work" -> workCues.put(r[1], EntityKind.valueOf(r[2]));
        case "speech" -> speechVerbs.add(r[1]);
        default -> throw new IllegalStateException("unknown cue type " + r[0]);
      }
    }
    for (String[] r : LexiconFiles.rows("rules/entity-rules.tsv")) {
      rules.put(r[0], Double.parseDouble(r[1]));
    }
    for (String[] r : LexiconFiles.rows("lexicon/known-entities.tsv")) {
      EntityKind kind = EntityKind.valueOf(r[1]);
      boolean strict = r.length > 3 && r[3].contains("strict");
      String director = r.length > 4 && !r[4].isEmpty() ? r[4] : null;
      KnownEntry e = new KnownEntry(r[0], kind, strict, director);
      if (kind == EntityKind.Person) {
        knownPersons.putIfAbsent(r[0], e);
        if (r.length > 2 && !r[2].isEmpty()) {
          for (String a : r[2].split("\\|")) {
            knownPersons.putIfAbsent(a.strip(), e);
          }
        }
        continue;
      }
      known.add(r[0], e);
      if (kind == EntityKind.PoliticalParty) {
        partyNames.add(r[0]);
      }
      if (r.length > 2 && !r[2].isEmpty()) {
        for (String a : r[2].split("\\|")) {
          known.add(a.strip(), e);
          if (kind == EntityKind.PoliticalParty) {
            partyNames.add(a.strip());
          }
        }
      }
    }
  }

  /**
   * Whether {@code w} is a preposition: a name right after one is not the subject of the
   * sentence. One list for the quotation and the entity rules ({@code rules/quote-lexicon.txt}).
   */
  boolean preposition(String w) {
    return QuoteLexicon.standard().has("prepositions", w);
  }

  /** The confidence of rule {@code id}; fails fast on an id missing from the rules file. */
  double confidence(String id) {
    Double c = rules.get(id);
    if (c == null) {
      throw new IllegalStateException("rule not declared in rules/entity-rules.tsv: " + id);
    }
    return c;
  }
}
