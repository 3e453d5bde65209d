package org.newsgraph.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.Attribute;
import org.newsgraph.extract.EntityExtractor;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.ExtractionContext;
import org.newsgraph.extract.LocalEntity;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.time.TimeValue;
import org.newsgraph.nlp.AnalysedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Span;
import org.newsgraph.nlp.Token;

/**
 * Rule- and lexicon-based entity extraction: people, organisations and works of one article, with
 * within-article coreference, attributes (role, occupation, age, descriptor) and the directors of
 * works.
 *
 * <p>Requires the {@link AnalysedText} of a {@code NewsTextAnalyser}. The rules run in passes over
 * the tokens, each pass claiming the tokens it names so that later, weaker rules do not reuse them:
 * known entities (lexicon), work titles (quoted, listed, with a year), tweet embeds, acronym
 * definitions, lists of organisations, then title-case names typed by their cues (honorific, role,
 * given name, age, speech verb, organisation head), and finally every further occurrence of a name
 * already found (surnames, given names, initials). Every rule id and confidence is declared in
 * {@code rules/entity-rules.tsv}.
 *
 * <pre>
 * List&lt;LocalEntity&gt; entities = new RuleEntityExtractor().extract(ctx);
 * </pre>
 */
public final class RuleEntityExtractor implements EntityExtractor {

  private static final EntityLexicons LEX = EntityLexicons.INSTANCE;

  /** Lower-case words that may sit inside a name: "Labour in Exile Network". */
  private static final Set<String> CONNECTORS =
      Set.of(
          "of", "the", "in", "for", "against", "on", "de", "van", "von", "der", "den", "da", "di",
          "du", "le", "la", "al", "bin", "del", "y");

  private static final Set<String> ENGLISH_CONNECTORS =
      Set.of("of", "the", "in", "for", "against", "on");

  /** Lower-case words that may sit inside a work title: "The Wind that Shakes the Barley". */
  private static final Set<String> TITLE_WORDS =
      Set.of(
          "of", "the", "in", "for", "against", "on", "that", "a", "an", "with", "to", "at", "from",
          "by", "is", "are", "we", "you", "and");

  /** Words between a work noun and its list: "films, notably", "classics including". */
  private static final Set<String> WORK_LIST_GLUE =
      Set.of(
          "such",
          "as",
          "including",
          "includes",
          "included",
          "include",
          "notably",
          "like",
          ",",
          ":",
          "are",
          "is",
          "was",
          "were",
          "especially",
          "namely",
          "incl");

  /** Lower-case nouns that, right after a title-case name, say what kind of body it is. */
  private static final Map<String, EntityKind> NOUN_HEADS =
      Map.ofEntries(
          Map.entry("party", EntityKind.PoliticalParty),
          Map.entry("union", EntityKind.TradeUnion),
          Map.entry("organisation", EntityKind.Organisation),
          Map.entry("organization", EntityKind.Organisation),
          Map.entry("faction", EntityKind.Faction),
          Map.entry("newspaper", EntityKind.MediaOutlet),
          Map.entry("website", EntityKind.MediaOutlet),
          Map.entry("broadcaster", EntityKind.MediaOutlet),
          Map.entry("pollster", EntityKind.Company),
          Map.entry("campaign", EntityKind.Faction),
          Map.entry("movement", EntityKind.Faction),
          Map.entry("group", EntityKind.Faction),
          Map.entry("network", EntityKind.Faction));

  private static final Set<String> NAMING_VERBS = Set.of("titled", "entitled", "called");

  private static final Set<String> POST_ROLES = Set.of("MP", "MEP", "MSP", "QC", "KC", "AM", "MS");

  @Override
  public List<LocalEntity> extract(ExtractionContext ctx) {
    return new Run(ctx).extract();
  }

  /** The state of one article's extraction. */
  private static final class Run {
    final ExtractionContext ctx;
    final AnalysedText at;
    final String text;
    final List<Token> tokens;
    final int n;
    final EntityDraft[] owner;
    final int[] sentenceOf;
    final boolean[] titleLine;
    final Set<String> lowerWords = new HashSet<>();
    final List<EntityDraft> drafts = new ArrayList<>();
    final Map<String, EntityDraft> byKey = new HashMap<>();
    final List<PersonCandidate> persons = new ArrayList<>();
    final List<PersonCandidate> weak = new ArrayList<>();

    /** Works found through a cue, with the token where the cue phrase began. */
    final List<int[]> cuedWorks = new ArrayList<>();

    Run(ExtractionContext ctx) {
      this.ctx = ctx;
      this.at = ctx.text();
      this.text = at.text();
      this.tokens = at.tokens();
      this.n = tokens.size();
      this.owner = new EntityDraft[n];
      this.sentenceOf = new int[n];
      this.titleLine = new boolean[n];
      List<Sentence> ss = at.sentences();
      for (int s = 0; s < ss.size(); s++) {
        for (int i = ss.get(s).firstToken(); i < ss.get(s).endToken(); i++) {
          sentenceOf[i] = s;
        }
      }
      for (Token t : tokens) {
        String s = t.text();
        if (!s.isEmpty() && Character.isLowerCase(s.charAt(0))) {
          lowerWords.add(s);
        }
      }
      markTitleLines();
    }

    List<LocalEntity> extract() {
      lexiconPass();
      workPass();
      embedPass();
      acronymPass();
      listPass();
      chunkPass();
      resolvePersons();
      repeatPass();
      initialsPass();
      directorPass();
      return output();
    }

    // ------------------------------------------------------------ helpers

    Token tok(int i) {
      return tokens.get(i);
    }

    String tx(int i) {
      return tokens.get(i).text();
    }

    Sentence sentence(int i) {
      return at.sentences().get(sentenceOf[i]);
    }

    boolean cap(int i) {
      String s = tx(i);
      return s.length() > 0
          && Character.isUpperCase(s.charAt(0))
          && Character.isLetter(s.charAt(0))
          && !s.equals("I");
    }

    boolean isQuote(int i) {
      String s = tx(i);
      if (s.length() != 1) {
        return false;
      }
      char c = s.charAt(0);
      return c == '"' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '\'' || c == '«'
          || c == '»';
    }

    /** True when token {@code i} is the first word of its sentence (quotes and dashes aside). */
    boolean sentenceInitial(int i) {
      int k = i - 1;
      int first = sentence(i).firstToken();
      while (k >= first && !Character.isLetterOrDigit(tx(k).charAt(0))) {
        k--;
      }
      return k < first;
    }

    /**
     * True when token {@code i} opens a quotation inside a sentence ("told the Ledger: “The
     * party has decided"), where a word is capitalised as at a sentence's start. The quote
     * mark opens when it is attached to the word and spaced from what precedes it.
     */
    boolean quotationInitial(int i) {
      int k = i - 1;
      if (k < sentence(i).firstToken() || !isQuote(k) || "”’".indexOf(tx(k).charAt(0)) >= 0) {
        return false;
      }
      return tok(k).end() == tok(i).begin() && (k == 0 || tok(k - 1).end() < tok(k).begin());
    }

    Span span(int b, int e) {
      return new Span(tok(b).begin(), tok(e - 1).end());
    }

    Evidence evidence(int b, int e, String rule) {
      return Evidence.of(text, span(b, e), rule, LEX.confidence(rule));
    }

    String joined(int b, int e) {
      return text.substring(tok(b).begin(), tok(e - 1).end());
    }

    boolean free(int b, int e) {
      for (int i = b; i < e; i++) {
        if (owner[i] != null) {
          return false;
        }
      }
      return true;
    }

    /** Records a mention of {@code d} over tokens [b, e) whose name is tokens [nb, ne). */
    void mention(EntityDraft d, int b, int e, int nb, int ne, String rule) {
      for (int i = b; i < e; i++) {
        owner[i] = d;
      }
      d.add(new EntityDraft.NameMention(evidence(b, e, rule), joined(nb, ne), ne - nb, b));
    }

    EntityDraft draft(String key, EntityKind kind, String rule) {
      EntityDraft d = byKey.get(key);
      if (d == null) {
        d = new EntityDraft(kind, LEX.confidence(rule));
        byKey.put(key, d);
        drafts.add(d);
      }
      return d;
    }

    EntityDraft known(KnownEntry e, String rule) {
      EntityDraft d = draft("known:" + e.canonical(), e.kind(), rule);
      d.canonical = e.canonical();
      d.directorName = e.director();
      return d;
    }

    static String key(String name) {
      return PhraseTrie.fold(name);
    }

    /** Title-case lines (headlines, "Help Us Sustain Ad-Free Journalism") yield no new names. */
    void markTitleLines() {
      int p = 0;
      for (Span para : at.paragraphs()) {
        int start = p;
        int caps = 0;
        int lowerLong = 0;
        while (p < n && tok(p).begin() < para.end()) {
          String s = tx(p);
          if (Character.isLetter(s.charAt(0))) {
            if (Character.isUpperCase(s.charAt(0))) {
              caps++;
            } else if (s.length() > 3) {
              lowerLong++;
            }
          }
          p++;
        }
        boolean title =
            caps >= 2 && lowerLong == 0 && !tx(start).startsWith("—") && !tx(start).equals("-");
        for (int i = start; i < p; i++) {
          titleLine[i] = title;
        }
      }
    }

    // ------------------------------------------------------------ pass 1: lexicon

    void lexiconPass() {
      for (Sentence s : at.sentences()) {
        int i = s.firstToken();
        while (i < s.endToken()) {
          if (!cap(i) && !Character.isLetter(tx(i).charAt(0))) {
            i++;
            continue;
          }
          PhraseTrie.Match<KnownEntry> m = LEX.known.longest(tokens, i, s.endToken());
          if (m == null) {
            i++;
            continue;
          }
          KnownEntry e = m.value();
          // A strict name ("Momentum", "Unite") at a sentence start only before a role or a
          // speech verb: "Momentum chair X", "Unite said".
          boolean vouched =
              m.end() < s.endToken()
                  && (LEX.roleWords.containsKey(tx(m.end()))
                      || LEX.speechVerbs.contains(tx(m.end())));
          if (e.strict() && (titleLine[i] || (sentenceInitial(i) && !vouched))) {
            i = m.end();
            continue;
          }
          if (e.kind() == EntityKind.PoliticalParty
              && m.end() - m.begin() == 1
              && partyPrefixedName(m.end(), s.endToken())) {
            // "Labour Heartlands", "Labour Left Alliance": a name of its own.
            i = m.end();
            continue;
          }
          boolean work = e.kind().type() == org.newsgraph.extract.EntityType.WORK;
          EntityDraft d = known(e, work ? "work.lexicon" : "org.lexicon");
          mention(d, m.begin(), m.end(), m.begin(), m.end(), work ? "work.lexicon" : "org.lexicon");
          int end = m.end();
          if (e.kind() == EntityKind.PoliticalParty
              && end < s.endToken()
              && (tx(end).equals("HQ") || tx(end).equals("Headquarters"))) {
            owner[end] = d;
            d.add(
                new EntityDraft.NameMention(
                    evidence(m.begin(), end + 1, "org.party-hq"),
                    joined(m.begin(), end + 1),
                    1,
                    m.begin()));
            end++;
          }
          i = end;
        }
      }
    }

    /** A party name followed by further title-case words that are not a person or a role. */
    boolean partyPrefixedName(int j, int limit) {
      if (j + 1 < limit && CONNECTORS.contains(tx(j)) && !tx(j).equals("the") && !titleLine[j]) {
        int k = j + 1; // "Labour in Exile Network", "Labour against the Witchhunt"
        if (k + 1 < limit && tx(k).equals("the")) {
          k++;
        }
        if (!cap(k) || LEX.nonNames.contains(tx(k))) {
          return false;
        }
        j = k;
      }
      if (j >= limit || !cap(j) || titleLine[j]) {
        return false;
      }
      String w = tx(j);
      if (w.equals("HQ")
          || w.equals("Headquarters")
          || LEX.givenNames.contains(w)
          || LEX.honorifics.contains(w)
          || POST_ROLES.contains(w)
          || LEX.roleWords.containsKey(w.toLowerCase(Locale.ROOT))
          || LEX.nonNames.contains(w)
          || w.endsWith("s")
              && LEX.roleWords.containsKey(
                  w.substring(0, w.length() - 1).toLowerCase(Locale.ROOT))) {
        return false;
      }
      return LEX.known.longest(tokens, j, limit) == null;
    }

    // ------------------------------------------------------------ pass 2: works

    void workPass() {
      for (Sentence s : at.sentences()) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
          EntityKind cue = LEX.workCues.get(tx(i)); // cue words are lower case
          if (cue != null) {
            workList(i, cue, s.endToken());
          }
          // "The "Kes" director": a quoted title right before "director"/"film".
          if (isQuote(i) && i + 2 < s.endToken()) {
            int close = closingQuote(i, s.endToken());
            if (close > 0 && close + 1 < s.endToken()) {
              String after = tx(close + 1).toLowerCase(Locale.ROOT);
              if ((after.equals("director")
                      || after.equals("film")
                      || after.equals("star")
                      || after.equals("filmmaker"))
                  && cap(i + 1)) {
                addWork(i + 1, close, EntityKind.Film, "work.quoted", i);
              }
            }
          }
          // "Kes (1969)": a title with a year.
          if (tx(i).equals("(")
              && i + 2 < s.endToken()
              && isYear(tx(i + 1))
              && tx(i + 2).equals(")")
              && i > s.firstToken()) {
            int b = titleStart(i, s.firstToken());
            if (b - 2 >= s.firstToken() && isTitleI(b - 2, i)) {
              b -= 2;
            }
            if (b < i && owner[i - 1] == null) {
              addWork(b, i, EntityKind.Film, "work.year", b);
            }
          }
        }
      }
    }

    boolean isYear(String s) {
      if (s.length() != 4) {
        return false;
      }
      for (int k = 0; k < 4; k++) {
        if (!Character.isDigit(s.charAt(k))) {
          return false;
        }
      }
      int y = Integer.parseInt(s);
      return y >= 1880 && y <= 2039;
    }

    /** Where a title ending before {@code end} begins: title-case words and title words. */
    int titleStart(int end, int limit) {
      int b = end;
      while (b - 1 >= limit && owner[b - 1] == null) {
        String w = tx(b - 1);
        if (cap(b - 1) || (TITLE_WORDS.contains(w) && !w.equals("and") && b < end && cap(b))) {
          b--;
        } else {
          break;
        }
      }
      while (b < end && !cap(b)) {
        b++;
      }
      return b;
    }

    int closingQuote(int open, int limit) {
      for (int k = open + 1; k < limit && k <= open + 16; k++) {
        if (isQuote(k)) {
          return k;
        }
      }
      return -1;
    }

    /** A list of works after a cue word: quoted titles or title-case titles. */
    void workList(int cue, EntityKind kind, int limit) {
      int i = cue + 1;
      // Skip "such as", "including", "notably", "includes", ",", ":" and a few plain words.
      int skipped = 0;
      // Unquoted titles only right after "films such as", "filmography includes" ...; after
      // "titled" or any other word, only a quoted title.
      boolean quotedOnly = kind == EntityKind.CreativeWork;
      while (i < limit && skipped < 4 && !cap(i) && !isQuote(i)) {
        String w = tx(i);
        if (w.equals(".") || w.equals(";") || w.equals("(")) {
          return;
        }
        quotedOnly |= !WORK_LIST_GLUE.contains(w);
        i++;
        skipped++;
      }
      int items = 0;
      while (i < limit) {
        int b;
        int e;
        int next;
        if (isQuote(i)) {
          int close = closingQuote(i, limit);
          if (close < 0) {
            return;
          }
          b = i + 1;
          e = close;
          while (e > b && (tx(e - 1).equals(".") || tx(e - 1).equals(","))) {
            e--;
          }
          while (b < e && !Character.isLetterOrDigit(tx(b).charAt(0))) {
            b++;
          }
          next = close + 1;
          if (b >= e || !(cap(b) || tx(b).equals("I")) || e - b > 14) {
            return;
          }
        } else if (quotedOnly) {
          return;
        } else if (owner[i] != null) {
          EntityDraft d = owner[i];
          b = i;
          e = i;
          while (e < limit && owner[e] == d) {
            e++;
          }
          next = e;
          if (d.kind.type() != org.newsgraph.extract.EntityType.WORK) {
            return;
          }
        } else if (cap(i) || isTitleI(i, limit)) {
          b = i;
          e = isTitleI(i, limit) ? i + 3 : i + 1;
          while (e < limit
              && owner[e] == null
              && (cap(e)
                  || (TITLE_WORDS.contains(tx(e))
                      && !tx(e).equals("and")
                      && e + 1 < limit
                      && cap(e + 1)))) {
            e++;
          }
          next = e;
        } else {
          return;
        }
        if (owner[b] == null) {
          addWork(
              b,
              e,
              NAMING_VERBS.contains(tx(cue)) ? guessKind(cue) : kind,
              isQuote(b - 1) ? "work.quoted" : "work.list",
              cue);
        } else {
          cuedWorks.add(new int[] {b, cue});
        }
        items++;
        // A year in brackets after the title.
        if (next + 2 < limit && tx(next).equals("(") && isYear(tx(next + 1))) {
          next += 3;
        }
        // Separators: "," "and" ", and" "&".
        int k = next;
        boolean sep = false;
        while (k < limit
            && (tx(k).equals(",")
                || tx(k).equals("and")
                || tx(k).equals("&")
                || tx(k).equals("or"))) {
          k++;
          sep = true;
        }
        if (!sep) {
          return;
        }
        i = k;
      }
    }

    /**
     * After lower-case connectors inside a name ("in", "against the", "of the"): the index of the
     * title-case word they lead to, or {@code j} when they lead to none.
     */
    int connectorRun(int j, int limit) {
      if (j >= limit || !CONNECTORS.contains(tx(j))) {
        return j;
      }
      int k = j + 1;
      // "against the", "von der", "de la": at most two connectors in a row.
      if (k < limit && CONNECTORS.contains(tx(k)) && !tx(j).equals("the")) {
        k++;
      }
      return k < limit && owner[k] == null && cap(k) ? k : j;
    }

    /** "I, Daniel Blake": a title made of "I", a comma and a title-case name. */
    boolean isTitleI(int i, int limit) {
      return tx(i).equals("I")
          && i + 2 < limit
          && tx(i + 1).equals(",")
          && cap(i + 2)
          && owner[i + 2] == null;
    }

    /** "a new film ... titled X": the kind comes from the nearest work noun before the cue. */
    EntityKind guessKind(int cue) {
      int first = sentence(cue).firstToken();
      for (int k = cue - 1; k >= first && k >= cue - 12; k--) {
        EntityKind c = LEX.workCues.get(tx(k).toLowerCase(Locale.ROOT));
        if (c != null && c != EntityKind.CreativeWork) {
          return c;
        }
      }
      return EntityKind.CreativeWork;
    }

    void addWork(int b, int e, EntityKind kind, String rule, int cue) {
      if (b >= e || !free(b, e)) {
        return;
      }
      String name = joined(b, e);
      if (LEX.nonNames.contains(name) || LEX.givenNames.contains(name)) {
        return;
      }
      EntityDraft d = draft("work:" + key(name), kind, rule);
      mention(d, b, e, b, e, rule);
      cuedWorks.add(new int[] {b, cue});
    }

    // ------------------------------------------------------------ pass 3: tweet embeds

    void embedPass() {
      for (Sentence s : at.sentences()) {
        int i = s.firstToken();
        String d = tx(i);
        if (!(d.equals("—") || d.equals("–") || d.equals("-") || d.equals("―"))) {
          continue;
        }
        int open = -1;
        for (int k = i + 1; k < s.endToken() - 1 && k < i + 14; k++) {
          if (tx(k).equals("(") && tx(k + 1).startsWith("@")) {
            open = k;
            break;
          }
        }
        if (open < 0) {
          continue;
        }
        int b = i + 1;
        for (int k = i + 1; k <= open; k++) {
          if (k == open || tx(k).equals("&") || tx(k).equals("and")) {
            embedAuthor(b, k);
            b = k + 1;
          }
        }
      }
    }

    void embedAuthor(int b, int e) {
      int end = e;
      while (end > b && POST_ROLES.contains(tx(end - 1))) {
        end--;
      }
      if (end <= b || !free(b, end)) {
        return;
      }
      for (int k = b; k < end; k++) {
        if (!cap(k) && !CONNECTORS.contains(tx(k))) {
          return;
        }
      }
      String last = tx(end - 1);
      boolean personLike =
          end - b <= 4
              && !LEX.nonNames.contains(tx(b))
              && !LEX.orgHeads.containsKey(last)
              && (LEX.givenNames.contains(tx(b)) || end - b >= 2);
      if (personLike) {
        PersonCandidate p = new PersonCandidate(b, end, b, end, "person.embed");
        persons.add(p);
        for (int k = b; k < end; k++) {
          owner[k] = PLACEHOLDER;
        }
      } else {
        EntityKind kind = LEX.orgHeads.getOrDefault(last, EntityKind.Organisation);
        String rule = LEX.orgHeads.containsKey(last) && end - b >= 2 ? "org.head" : "org.embed";
        EntityDraft d = draft("org:" + key(joined(b, end)), kind, rule);
        mention(d, b, end, b, end, rule);
      }
    }

    // ------------------------------------------------------------ pass 4: acronyms

    void acronymPass() {
      Map<String, EntityDraft> acronyms = new LinkedHashMap<>();
      for (int i = 1; i + 2 < n; i++) {
        if (!tx(i).equals("(") || !tx(i + 2).equals(")") || !isAcronym(tx(i + 1))) {
          continue;
        }
        String acr = tx(i + 1);
        int first = sentence(i).firstToken();
        EntityDraft d = null;
        if (owner[i - 1] != null && owner[i - 1] != PLACEHOLDER) {
          d = owner[i - 1];
          if (d.kind.type() != org.newsgraph.extract.EntityType.ORGANISATION) {
            continue;
          }
        } else {
          int b = longFormStart(i, first, acr);
          if (b < 0) {
            continue;
          }
          String head = tx(b);
          if (LEX.roleWords.containsKey(head.toLowerCase(Locale.ROOT))) {
            continue; // "Director of Public Prosecutions (DPP)" is a post, not a body
          }
          String last = tx(i - 1);
          EntityKind kind = LEX.orgHeads.getOrDefault(last, EntityKind.Organisation);
          d = draft("org:" + key(joined(b, i)), kind, "org.acronym");
          mention(d, b, i, b, i, "org.acronym");
        }
        if (owner[i + 1] == null) {
          owner[i + 1] = d;
          d.add(new EntityDraft.NameMention(evidence(i + 1, i + 2, "org.acronym"), acr, 1, i + 1));
        }
        acronyms.put(acr, d);
      }
      if (acronyms.isEmpty()) {
        return;
      }
      for (int i = 0; i < n; i++) {
        EntityDraft d = owner[i] == null ? acronyms.get(tx(i)) : null;
        if (d != null) {
          mention(d, i, i + 1, i, i + 1, "org.acronym");
        }
      }
    }

    boolean isAcronym(String s) {
      if (s.length() < 2 || s.length() > 6) {
        return false;
      }
      for (int k = 0; k < s.length(); k++) {
        if (!Character.isUpperCase(s.charAt(k))) {
          return false;
        }
      }
      return true;
    }

    /** The start of the title-case words before {@code paren} whose initials spell {@code acr}. */
    int longFormStart(int paren, int limit, String acr) {
      StringBuilder initials = new StringBuilder();
      for (int b = paren - 1; b >= limit && paren - b <= 10; b--) {
        if (owner[b] != null) {
          return -1;
        }
        String w = tx(b);
        if (cap(b)) {
          initials.insert(0, w.charAt(0));
          if (initials.toString().equals(acr)) {
            return b;
          }
        } else if (!CONNECTORS.contains(w) && !w.equals("and")) {
          return -1;
        }
      }
      return -1;
    }

    // ------------------------------------------------------------ pass 5: lists of organisations

    void listPass() {
      for (Sentence s : at.sentences()) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
          EntityKind kind = LEX.listCues.get(tx(i));
          if (kind != null && !titleLine[i]) {
            orgList(i + 1, s.endToken(), kind);
          }
        }
      }
    }

    void orgList(int from, int limit, EntityKind kind) {
      int i = from;
      int skipped = 0;
      while (i < limit && skipped < 4 && !cap(i)) {
        String w = tx(i);
        // "were proscribed by the Governance and Legal Unit": the agent, not a list.
        if (w.equals(".") || w.equals(";") || w.equals("(") || isQuote(i) || w.equals("by")) {
          return;
        }
        i++;
        skipped++;
      }
      List<int[]> items = new ArrayList<>();
      while (i < limit) {
        if (tx(i).equals("the") || tx(i).equals("The")) {
          i++;
          continue;
        }
        int b = i;
        int e;
        if (owner[i] != null) {
          EntityDraft d = owner[i];
          e = i;
          while (e < limit && owner[e] == d) {
            e++;
          }
        } else if (cap(i)) {
          e = i + 1;
          while (e < limit && owner[e] == null) {
            if (cap(e)) {
              e++;
            } else if (connectorRun(e, limit) > e) {
              e = connectorRun(e, limit);
            } else {
              break;
            }
          }
        } else {
          break;
        }
        items.add(new int[] {b, e});
        int k = e;
        boolean sep = false;
        while (k < limit
            && (tx(k).equals(",")
                || tx(k).equals("and")
                || tx(k).equals("&")
                || tx(k).equals("or"))) {
          k++;
          sep = true;
        }
        if (!sep) {
          break;
        }
        i = k;
      }
      if (items.size() < 2) {
        return;
      }
      for (int[] it : items) {
        if (owner[it[0]] != null) {
          continue;
        }
        String name = joined(it[0], it[1]);
        if (LEX.nonNames.contains(tx(it[0])) && it[1] - it[0] == 1
            || LEX.givenNames.contains(tx(it[0])) && it[1] - it[0] >= 2) {
          continue;
        }
        EntityDraft d = draft("org:" + key(name), kind, "org.list");
        mention(d, it[0], it[1], it[0], it[1], "org.list");
      }
    }

    // ------------------------------------------------------------ pass 6: title-case chunks

    void chunkPass() {
      for (Sentence s : at.sentences()) {
        int i = s.firstToken();
        int end = s.endToken();
        while (i < end) {
          if (owner[i] != null || !(cap(i) || LEX.honorifics.contains(tx(i)))) {
            i++;
            continue;
          }
          int j = i;
          int last = i;
          while (j < end && owner[j] == null) {
            if (cap(j) || LEX.honorifics.contains(tx(j))) {
              last = j;
              j++;
            } else if (pluralPossessiveInName(j, end)) {
              j++;
            } else if (connectorRun(j, end) > j) {
              j = connectorRun(j, end);
            } else {
              break;
            }
          }
          chunk(i, last + 1);
          i = last + 1;
        }
      }
    }

    /**
     * Whether the apostrophe at {@code j} is a plural possessive inside an organisation's name:
     * "Workers' Alliance", "Allied Workers' Union". Only when the title-case run after it ends
     * in an organisation head, so that "Jones' Labour colleagues" stays two names.
     */
    boolean pluralPossessiveInName(int j, int end) {
      if (j == 0 || j + 1 >= end || !isQuote(j) || "'’".indexOf(tx(j).charAt(0)) < 0) {
        return false;
      }
      String before = tx(j - 1);
      if (!cap(j - 1) || !before.endsWith("s") || tok(j - 1).end() != tok(j).begin()) {
        return false;
      }
      int k = j + 1;
      while (k < end && owner[k] == null && cap(k)) {
        k++;
      }
      return k > j + 1 && LEX.orgHeads.containsKey(tx(k - 1));
    }

    /** Splits a chunk at its connectors unless it is one organisation name. */
    void chunk(int b, int e) {
      // Name particles ("von der", "de la") keep a person's name whole; English connectors
      // ("Victim of the Witchhunt") split the chunk unless it names an organisation.
      boolean hasConnector = false;
      for (int k = b; k < e; k++) {
        if (ENGLISH_CONNECTORS.contains(tx(k))) {
          hasConnector = true;
        }
      }
      if (hasConnector && !LEX.orgHeads.containsKey(tx(e - 1)) && !LEX.partyNames.contains(tx(b))) {
        int sb = b;
        for (int k = b; k <= e; k++) {
          if (k == e || ENGLISH_CONNECTORS.contains(tx(k))) {
            if (k > sb) {
              name(sb, k);
            }
            sb = k + 1;
          }
        }
        return;
      }
      name(b, e);
    }

    /** Types one title-case name by its cues. */
    void name(int b, int e) {
      int p = b;
      // A sentence-initial common word ("Reports", "Veteran") is not part of a name; nor is
      // one opening a quotation.
      if ((sentenceInitial(p) || quotationInitial(p))
          && !LEX.givenNames.contains(tx(p))
          && !LEX.honorifics.contains(tx(p))
          && isCommonWord(tx(p))) {
        p++;
      }
      if (p < e && (tx(p).equals("The") || tx(p).equals("the")) && e - p > 1) {
        p++;
      }
      int p0 = p;
      int honorific = -1;
      boolean roleCue = false;
      int roleFrom = -1;
      while (p < e) {
        String w = tx(p);
        String lw = w.toLowerCase(Locale.ROOT);
        if (LEX.honorifics.contains(w) && p + 1 < e) {
          honorific = p;
          p++;
        } else if (p + 1 < e && isRoleWord(lw)) {
          if (roleFrom < 0) {
            roleFrom = p;
          }
          roleCue |= !"modifier".equals(LEX.roleWords.get(lw));
          p++;
        } else if (p + 1 < e && (LEX.nonNames.contains(w) || LEX.adjectives.contains(lw))) {
          p++;
        } else {
          break;
        }
      }
      if (roleCue || roleFrom >= 0) {
        roleCue = roleCue || honorific >= 0;
      }
      boolean strippedToOne = p > p0 && e - p == 1 && honorific < 0 && roleFrom < 0;
      int q = e;
      boolean postRole = false;
      while (q > p && POST_ROLES.contains(tx(q - 1))) {
        q--;
        postRole = true;
      }
      if (q <= p) {
        return;
      }
      String lastWord = tx(q - 1);
      if (titleLine[p] && honorific < 0 && !LEX.givenNames.contains(tx(p)) && !byline(p, q)) {
        return;
      }
      // Organisations by their head word, or named after a party.
      // "Northern Dockers Union": place words stay in an organisation's name.
      int op = honorific < 0 && roleFrom < 0 ? p0 : p;
      if (honorific < 0
          && !roleCue
          && q - op >= 2
          && LEX.orgHeads.containsKey(lastWord)
          && !LEX.givenNames.contains(tx(op))) {
        EntityDraft d = draft("org:" + key(joined(op, q)), LEX.orgHeads.get(lastWord), "org.head");
        mention(d, op, q, op, q, "org.head");
        return;
      }
      // "Parliamentary speaker", "Greek finance minister": a modifier of the role that follows.
      if (honorific < 0
          && q == e
          && e < sentence(b).endToken()
          && q - p == 1
          && LEX.roleWords.containsKey(tx(e))
          && !NOUN_HEADS.containsKey(tx(e))
          && !LEX.partyNames.contains(tx(p))) {
        return;
      }
      if (honorific < 0 && q - p >= 2 && LEX.partyNames.contains(tx(p))) {
        EntityDraft d = draft("org:" + key(joined(p, q)), EntityKind.Faction, "org.party-prefix");
        mention(d, p, q, p, q, "org.party-prefix");
        return;
      }
      // "the Syriza party", "the Wikileaks organisation": a lower-case head noun after the name.
      if (honorific < 0
          && !roleCue
          && q == e
          && e < sentence(b).endToken()
          && NOUN_HEADS.containsKey(tx(e))
          && !LEX.givenNames.contains(tx(op))) {
        EntityDraft d = draft("org:" + key(joined(op, q)), NOUN_HEADS.get(tx(e)), "org.noun");
        mention(d, op, q, op, q, "org.noun");
        return;
      }
      if (strippedToOne) {
        return; // "Socialist Appeal" without its first word is nobody
      }
      // "Hang Nelson Mandela": a given name inside the chunk starts the name.
      if (honorific < 0 && !roleCue && !LEX.givenNames.contains(tx(p))) {
        for (int k = p + 1; k < q - 1; k++) {
          if (LEX.givenNames.contains(tx(k))) {
            p = k;
            break;
          }
        }
      }
      boolean allNon = true;
      for (int k = p; k < q; k++) {
        if (!LEX.nonNames.contains(tx(k))
            && !LEX.roleWords.containsKey(tx(k).toLowerCase(Locale.ROOT))) {
          allNon = false;
        }
      }
      if (allNon || q - p > 4) {
        return;
      }
      int mb = honorific >= 0 && honorific == p - 1 ? honorific : p;
      PersonCandidate c = new PersonCandidate(mb, q, p, q, null);
      leftContext(c);
      rightContext(c);
      String rule;
      if (honorific >= 0 && honorific == p - 1) {
        rule = "person.honorific";
      } else if (roleCue || postRole || c.roleCue) {
        rule = "person.role";
      } else if (LEX.givenNames.contains(tx(p)) && q - p >= 2) {
        rule = "person.given";
      } else if (c.ageCue) {
        rule = "person.age";
      } else if (speechCue(p, q)) {
        rule = "person.speech";
      } else if (byline(mb, q)) {
        rule = "person.byline";
      } else {
        if (q - p >= 2 && q - p <= 3 && !titleLine[p] && !sentenceInitial(p)) {
          c.rule = "person.surname";
          weak.add(c); // a person if its surname is a person's elsewhere in the article
        }
        return;
      }
      // One word that names a kind of organisation ("the Board said") is nobody's name.
      if (q - p == 1
          && (LEX.nonNames.contains(tx(p)) || isCommonWord(tx(p)) || LEX.orgHeads.containsKey(tx(p)))
          && !rule.equals("person.honorific")) {
        return;
      }
      // Headline-like lines ("Help Us Sustain Ad-Free Journalism") only give strong names.
      if (titleLine[p]
          && !rule.equals("person.honorific")
          && !rule.equals("person.given")
          && !rule.equals("person.byline")) {
        return;
      }
      c.rule = rule;
      persons.add(c);
      for (int k = mb; k < q; k++) {
        owner[k] = PLACEHOLDER;
      }
    }

    boolean isRoleWord(String lw) {
      String c = LEX.roleWords.get(lw);
      return c != null && !c.equals("descriptor") && !c.equals("former");
    }

    /** A word also printed in lower case in this article, or a word no name is made of. */
    boolean isCommonWord(String w) {
      String lw = w.toLowerCase(Locale.ROOT);
      return lowerWords.contains(lw)
          || LEX.nonNames.contains(w)
          || LEX.roleWords.containsKey(lw)
          || LEX.adjectives.contains(lw)
          || w.length() <= 2 && !isAcronym(w);
    }

    boolean speechCue(int b, int e) {
      if (e < n && LEX.speechVerbs.contains(tx(e)) && sentenceOf[e] == sentenceOf[b]) {
        // "Local officers in Bournemouth said": the speaker is the phrase the name ends. "A
        // member of the GLU said", "the GLU said": a name after "the" is no person's.
        int k = b - 1;
        if (k >= 0 && sentenceOf[k] == sentenceOf[b] && tx(k).equalsIgnoreCase("the")) {
          return false;
        }
        return k < 0 || sentenceOf[k] != sentenceOf[b] || !LEX.preposition(tx(k));
      }
      if (b > 0 && LEX.speechVerbs.contains(tx(b - 1)) && sentenceOf[b - 1] == sentenceOf[b]) {
        return e >= n || sentenceOf[e] != sentenceOf[b] || !Character.isLetter(tx(e).charAt(0));
      }
      return false;
    }

    /** Roles, occupations and descriptors printed right before the name. */
    void leftContext(PersonCandidate c) {
      int first = sentence(c.nameBegin).firstToken();
      int k = c.begin - 1;
      int l = c.begin;
      while (k >= first) {
        String w = tx(k);
        String lw = w.toLowerCase(Locale.ROOT);
        if (lw.startsWith("ex-")) {
          lw = lw.substring(3);
        }
        if (LEX.roleWords.containsKey(lw)
            || LEX.adjectives.contains(lw)
            || (owner[k] == null && cap(k) && LEX.nonNames.contains(w) && l < c.begin)
            || (owner[k] != null
                && owner[k] != PLACEHOLDER
                && owner[k].kind.type() == org.newsgraph.extract.EntityType.ORGANISATION)) {
          l = k;
          k--;
        } else if (ageWord(w) > 0) {
          c.age(this, k);
          l = k;
          k--;
        } else if ((w.equals(",") || w.equals("and"))
            && k - 1 >= first
            && (k == c.begin - 1 || w.equals("and") || l < c.begin)
            && LEX.roleWords.containsKey(tx(k - 1).toLowerCase(Locale.ROOT))) {
          if (l == c.begin && w.equals(",")) {
            l = k; // "secretary, John McDonnell"
          }
          k--;
        } else {
          break;
        }
      }
      if (l < c.begin) {
        while (l < c.begin && (tx(l).equals(",") || tx(l).equals("and"))) {
          l++;
        }
        int e = c.begin;
        while (e > l && tx(e - 1).equals(",")) {
          e--;
        }
        if (e > l) {
          c.addPhrase(this, l, e);
        }
      }
    }

    /** "Loach, 85," and "Loach, 85, a lifelong socialist," and "Loach, director of X,". */
    void rightContext(PersonCandidate c) {
      int k = c.end;
      int limit = sentence(c.nameBegin).endToken();
      if (k + 2 < limit
          && tx(k).equals(",")
          && isAge(tx(k + 1))
          && (tx(k + 2).equals(",") || tx(k + 2).equals(".") || tx(k + 2).equals(")"))) {
        c.age(this, k + 1);
        k += 2;
      }
      if (k + 1 < limit && tx(k).equals(",")) {
        int b = k + 1;
        if (b < limit && (tx(b).equals("a") || tx(b).equals("an") || tx(b).equals("the"))) {
          b++;
        }
        int e = b;
        while (e < limit
            && (LEX.roleWords.containsKey(tx(e).toLowerCase(Locale.ROOT))
                || LEX.adjectives.contains(tx(e).toLowerCase(Locale.ROOT)))) {
          e++;
        }
        boolean directorOf =
            e < limit && tx(e).equals("of") && e > b && "director".equalsIgnoreCase(tx(e - 1));
        if (e > b && e < limit && (tx(e).equals(",") || directorOf)) {
          c.addPhrase(this, b, e);
          if (directorOf && e + 1 < limit) {
            c.directorOf = e + 1;
            int tb = e + 1;
            if (owner[tb] == null && (cap(tb) || isTitleI(tb, limit))) {
              // "Loach, director of I, Daniel Blake,": the title runs to the next comma.
              int te = isTitleI(tb, limit) ? tb + 3 : tb + 1;
              while (te < limit
                  && owner[te] == null
                  && (cap(te) || (TITLE_WORDS.contains(tx(te)) && te + 1 < limit && cap(te + 1)))) {
                te++;
              }
              addWork(tb, te, EntityKind.Film, "work.director-of", e);
            }
          }
        }
      }
    }

    int ageWord(String w) {
      int dash = w.indexOf("-year-old");
      if (dash <= 0 || dash > 3) {
        return -1;
      }
      String num = w.substring(0, dash);
      return isAge(num) ? Integer.parseInt(num) : -1;
    }

    boolean isAge(String s) {
      if (s.isEmpty() || s.length() > 3) {
        return false;
      }
      for (int k = 0; k < s.length(); k++) {
        if (!Character.isDigit(s.charAt(k))) {
          return false;
        }
      }
      int a = Integer.parseInt(s);
      return a >= 1 && a <= 120;
    }

    TimeValue reference() {
      if (ctx.referenceDate() == null) {
        return null;
      }
      return TimeValue.day(
          ctx.referenceDate(), ctx.referenceInferred() ? 0.6 : 0.9, "age.reference-date");
    }

    // ------------------------------------------------------------ persons: grouping

    /** "By Hattie Crosland" alone on a line: the author's byline. */
    boolean byline(int b, int e) {
      return b > 0
          && tx(b - 1).equals("By")
          && sentenceInitial(b - 1)
          && e - b >= 2
          && e - b <= 3
          && (e >= n || sentenceOf[e] != sentenceOf[b] || !Character.isLetter(tx(e).charAt(0)));
    }

    void resolvePersons() {
      Set<String> surnames = new HashSet<>();
      for (PersonCandidate c : persons) {
        surnames.add(tx(c.nameEnd - 1));
      }
      for (PersonCandidate c : weak) {
        if (surnames.contains(tx(c.nameEnd - 1)) && free(c.begin, c.end)) {
          persons.add(c);
        }
      }
      persons.sort(java.util.Comparator.comparingInt(c -> c.begin));
      List<EntityDraft> full = new ArrayList<>();
      // Full names first, then short forms to the nearest full name that contains them.
      for (PersonCandidate c : persons) {
        if (c.nameEnd - c.nameBegin >= 2) {
          String k = "person:" + key(joined(c.nameBegin, c.nameEnd));
          EntityDraft d = byKey.get(k);
          if (d == null) {
            d = draft(k, EntityKind.Person, c.rule);
            full.add(d);
          }
          c.draft = d;
        }
      }
      for (PersonCandidate c : persons) {
        if (c.draft == null) {
          String w = tx(c.nameBegin);
          EntityDraft d = nearestPerson(w, c.begin, full);
          KnownEntry k = LEX.knownPersons.get(w);
          if (d == null && k != null) {
            d = knownPerson(k, c.rule);
          }
          if (d == null) {
            d = draft("person:" + key(w), EntityKind.Person, c.rule);
          }
          c.draft = d;
        }
      }
      for (PersonCandidate c : persons) {
        mention(c.draft, c.begin, c.end, c.nameBegin, c.nameEnd, c.rule);
        for (EntityDraft.PendingAttribute a : c.attributes) {
          c.draft.attributes.add(a);
        }
      }
      for (PersonCandidate c : persons) {
        if (c.directorOf >= 0
            && c.directorOf < n
            && owner[c.directorOf] != null
            && owner[c.directorOf].kind.type() == org.newsgraph.extract.EntityType.WORK) {
          owner[c.directorOf].director = c.draft;
        }
      }
    }

    EntityDraft knownPerson(KnownEntry k, String rule) {
      EntityDraft d = draft("person:" + key(k.canonical()), EntityKind.Person, rule);
      d.canonical = k.canonical();
      return d;
    }

    /** The full-named person whose surname (or given name) is {@code w}, nearest to {@code pos}. */
    EntityDraft nearestPerson(String w, int pos, List<EntityDraft> full) {
      EntityDraft best = null;
      int bestDist = Integer.MAX_VALUE;
      boolean bestSurname = false;
      for (EntityDraft d : full) {
        String[] parts = d.mentions.isEmpty() ? partsOfKey(d) : d.name().split(" ");
        boolean surname = parts[parts.length - 1].equals(w);
        boolean given = parts[0].equals(w);
        if (!surname && !given) {
          continue;
        }
        int dist = distance(d, pos);
        if (best == null
            || (surname && !bestSurname)
            || (surname == bestSurname && dist < bestDist)) {
          best = d;
          bestDist = dist;
          bestSurname = surname;
        }
      }
      return best;
    }

    String[] partsOfKey(EntityDraft d) {
      for (PersonCandidate c : persons) {
        if (c.draft == d) {
          String[] out = new String[c.nameEnd - c.nameBegin];
          for (int k = 0; k < out.length; k++) {
            out[k] = tx(c.nameBegin + k);
          }
          return out;
        }
      }
      return new String[] {""};
    }

    /** Token distance to the nearest candidate of {@code d}, preferring earlier ones. */
    int distance(EntityDraft d, int pos) {
      int best = Integer.MAX_VALUE;
      for (PersonCandidate c : persons) {
        if (c.draft == d) {
          int dist = c.begin <= pos ? pos - c.begin : (c.begin - pos) * 4;
          best = Math.min(best, dist);
        }
      }
      for (EntityDraft.NameMention m : d.mentions) {
        int dist = m.firstToken() <= pos ? pos - m.firstToken() : (m.firstToken() - pos) * 4;
        best = Math.min(best, dist);
      }
      return best;
    }

    // ------------------------------------------------------------ pass 7: further occurrences

    /** Every further occurrence of a name already found, headlines included. */
    void repeatPass() {
      Map<String, List<Form>> byFirst = new HashMap<>();
      for (EntityDraft d : drafts) {
        Set<String> seen = new HashSet<>();
        for (EntityDraft.NameMention m : List.copyOf(d.mentions)) {
          addForm(byFirst, d, m.name(), seen);
          if (d.kind == EntityKind.Person) {
            String[] parts = m.name().split(" ");
            if (parts.length >= 2) {
              addForm(byFirst, d, parts[parts.length - 1], seen);
              addForm(byFirst, d, parts[0], seen);
            }
          }
        }
      }
      for (Form f : KNOWN_PERSON_FORMS) {
        if (!byFirst.containsKey(f.words[0]) || f.words.length > 1) {
          byFirst.computeIfAbsent(f.words[0], x -> new ArrayList<>()).add(f);
        }
      }
      for (int i = 0; i < n; i++) {
        if (owner[i] != null || !cap(i)) {
          continue;
        }
        List<Form> forms = byFirst.get(tx(i));
        if (forms == null) {
          continue;
        }
        Form best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Form f : forms) {
          int len = f.words.length;
          if (i + len > n || !free(i, i + len) || (best != null && len < best.words.length)) {
            continue;
          }
          boolean ok = true;
          for (int k = 1; k < len && ok; k++) {
            ok = tx(i + k).equals(f.words[k]);
          }
          // A lone given name or surname must not be glued to more title-case words.
          if (ok
              && len == 1
              && f.kind() == EntityKind.Person
              && i + 1 < n
              && cap(i + 1)
              && owner[i + 1] == null
              && !titleLine[i]) {
            ok = false;
          }
          if (!ok) {
            continue;
          }
          // Names found in this article beat the lexicon of known people.
          int dist = f.draft == null ? Integer.MAX_VALUE - 1 : distance(f.draft, i);
          if (best == null || len > best.words.length || dist < bestDist) {
            best = f;
            bestDist = dist;
          }
        }
        if (best != null) {
          int e = i + best.words.length;
          int b = i;
          if (i > 0 && owner[i - 1] == null && LEX.honorifics.contains(tx(i - 1))) {
            b = i - 1;
          }
          EntityDraft d = best.draft;
          String rule =
              d != null && d.kind == EntityKind.Person && best.words.length == 1
                  ? "person.coref"
                  : "name.repeat";
          if (d == null) {
            d = knownPerson(best.known, "person.lexicon");
            rule = "person.lexicon";
          }
          mention(d, b, e, i, e, rule);
          i = e - 1;
        }
      }
    }

    void addForm(Map<String, List<Form>> byFirst, EntityDraft d, String name, Set<String> seen) {
      if (name.isEmpty() || !seen.add(name) || !Character.isUpperCase(name.charAt(0))) {
        return;
      }
      String[] words = splitLikeTokens(name);
      if (words.length == 1
          && (LEX.nonNames.contains(name) || isCommonWord(name))
          && d.kind == EntityKind.Person) {
        return;
      }
      byFirst.computeIfAbsent(words[0], x -> new ArrayList<>()).add(new Form(d, words, null));
    }

    static String[] splitLikeTokens(String name) {
      AnalysedText t = ANALYSER.analyse(name);
      String[] out = new String[t.tokens().size()];
      for (int k = 0; k < out.length; k++) {
        out[k] = t.tokens().get(k).text();
      }
      return out;
    }

    /** "KL" after a quotation: the initials of a person named in the article. */
    void initialsPass() {
      Map<String, EntityDraft> initials = new HashMap<>();
      for (EntityDraft d : drafts) {
        if (d.kind != EntityKind.Person) {
          continue;
        }
        String[] parts = d.name().split(" ");
        if (parts.length < 2 || parts.length > 3) {
          continue;
        }
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
          b.append(p.charAt(0));
        }
        initials.merge(b.toString(), d, (x, y) -> PLACEHOLDER);
      }
      for (int i = 1; i < n; i++) {
        EntityDraft d = initials.get(tx(i));
        if (d == null || d == PLACEHOLDER || owner[i] != null || !isAcronym(tx(i))) {
          continue;
        }
        boolean afterQuote = isQuote(i - 1) || tx(i - 1).equals("—") || tx(i - 1).equals("-");
        boolean lineEnd = i + 1 >= n || tok(i + 1).begin() > lineEndOf(i);
        if (afterQuote && lineEnd) {
          mention(d, i, i + 1, i, i + 1, "person.initials");
        }
      }
    }

    int lineEndOf(int i) {
      int nl = text.indexOf('\n', tok(i).end());
      return nl < 0 ? text.length() : nl;
    }

    // ------------------------------------------------------------ directors

    void directorPass() {
      Map<String, EntityDraft> personByName = new HashMap<>();
      for (EntityDraft d : drafts) {
        if (d.kind == EntityKind.Person) {
          personByName.putIfAbsent(d.name(), d);
        }
      }
      for (EntityDraft d : drafts) {
        if (d.kind.type() == org.newsgraph.extract.EntityType.WORK
            && d.director == null
            && d.directorName != null) {
          d.director = personByName.get(d.directorName);
        }
      }
      for (int[] w : cuedWorks) {
        EntityDraft work = owner[w[0]];
        if (work == null || work.director != null) {
          continue;
        }
        work.director = directorNear(w[1]);
      }
    }

    /**
     * The person whose films a cue introduces: "Loach's films", "X ... films such as", "his films"
     * (the last person named before).
     */
    EntityDraft directorNear(int cue) {
      Sentence s = sentence(cue);
      if (NAMING_VERBS.contains(tx(cue))) {
        return null; // "titled", "called": nothing says whose work it is
      }
      // "Loach's last two films": a possessive, then only lower-case words, before the cue.
      for (int k = cue - 1; k > s.firstToken() && k >= cue - 4; k--) {
        if ((tx(k).equals("'s") || tx(k).equals("’s")) && isPerson(owner[k - 1])) {
          return owner[k - 1];
        }
        if (!Character.isLowerCase(tx(k).charAt(0)) && !Character.isDigit(tx(k).charAt(0))) {
          break;
        }
      }
      // The subject of the sentence: "Loach, 85, is best remembered for ... films, notably".
      for (int k = s.firstToken(); k < cue && k < s.firstToken() + 3; k++) {
        if (isPerson(owner[k])) {
          return owner[k];
        }
      }
      boolean pronoun = false;
      for (int k = Math.max(s.firstToken(), cue - 6); k < cue; k++) {
        String w = tx(k).toLowerCase(Locale.ROOT);
        pronoun |=
            w.equals("his")
                || w.equals("her")
                || w.equals("their")
                || w.equals("man")
                || w.equals("woman")
                || w.equals("director")
                || w.equals("filmmaker");
      }
      if (!pronoun) {
        return null;
      }
      for (int k = s.firstToken() - 1; k >= 0 && sentenceOf[k] >= sentenceOf[cue] - 3; k--) {
        if (isPerson(owner[k])) {
          return owner[k];
        }
      }
      return null;
    }

    static boolean isPerson(EntityDraft d) {
      return d != null && d != PLACEHOLDER && d.kind == EntityKind.Person;
    }

    // ------------------------------------------------------------ output

    List<LocalEntity> output() {
      List<EntityDraft> live = new ArrayList<>();
      for (EntityDraft d : drafts) {
        if (!d.mentions.isEmpty()) {
          live.add(d);
        }
      }
      live.sort(Comparator.comparingInt(EntityDraft::firstBegin));
      Map<EntityDraft, String> ids = new HashMap<>();
      for (int k = 0; k < live.size(); k++) {
        ids.put(live.get(k), "e" + (k + 1));
      }
      List<LocalEntity> out = new ArrayList<>(live.size());
      for (EntityDraft d : live) {
        List<EntityDraft.NameMention> ms = new ArrayList<>(d.mentions);
        ms.sort(Comparator.comparing(m -> m.evidence().span()));
        List<Mention> mentions = new ArrayList<>(ms.size());
        Span prev = null;
        for (EntityDraft.NameMention m : ms) {
          if (!m.evidence().span().equals(prev)) {
            mentions.add(Mention.name(m.evidence()));
            prev = m.evidence().span();
          }
        }
        List<Attribute> attrs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (EntityDraft.PendingAttribute a : d.attributes) {
          if (seen.add(a.property() + "\u0000" + a.value().toLowerCase(Locale.ROOT))) {
            TimeValue at = a.property().equals("age") ? reference() : null;
            attrs.add(
                new Attribute(
                    a.property(),
                    a.value(),
                    a.organisation() == null ? null : ids.get(a.organisation()),
                    at,
                    a.former(),
                    a.evidence()));
          }
        }
        String director = d.director == null ? null : ids.get(d.director);
        out.add(
            new LocalEntity(ids.get(d), d.kind, d.name(), mentions, d.confidence, attrs, director));
      }
      return out;
    }
  }

  private static final org.newsgraph.nlp.NewsTextAnalyser ANALYSER =
      new org.newsgraph.nlp.NewsTextAnalyser();

  /** A name form to look for; {@code draft} is null for a known person not yet seen. */
  private record Form(EntityDraft draft, String[] words, KnownEntry known) {
    EntityKind kind() {
      return draft == null ? EntityKind.Person : draft.kind;
    }
  }

  /** The known people's names as token sequences, in a fixed order (sorted by form). */
  private static final List<Form> KNOWN_PERSON_FORMS = knownPersonForms();

  private static List<Form> knownPersonForms() {
    List<Form> out = new ArrayList<>();
    for (String name : new java.util.TreeSet<>(LEX.knownPersons.keySet())) {
      out.add(new Form(null, Run.splitLikeTokens(name), LEX.knownPersons.get(name)));
    }
    return List.copyOf(out);
  }

  /** Marks tokens a person candidate holds before persons are grouped into entities. */
  private static final EntityDraft PLACEHOLDER = new EntityDraft(EntityKind.Person, 0);

  /** A person name found in one place, before coreference groups it with the others. */
  private static final class PersonCandidate {
    final int begin;
    final int end;
    final int nameBegin;
    final int nameEnd;
    String rule;
    boolean roleCue;
    boolean ageCue;
    int directorOf = -1;
    EntityDraft draft;
    final List<EntityDraft.PendingAttribute> attributes = new ArrayList<>();

    PersonCandidate(int begin, int end, int nameBegin, int nameEnd, String rule) {
      this.begin = begin;
      this.end = end;
      this.nameBegin = nameBegin;
      this.nameEnd = nameEnd;
      this.rule = rule;
    }

    void age(Run r, int k) {
      String w = r.tx(k);
      int a = r.ageWord(w);
      String v = a > 0 ? Integer.toString(a) : w;
      ageCue = true;
      attributes.add(
          new EntityDraft.PendingAttribute(
              "age", v, null, false, r.evidence(k, k + 1, "person.age")));
    }

    /** Reads a role phrase: "former Labour leader", "left-wing filmmaker", "shadow chancellor". */
    void addPhrase(Run r, int b, int e) {
      boolean former = false;
      EntityDraft org = null;
      int adj = -1;
      int mod = -1;
      for (int k = b; k < e; k++) {
        String lw = r.tx(k).toLowerCase(Locale.ROOT);
        boolean ex = lw.startsWith("ex-");
        if (ex) {
          lw = lw.substring(3);
          former = true;
        }
        EntityDraft o = r.owner[k];
        String cls = LEX.roleWords.get(lw);
        if (o != null && o != PLACEHOLDER) {
          org = o;
        } else if ("former".equals(cls)) {
          former = true;
        } else if ("role".equals(cls)) {
          roleCue = true;
          int from = mod >= 0 ? mod : k;
          attributes.add(
              new EntityDraft.PendingAttribute(
                  "role", value(r, from, k + 1, ex), org, former, r.evidence(b, e, "person.role")));
          mod = -1;
          adj = -1;
        } else if ("modifier".equals(cls)) {
          if (mod < 0) {
            mod = k;
          }
        } else if ("occupation".equals(cls) || "descriptor".equals(cls)) {
          roleCue |= "occupation".equals(cls);
          String prop = "occupation".equals(cls) ? "occupation" : "descriptor";
          if (prop.equals("occupation")) {
            attributes.add(
                new EntityDraft.PendingAttribute(
                    "occupation",
                    value(r, k, k + 1, ex),
                    null,
                    former,
                    r.evidence(b, e, "person.role")));
          }
          if (adj >= 0 || prop.equals("descriptor")) {
            int from = adj >= 0 ? adj : k;
            attributes.add(
                new EntityDraft.PendingAttribute(
                    "descriptor",
                    value(r, from, k + 1, false),
                    null,
                    false,
                    r.evidence(b, e, "person.role")));
            roleCue |= adj >= 0 || prop.equals("descriptor");
          }
          adj = -1;
          mod = -1;
        } else if (LEX.adjectives.contains(lw)) {
          if (adj < 0) {
            adj = k;
          }
        } else {
          adj = -1;
          mod = -1;
        }
      }
    }

    static String normaliseSpace(String s) {
      StringBuilder b = new StringBuilder(s.length());
      boolean space = false;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c)) {
          space = b.length() > 0;
        } else {
          if (space) {
            b.append(' ');
            space = false;
          }
          b.append(c);
        }
      }
      return b.toString();
    }

    static String value(Run r, int b, int e, boolean stripEx) {
      String v = normaliseSpace(r.joined(b, e).toLowerCase(Locale.ROOT));
      return stripEx && v.startsWith("ex-") ? v.substring(3) : v;
    }
  }
}
