package org.newsgraph.extract.quote;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.extract.EntityIndex;
import org.newsgraph.extract.EntityIndex.Located;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.ExtractionContext;
import org.newsgraph.extract.LocalEntity;
import org.newsgraph.extract.StatementFact;
import org.newsgraph.extract.time.TimeValue;
import org.newsgraph.nlp.Offsets;
import org.newsgraph.nlp.Span;

/**
 * Attribution of one article's quotations: who said each, by which rule, where and when. One
 * instance per article; it walks the paragraphs and sentences in order, keeping the salience
 * state (the last person and organisation mentioned as a subject, the last quote of a run)
 * that pronouns, descriptions and runs of quotes resolve against.
 *
 * <p>Quotations are opaque tokens here: a name inside a quote is never a speaker, and the
 * words around quotes are read like a sentence with holes.
 */
final class QuoteAttributor {

  /** A quotation with its attribution, ready to become a {@link StatementFact}. */
  record Attributed(QuotedSpan quote, Attribution attribution) {
    StatementFact toFact(String text) {
      Attribution a = attribution;
      Span s = quote.inner();
      return new StatementFact(
          a.speakerId(),
          a.role(),
          QuoteStatementExtractor.normalise(s.of(text)),
          true,
          a.date(),
          a.medium(),
          Evidence.of(text, s, a.rule(), a.confidence()));
    }
  }

  /**
   * Who said a quote. {@code speakerId == null} marks a quote whose attribution pattern was
   * found but whose speaker could not be identified: it is dropped, and it stops a run.
   */
  record Attribution(
      String speakerId,
      EntityType speakerType,
      String rule,
      double confidence,
      String role,
      String medium,
      TimeValue date) {

    static final Attribution UNRESOLVED = new Attribution(null, null, null, 0, null, null, null);

    boolean resolved() {
      return speakerId != null;
    }

    Attribution withRule(String r, double c) {
      return new Attribution(speakerId, speakerType, r, c, role, medium, date);
    }

    Attribution withMediumDate(String m, TimeValue d) {
      return new Attribution(
          speakerId, speakerType, rule, confidence, role, medium != null ? medium : m,
          date != null ? date : d);
    }
  }

  /** How a subject region named its speaker. */
  private enum How {
    NAME,
    PRONOUN,
    DESCRIPTION,
    ORG_VOICE
  }

  /** A resolved subject; {@code entity == null} with a non-null how is "unresolvable". */
  private record Subject(LocalEntity entity, How how) {
    static final Subject UNRESOLVED = new Subject(null, null);
  }

  private static final String[] TERMINATORS = {".", "!", "?"};

  private final QuoteLexicon lex;
  private final ExtractionContext ctx;
  private final EntityIndex index;
  private final String text;
  private final List<Span> paragraphs;
  private final List<QuotedSpan> quotes;
  private final List<List<Tok>> tokens = new ArrayList<>();
  private final List<List<int[]>> sentences = new ArrayList<>();
  private final List<Located> mentions = new ArrayList<>();
  private final int[] mentionBegins;
  /** Per token list (by identity), the last speech verb at or before each token. */
  private final Map<List<Tok>, int[]> lastVerbs = new IdentityHashMap<>();
  private final int[] quoteBegins;
  private final int[] quoteEnds;
  private final Map<Integer, Attribution> groupHeads = new HashMap<>();
  private final EmbedLine[] embeds;

  private LocalEntity lastPerson;
  private LocalEntity lastOrg;
  private Attribution lastRun;
  private int lastRunParagraph = -10;
  private boolean narrativeSinceRun = true;

  QuoteAttributor(QuoteLexicon lex, ExtractionContext ctx, EntityIndex index) {
    this.lex = lex;
    this.ctx = ctx;
    this.index = index;
    this.text = ctx.text().text();
    this.paragraphs = ctx.text().paragraphs();
    this.quotes = QuoteFinder.find(text, paragraphs);
    this.quoteBegins = new int[quotes.size()];
    this.quoteEnds = new int[quotes.size()];
    for (int i = 0; i < quotes.size(); i++) {
      quoteBegins[i] = quotes.get(i).outer().begin();
      quoteEnds[i] = quotes.get(i).outer().end();
    }
    for (Located l : index.mentions()) {
      EntityType t = l.entity().type();
      if (t == EntityType.PERSON || t == EntityType.ORGANISATION) {
        mentions.add(l);
      }
    }
    mentionBegins = new int[mentions.size()];
    for (int i = 0; i < mentions.size(); i++) {
      mentionBegins[i] = mentions.get(i).span().begin();
    }
    int q = 0;
    embeds = new EmbedLine[paragraphs.size()];
    for (int p = 0; p < paragraphs.size(); p++) {
      Span para = paragraphs.get(p);
      while (q < quotes.size() && quotes.get(q).outer().begin() < para.begin()) {
        q++;
      }
      List<Tok> toks = Tok.tokenise(text, para.begin(), para.end(), quotes, q);
      tokens.add(toks);
      sentences.add(splitSentences(toks));
      embeds[p] = EmbedLine.parse(text, para);
    }
  }

  /** Attributes every quotation, in text order; returns the ones that become statements. */
  List<Attributed> attributeAll() {
    List<Attributed> out = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      List<Tok> toks = tokens.get(p);
      for (int[] se : sentences.get(p)) {
        boolean runQuote = false;
        for (int k = se[0]; k < se[1]; k++) {
          Tok t = toks.get(k);
          if (!t.isQuote()) {
            continue;
          }
          QuotedSpan q = quotes.get(t.quote());
          if (!q.continuation() && isTitle(toks, k, q)) {
            continue;
          }
          Attribution a = attribute(p, se[0], se[1], k, q);
          if (!q.continuation()) {
            groupHeads.put(q.group(), a == null ? Attribution.UNRESOLVED : a);
          }
          if (a == null) {
            continue;
          }
          if (a.resolved()) {
            a = enrichFromEmbed(p, a);
            noteSubject(index.byId(a.speakerId()));
            if (!a.rule().equals("quote.partial")) {
              runQuote = true;
              lastRun = a;
              lastRunParagraph = p;
              narrativeSinceRun = false;
            }
            if (keep(q)) {
              out.add(new Attributed(q, a));
            }
          } else if (!a.resolved() && !"quote.partial".equals(a.rule())) {
            // A quote we saw an attribution for but could not resolve ends any run.
            runQuote = true;
            lastRun = null;
          }
        }
        if (!runQuote) {
          sentenceSubject(p, se[0], se[1]);
          if (narrativeWords(toks, se[0], se[1]) >= 3) {
            narrativeSinceRun = true;
          }
        }
      }
    }
    return out;
  }

  private boolean keep(QuotedSpan q) {
    if (q.closed() || q.atParagraphStart() || q.continuation()) {
      return QuoteStatementExtractor.wordCount(q.inner().of(text)) >= QuoteStatementExtractor.MIN_WORDS;
    }
    // An unclosed mark in mid-paragraph is a stray mark unless a colon introduced it.
    int i = q.outer().begin() - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= 0
        && text.charAt(i) == ':'
        && QuoteStatementExtractor.wordCount(q.inner().of(text)) >= QuoteStatementExtractor.MIN_WORDS;
  }

  // ---------------------------------------------------------------- the rules, in order

  private Attribution attribute(int p, int s, int e, int k, QuotedSpan q) {
    if (q.continuation()) {
      Attribution head = groupHeads.get(q.group());
      if (head == null || !head.resolved()) {
        return head;
      }
      return head.withRule("quote.run", lex.rule("quote.run").confidence());
    }
    Attribution a = embed(p, k);
    if (a != null) {
      return a;
    }
    a = after(p, s, e, k);
    if (a != null) {
      return a;
    }
    List<Tok> toks = tokens.get(p);
    a = before(p, toks, s, k, sentenceEnd(p, k));
    if (a != null) {
      return a;
    }
    if (onlyPunctuation(toks, s, k)) {
      if (k == 0 && p > 0) {
        List<Tok> prev = tokens.get(p - 1);
        if (!prev.isEmpty() && prev.get(prev.size() - 1).is(":")) {
          List<int[]> ps = sentences.get(p - 1);
          int[] last = ps.get(ps.size() - 1);
          a = before(p - 1, prev, last[0], prev.size() - 1, prev.size());
          if (a != null) {
            return a;
          }
        }
      }
      if (lastRun != null && !narrativeSinceRun && p - lastRunParagraph <= 1) {
        return lastRun.withRule("quote.run", lex.rule("quote.run").confidence());
      }
    }
    return null;
  }

  /** quote.embed: a quote-only paragraph signed with initials or followed by an embed line. */
  private Attribution embed(int p, int k) {
    List<Tok> toks = tokens.get(p);
    if (k != 0) {
      return null;
    }
    int j = 1;
    if (j < toks.size() && (toks.get(j).is("—") || toks.get(j).is("–") || toks.get(j).is("-"))) {
      j++;
    }
    Tok initials = null;
    if (j < toks.size() && isInitials(toks.get(j).text()) && j + 1 >= toks.size()) {
      initials = toks.get(j);
    } else if (toks.size() > 1 && !(toks.size() == 2 && isEndPunct(toks.get(1)))) {
      return null;
    }
    EmbedLine line = p + 1 < paragraphs.size() ? embeds[p + 1] : null;
    if (line == null && initials == null) {
      return null;
    }
    LocalEntity speaker = line != null ? embedSpeaker(line) : null;
    if (speaker == null && initials != null) {
      speaker = byInitials(initials);
    }
    QuoteLexicon.Rule r = lex.rule("quote.embed");
    if (speaker == null) {
      return Attribution.UNRESOLVED.withRule(r.id(), 0);
    }
    TimeValue date =
        line != null && line.date() != null
            ? TimeValue.day(line.date(), lex.rule("quote.date.embed").confidence(), "quote.date.embed")
            : null;
    return new Attribution(
        speaker.id(), speaker.type(), r.id(), r.confidence(), roleOf(speaker), "Twitter", date);
  }

  /** A tweet quoted elsewhere in the paragraph and embedded right after: take its date. */
  private Attribution enrichFromEmbed(int p, Attribution a) {
    if (p + 1 >= paragraphs.size() || embeds[p + 1] == null) {
      return a;
    }
    LocalEntity s = embedSpeaker(embeds[p + 1]);
    if (s == null || !s.id().equals(a.speakerId())) {
      return a;
    }
    LocalDate d = embeds[p + 1].date();
    return a.withMediumDate(
        "Twitter",
        d == null ? null : TimeValue.day(d, lex.rule("quote.date.embed").confidence(), "quote.date.embed"));
  }

  /** quote.said-after / according-to: "…," he said / "…," said X / "…", according to X. */
  private Attribution after(int p, int s, int e, int k) {
    List<Tok> toks = tokens.get(p);
    int n = toks.size();
    int j = k + 1;
    while (j < n && (toks.get(j).is(",") || toks.get(j).is(")"))) {
      j++;
    }
    boolean crossed = false;
    if (j < n && isTerminator(toks.get(j))) {
      crossed = true;
      j++;
    } else if (k + 1 == j && j < n && j >= e) {
      // The quote ended its sentence ("…." Loach said.): the next sentence may be the tag.
      crossed = true;
    }
    int w = j;
    while (w < n && w - j < 12 && !toks.get(w).isQuote() && !isTerminator(toks.get(w))
        && !toks.get(w).is(":")) {
      w++;
    }
    if (w == j) {
      return null;
    }
    boolean endsClause = w >= n || isTerminator(toks.get(w)) || toks.get(w).isQuote();
    if (crossed && (w - j > 8 || !endsClause)) {
      return null;
    }
    if (toks.get(j).is("according") && j + 1 < w && toks.get(j + 1).is("to")) {
      Subject sub = resolvePost(p, j + 2, Math.min(w, j + 8));
      return sub == null ? null : make(p, sub, "quote.according-to", j, w);
    }
    int v = findVerb(toks, j, Math.min(w, j + 10));
    if (v < 0) {
      return null;
    }
    int vlen = verbLength(toks, v);
    Subject sub;
    if (v == j) {
      sub = resolvePost(p, v + vlen, Math.min(w, v + vlen + 8));
      if (sub == null) {
        sub = Subject.UNRESOLVED;
      }
    } else {
      sub = resolveRegion(p, j, v, true);
      if (sub == null) {
        return null;
      }
    }
    return make(p, sub, "quote.said-after", Math.min(s, j), w);
  }

  /**
   * quote.said-colon / quote.partial: a speech verb before the quote in its sentence
   * ({@code X said: "…"}, {@code X claimed the … "…"}); {@code k} is the quote's token index,
   * {@code e} the sentence end (for medium and date cues).
   */
  private Attribution before(int p, List<Tok> toks, int s, int k, int e) {
    if (k <= s) {
      return null;
    }
    if (toks.get(s).is("according") && s + 1 < k && toks.get(s + 1).is("to")) {
      int c = s + 2;
      while (c < k && !toks.get(c).is(",")) {
        c++;
      }
      Subject sub = resolvePost(p, s + 2, c);
      if (sub != null) {
        return make(p, sub, "quote.according-to", s, e);
      }
    }
    int v = lastVerbBefore(toks, k);
    if (v < s) {
      return null;
    }
    // The clause of the verb: after the last quote or semicolon before it.
    int cs = s;
    for (int i = v - 1; i >= s; i--) {
      if (toks.get(i).isQuote() || toks.get(i).is(";")) {
        cs = i + 1;
        break;
      }
    }
    Subject sub = null;
    int skipped = skipIntro(toks, cs, v);
    if (skipped > cs) {
      sub = resolveRegion(p, skipped, firstVerb(toks, skipped, v), false);
    }
    if (sub == null || sub.entity() == null) {
      Subject full = resolveRegion(p, cs, firstVerb(toks, cs, v), false);
      if (full != null && (sub == null || full.entity() != null)) {
        sub = full;
      }
    }
    if (sub == null) {
      sub = Subject.UNRESOLVED;
    }
    int vend = v + verbLength(toks, v);
    boolean adjacent =
        k == vend
            || (k - 1 >= s && (toks.get(k - 1).is(":") || toks.get(k - 1).is(",")))
            || (k - 1 == vend && toks.get(k - 1).is("that"));
    return make(p, sub, adjacent ? "quote.said-colon" : "quote.partial", s, e);
  }

  private Attribution make(int p, Subject sub, String baseRule, int from, int to) {
    if (sub.entity() == null) {
      return Attribution.UNRESOLVED.withRule(baseRule, 0);
    }
    String rule =
        switch (sub.how()) {
          case PRONOUN -> baseRule.equals("quote.partial") ? baseRule : "quote.pronoun";
          case DESCRIPTION -> "quote.description";
          case ORG_VOICE -> "quote.org-spokesperson";
          default -> baseRule;
        };
    QuoteLexicon.Rule r = lex.rule(rule);
    double conf = r.confidence();
    if (baseRule.equals("quote.partial") && !rule.equals(baseRule)) {
      conf = Math.min(conf, lex.rule("quote.partial").confidence());
    }
    List<Tok> toks = tokens.get(p);
    return new Attribution(
        sub.entity().id(),
        sub.entity().type(),
        rule,
        conf,
        sub.how() == How.ORG_VOICE || sub.entity().type() == EntityType.ORGANISATION
            ? "spokesperson"
            : null,
        medium(p, toks, from, to),
        date(toks, from, to));
  }

  // ---------------------------------------------------------------- subjects

  /**
   * The speaker named by the tokens {@code [a, b)} before a speech verb, or null when they do
   * not look like a subject at all. Order: an organisation's voice, a name, a pronoun, a
   * definite description; an indefinite subject ("one woman") is unresolvable.
   */
  private Subject resolveRegion(int p, int a, int b, boolean afterQuote) {
    List<Tok> toks = tokens.get(p);
    if (a >= b) {
      return null;
    }
    int first = a;
    while (first < b && !toks.get(first).isWord()) {
      first++;
    }
    if (first >= b) {
      return null;
    }
    int voice = -1;
    for (int i = first; i < b; i++) {
      if (toks.get(i).isWord() && phraseAt(toks, i, b, "org-voice-nouns") > 0) {
        voice = i;
        break;
      }
    }
    if (voice >= 0) {
      LocalEntity org = orgVoice(p, toks, first, b, voice);
      if (org != null) {
        return new Subject(org, How.ORG_VOICE);
      }
    }
    LocalEntity named = firstCandidate(p, toks, first, b, EntityType.PERSON);
    if (named == null) {
      named = firstCandidate(p, toks, first, b, EntityType.ORGANISATION);
    }
    if (named != null) {
      return new Subject(named, How.NAME);
    }
    for (int i = first; i < b; i++) {
      Tok t = toks.get(i);
      boolean person = lex.has("person-pronouns", t.text());
      boolean org = lex.has("org-pronouns", t.text());
      if (t.isWord() && (person || org) && validAt(toks, i, first)) {
        LocalEntity e = pronoun(t, person ? EntityType.PERSON : EntityType.ORGANISATION);
        return e == null ? Subject.UNRESOLVED : new Subject(e, How.PRONOUN);
      }
    }
    LocalEntity byName = nameFallback(toks, first, b);
    if (byName != null) {
      return new Subject(byName, How.NAME);
    }
    if (voice >= 0) {
      return Subject.UNRESOLVED;
    }
    Tok f = toks.get(first);
    if (lex.has("definite-words", f.text())) {
      EntityType type = EntityType.PERSON;
      for (int i = first; i < b; i++) {
        if (toks.get(i).isWord() && lex.has("org-heads", toks.get(i).text())) {
          type = EntityType.ORGANISATION;
          break;
        }
      }
      if (type == EntityType.PERSON && !hasPersonHead(toks, first, b)) {
        return Subject.UNRESOLVED;
      }
      LocalEntity e = description(p, f.begin(), type);
      return e == null ? Subject.UNRESOLVED : new Subject(e, How.DESCRIPTION);
    }
    if (lex.has("unresolvable-heads", f.text())) {
      return Subject.UNRESOLVED;
    }
    return null;
  }

  /** "the 85-year-old director", "the veteran socialist": a description of a person. */
  private boolean hasPersonHead(List<Tok> toks, int a, int b) {
    for (int i = a; i < b; i++) {
      Tok t = toks.get(i);
      if (t.isWord()
          && (lex.has("person-heads", t.text()) || t.text().toLowerCase(Locale.ROOT).endsWith("-year-old"))) {
        return true;
      }
    }
    return false;
  }

  /** The subject right after the verb ("said Loach", "said a Labour spokesperson"). */
  private Subject resolvePost(int p, int a, int b) {
    List<Tok> toks = tokens.get(p);
    if (a >= b) {
      return null;
    }
    // Only a subject that starts at once: "said Loach, who …", not "said he would …".
    int stop = a;
    while (stop < b && !toks.get(stop).is(",") && !toks.get(stop).isQuote()) {
      stop++;
    }
    Tok f = toks.get(a);
    if (lex.has("person-pronouns", f.text()) || lex.has("org-pronouns", f.text())) {
      return null;
    }
    int voice = -1;
    for (int i = a; i < stop; i++) {
      if (toks.get(i).isWord() && phraseAt(toks, i, stop, "org-voice-nouns") > 0) {
        voice = i;
        break;
      }
    }
    if (voice >= 0) {
      LocalEntity org = orgVoice(p, toks, a, stop, voice);
      return org == null ? Subject.UNRESOLVED : new Subject(org, How.ORG_VOICE);
    }
    // A name within the first three tokens (titles like "Mr" or "former MP" may precede it).
    int limit = Math.min(stop, a + 4);
    LocalEntity e = firstCandidate(p, toks, a, limit, EntityType.PERSON);
    if (e == null) {
      e = firstCandidate(p, toks, a, limit, EntityType.ORGANISATION);
    }
    if (e == null) {
      e = nameFallback(toks, a, limit);
    }
    if (e != null) {
      return new Subject(e, How.NAME);
    }
    if (lex.has("definite-words", f.text())) {
      EntityType type = EntityType.PERSON;
      for (int i = a; i < stop; i++) {
        if (toks.get(i).isWord() && lex.has("org-heads", toks.get(i).text())) {
          type = EntityType.ORGANISATION;
        }
      }
      if (type == EntityType.PERSON && !hasPersonHead(toks, a, stop)) {
        return Subject.UNRESOLVED;
      }
      LocalEntity d = description(p, f.begin(), type);
      return d == null ? Subject.UNRESOLVED : new Subject(d, How.DESCRIPTION);
    }
    if (lex.has("unresolvable-heads", f.text())) {
      return Subject.UNRESOLVED;
    }
    return null;
  }

  /** The organisation that speaks in "A Labour spokesperson" / "a spokesperson for Labour". */
  private LocalEntity orgVoice(int p, List<Tok> toks, int a, int b, int voice) {
    int from = toks.get(Math.max(a, voice - 4)).begin();
    int to = toks.get(Math.min(b, voice + 6) - 1).end();
    LocalEntity best = null;
    for (Located l : mentionsIn(from, to)) {
      if (l.entity().type() == EntityType.ORGANISATION && !l.mention().pronoun()) {
        best = l.entity();
        if (l.span().begin() < toks.get(voice).begin()) {
          continue;
        }
        break;
      }
    }
    return best;
  }

  /** The first valid mention of {@code type} in tokens {@code [a, b)}: not possessive, not after a preposition, not in a relative clause, not in a quote. */
  private LocalEntity firstCandidate(int p, List<Tok> toks, int a, int b, EntityType type) {
    if (a >= b) {
      return null;
    }
    int from = toks.get(a).begin();
    int to = toks.get(b - 1).end();
    for (Located l : mentionsIn(from, to)) {
      if (l.entity().type() != type || l.mention().pronoun() || insideQuote(l.span().begin())) {
        continue;
      }
      int ti = tokenAt(toks, l.span().begin());
      if (ti < 0 || possessive(l) || !validAt(toks, ti, a)) {
        continue;
      }
      return l.entity();
    }
    return null;
  }

  /** Capitalised runs the entity extractor missed, looked up by name ("Smith said"). */
  private LocalEntity nameFallback(List<Tok> toks, int a, int b) {
    int i = a;
    while (i < b) {
      if (!toks.get(i).isCapitalised() || (i == a && isFunctionWord(toks.get(i)))) {
        i++;
        continue;
      }
      int j = i;
      while (j < b && toks.get(j).isCapitalised()) {
        j++;
      }
      if (validAt(toks, i, a)) {
        String run = text.substring(toks.get(i).begin(), toks.get(j - 1).end());
        LocalEntity e = speakerByName(run);
        if (e == null) {
          e = speakerByName(toks.get(j - 1).text());
        }
        if (e != null) {
          return e;
        }
      }
      i = j;
    }
    return null;
  }

  private boolean isFunctionWord(Tok t) {
    String w = t.text();
    return lex.has("definite-words", w)
        || lex.has("unresolvable-heads", w)
        || lex.has("intro-words", w)
        || lex.has("prepositions", w)
        || lex.has("person-pronouns", w)
        || lex.has("org-pronouns", w);
  }

  private LocalEntity speakerByName(String name) {
    LocalEntity e = index.byName(name);
    if (e == null) {
      return null;
    }
    return e.type() == EntityType.PERSON || e.type() == EntityType.ORGANISATION ? e : null;
  }

  /**
   * A name at token {@code ti} heads the subject unless a preposition or a relative pronoun
   * stands shortly before it ("supporter of ex-leader Jeremy Corbyn", "who met Starmer").
   */
  private boolean validAt(List<Tok> toks, int ti, int regionStart) {
    for (int x = ti - 1; x >= Math.max(regionStart, ti - 5); x--) {
      Tok t = toks.get(x);
      if (!t.isWord()) {
        return true;
      }
      if (lex.has("prepositions", t.text()) || lex.has("relative-words", t.text())) {
        return false;
      }
    }
    return true;
  }

  private boolean possessive(Located l) {
    int end = l.span().end();
    String form = l.mention().form();
    if (form.endsWith("'s") || form.endsWith("’s")) {
      return true;
    }
    if (end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')) {
      if (end + 1 >= text.length()) {
        return true;
      }
      char n = text.charAt(end + 1);
      return n == 's' || n == 'S' || Character.isWhitespace(n);
    }
    return false;
  }

  private LocalEntity pronoun(Tok t, EntityType type) {
    Located l = index.at(t.span());
    if (l != null && l.mention().pronoun() && l.entity().type() == type) {
      return l.entity();
    }
    LocalEntity e = type == EntityType.PERSON ? lastPerson : lastOrg;
    return e != null ? e : lastMentionBefore(t.begin(), type);
  }

  /** "The 85-year-old director said": the last subject, or in a lede the next person named. */
  private LocalEntity description(int p, int pos, EntityType type) {
    Located l = index.at(new Span(pos, pos + 1));
    if (l != null && l.entity().type() == type && l.span().begin() == pos) {
      return l.entity();
    }
    LocalEntity e = type == EntityType.PERSON ? lastPerson : lastOrg;
    if (e == null) {
      e = lastMentionBefore(pos, type);
    }
    if (e == null && type == EntityType.PERSON) {
      int limit = paragraphs.get(Math.min(paragraphs.size() - 1, p + 2)).end();
      for (int i = Offsets.lowerBound(mentionBegins, pos); i < mentions.size(); i++) {
        Located m = mentions.get(i);
        if (m.span().begin() >= limit) {
          break;
        }
        if (m.entity().type() == type && !m.mention().pronoun() && !insideQuote(m.span().begin())
            && !possessive(m)) {
          return m.entity();
        }
      }
    }
    return e;
  }

  private LocalEntity lastMentionBefore(int pos, EntityType type) {
    for (int i = Offsets.lowerBound(mentionBegins, pos) - 1; i >= 0; i--) {
      Located m = mentions.get(i);
      if (m.entity().type() == type && !m.mention().pronoun() && !insideQuote(m.span().begin())) {
        return m.entity();
      }
    }
    return null;
  }

  /** Updates salience from a sentence without attributed quotes: its subject, if any. */
  private void sentenceSubject(int p, int s, int e) {
    List<Tok> toks = tokens.get(p);
    int end = s;
    while (end < e && !toks.get(end).isQuote()) {
      end++;
    }
    if (end == s) {
      return;
    }
    int from = skipIntro(toks, s, end);
    int limit = Math.min(end, from + 8);
    LocalEntity subj = firstCandidate(p, toks, from, limit, EntityType.PERSON);
    if (subj == null) {
      subj = firstCandidate(p, toks, from, limit, EntityType.ORGANISATION);
    }
    if (subj == null && from < end && toks.get(from).isWord()) {
      Tok f = toks.get(from);
      if (lex.has("person-pronouns", f.text())) {
        subj = pronoun(f, EntityType.PERSON);
      }
    }
    noteSubject(subj);
  }

  private void noteSubject(LocalEntity e) {
    if (e == null) {
      return;
    }
    if (e.type() == EntityType.PERSON) {
      lastPerson = e;
    } else if (e.type() == EntityType.ORGANISATION) {
      lastOrg = e;
    }
  }

  // ---------------------------------------------------------------- embeds

  private LocalEntity embedSpeaker(EmbedLine line) {
    LocalEntity org = null;
    for (Located l : mentionsIn(line.name().begin(), line.name().end())) {
      if (l.mention().pronoun()) {
        continue;
      }
      if (l.entity().type() == EntityType.PERSON) {
        return l.entity();
      }
      if (org == null) {
        org = l.entity();
      }
    }
    String name = line.name().of(text);
    for (String part : name.split("\\s*(?:&|,| and )\\s*")) {
      String n = part.strip();
      if (n.endsWith(" MP")) {
        n = n.substring(0, n.length() - 3);
      }
      LocalEntity e = n.isEmpty() ? null : speakerByName(n);
      if (e != null && e.type() == EntityType.PERSON) {
        return e;
      }
      if (e != null && org == null) {
        org = e;
      }
    }
    return org;
  }

  private LocalEntity byInitials(Tok initials) {
    Located at = index.at(initials.span());
    if (at != null && at.entity().type() == EntityType.PERSON) {
      return at.entity();
    }
    String want = initials.text().replace(".", "");
    LocalEntity best = null;
    for (LocalEntity e : index.entities()) {
      if (e.type() != EntityType.PERSON || !want.equals(initialsOf(e.name()))) {
        continue;
      }
      if (best == null || e.mentions().size() > best.mentions().size()) {
        best = e;
      }
    }
    return best;
  }

  private static String initialsOf(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("\\s+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        sb.append(w.charAt(0));
      }
    }
    return sb.toString();
  }

  private static boolean isInitials(String s) {
    String t = s.replace(".", "");
    if (t.length() < 1 || t.length() > 4) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (!Character.isUpperCase(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- medium and date

  private String medium(int p, List<Tok> toks, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, toks.size()); i++) {
      Tok t = toks.get(i);
      if (!t.isWord()) {
        continue;
      }
      if (lex.has("twitter-cues", t.text())) {
        return "Twitter";
      }
      if (lex.has("platforms", t.text())) {
        return t.text();
      }
      int len = phraseAt(toks, i, to, "medium-verbs");
      if (len > 0) {
        int j = i + len;
        if (j < to && toks.get(j).isWord() && lex.has("definite-words", toks.get(j).text())) {
          j++;
        }
        if (j < to && toks.get(j).isCapitalised()) {
          Located l = index.at(toks.get(j).span());
          if (l != null && l.entity().type() == EntityType.PERSON) {
            continue;
          }
          int k = j;
          while (k < to && toks.get(k).isCapitalised()) {
            k++;
          }
          return text.substring(toks.get(j).begin(), toks.get(k - 1).end());
        }
      }
    }
    return null;
  }

  private TimeValue date(List<Tok> toks, int from, int to) {
    LocalDate ref = ctx.referenceDate();
    if (ref == null) {
      return null;
    }
    QuoteLexicon.Rule r = lex.rule("quote.date.relative");
    double conf = ctx.referenceInferred() ? r.confidence() * 0.7 : r.confidence();
    for (int i = Math.max(0, from); i < Math.min(to, toks.size()); i++) {
      Tok t = toks.get(i);
      if (!t.isWord()) {
        continue;
      }
      String w = t.text().toLowerCase(Locale.ROOT);
      if (w.equals("today") || w.equals("tonight")) {
        return TimeValue.day(ref, conf, r.id());
      }
      if (w.equals("yesterday")) {
        return TimeValue.day(ref.minusDays(1), conf, r.id());
      }
      DayOfWeek dow = dayOfWeek(w);
      if (dow != null && i > 0 && (toks.get(i - 1).is("on") || toks.get(i - 1).is("last"))) {
        LocalDate d = ref;
        while (d.getDayOfWeek() != dow) {
          d = d.minusDays(1);
        }
        return TimeValue.day(d, conf, r.id());
      }
    }
    return null;
  }

  private static DayOfWeek dayOfWeek(String w) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().toLowerCase(Locale.ROOT).equals(w)) {
        return d;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- titles and slogans

  /** "a documentary called “In Conversation with …”", "“Hang Nelson Mandela” t-shirts". */
  private boolean isTitle(List<Tok> toks, int k, QuotedSpan q) {
    if (k > 0 && toks.get(k - 1).isWord() && lex.has("title-cues", toks.get(k - 1).text())) {
      return true;
    }
    if (k + 1 < toks.size()
        && toks.get(k + 1).isWord()
        && lex.has("object-nouns", toks.get(k + 1).text())) {
      return true;
    }
    String inner = q.inner().of(text).strip();
    if (inner.isEmpty() || ".!?,;…:".indexOf(inner.charAt(inner.length() - 1)) >= 0) {
      return false;
    }
    String[] words = inner.split("\\s+");
    if (words.length < 2 || words.length > 12) {
      return false;
    }
    int content = 0;
    for (String w : words) {
      String s = w.replaceAll("^\\W+|\\W+$", "");
      if (s.isEmpty() || isSmallWord(s)) {
        continue;
      }
      if (!Character.isUpperCase(s.codePointAt(0)) && !Character.isDigit(s.codePointAt(0))) {
        return false;
      }
      content++;
    }
    return content >= 2;
  }

  private static boolean isSmallWord(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by",
          "from", "as", "vs", "nor", "but" -> true;
      default -> false;
    };
  }

  // ---------------------------------------------------------------- tokens and sentences

  private List<int[]> splitSentences(List<Tok> toks) {
    List<int[]> out = new ArrayList<>();
    int s = 0;
    int n = toks.size();
    for (int i = 0; i < n; i++) {
      Tok t = toks.get(i);
      Tok next = i + 1 < n ? toks.get(i + 1) : null;
      boolean nextStarts =
          next == null || next.isQuote() || next.isCapitalised() || Character.isDigit(next.text().isEmpty() ? 'x' : next.text().charAt(0));
      boolean end = false;
      if (isTerminator(t) && nextStarts) {
        end = true;
        if (t.is(".") && i > 0 && toks.get(i - 1).isWord() && next != null) {
          String prev = toks.get(i - 1).text();
          if (lex.has("abbreviations", prev) || (prev.length() == 1 && Character.isUpperCase(prev.charAt(0)))) {
            end = false;
          }
        }
      } else if (t.isQuote() && next != null && (next.isCapitalised() || next.isQuote())) {
        String inner = quotes.get(t.quote()).inner().of(text);
        char last = inner.charAt(inner.length() - 1);
        end = last == '.' || last == '!' || last == '?';
      }
      if (end) {
        out.add(new int[] {s, i + 1});
        s = i + 1;
      }
    }
    if (s < n) {
      out.add(new int[] {s, n});
    }
    return out;
  }

  private int sentenceEnd(int p, int k) {
    for (int[] se : sentences.get(p)) {
      if (k >= se[0] && k < se[1]) {
        return se[1];
      }
    }
    return tokens.get(p).size();
  }

  private static boolean isTerminator(Tok t) {
    for (String s : TERMINATORS) {
      if (t.is(s)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isEndPunct(Tok t) {
    return isTerminator(t) || t.is(",");
  }

  private static boolean onlyPunctuation(List<Tok> toks, int s, int k) {
    for (int i = s; i < k; i++) {
      if (toks.get(i).isWord() || toks.get(i).isQuote()) {
        return false;
      }
    }
    return true;
  }

  private static int narrativeWords(List<Tok> toks, int s, int e) {
    int n = 0;
    for (int i = s; i < e; i++) {
      if (toks.get(i).isWord()) {
        n++;
      }
    }
    return n;
  }

  /** Skips "In a thread of tweets," / "Speaking to the BBC," before the subject. */
  private int skipIntro(List<Tok> toks, int a, int b) {
    if (a >= b || !toks.get(a).isWord() || !lex.has("intro-words", toks.get(a).text())) {
      return a;
    }
    for (int i = a + 1; i < b; i++) {
      if (toks.get(i).is(",")) {
        return i + 1 < b ? i + 1 : a;
      }
    }
    return a;
  }

  private int verbLength(List<Tok> toks, int i) {
    return phraseAt(toks, i, toks.size(), "speech-verbs");
  }

  /**
   * The last speech verb before token {@code k}, or -1. Computed once per token list: scanning
   * back from every quote made a long sentence of many quotes quadratic.
   */
  private int lastVerbBefore(List<Tok> toks, int k) {
    int[] last =
        lastVerbs.computeIfAbsent(
            toks,
            t -> {
              int[] out = new int[t.size()];
              int v = -1;
              for (int i = 0; i < t.size(); i++) {
                if (t.get(i).isWord() && verbLength(t, i) > 0) {
                  v = i;
                }
                out[i] = v;
              }
              return out;
            });
    return k > 0 ? last[k - 1] : -1;
  }

  private int findVerb(List<Tok> toks, int a, int b) {
    for (int i = a; i < b; i++) {
      if (toks.get(i).isWord() && verbLength(toks, i) > 0) {
        return i;
      }
    }
    return -1;
  }

  private int firstVerb(List<Tok> toks, int a, int v) {
    int f = findVerb(toks, a, v);
    return f < 0 ? v : f;
  }

  /** Length in tokens of the longest entry of {@code section} starting at token {@code i}. */
  private int phraseAt(List<Tok> toks, int i, int limit, String section) {
    for (List<String> ph : lex.phrases(section)) {
      if (i + ph.size() > Math.min(limit, toks.size())) {
        continue;
      }
      boolean ok = true;
      for (int j = 0; j < ph.size() && ok; j++) {
        ok = toks.get(i + j).is(ph.get(j));
      }
      if (ok) {
        return ph.size();
      }
    }
    return 0;
  }

  private static int tokenAt(List<Tok> toks, int pos) {
    int lo = 0;
    int hi = toks.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Tok t = toks.get(mid);
      if (pos < t.begin()) {
        hi = mid - 1;
      } else if (pos >= t.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  private List<Located> mentionsIn(int from, int to) {
    List<Located> out = new ArrayList<>();
    for (int i = Offsets.lowerBound(mentionBegins, from); i < mentions.size(); i++) {
      Located l = mentions.get(i);
      if (l.span().begin() >= to) {
        break;
      }
      out.add(l);
    }
    return out;
  }

  private boolean insideQuote(int pos) {
    int i = Offsets.upperBound(quoteBegins, pos) - 1;
    return i >= 0 && pos < quoteEnds[i];
  }

  private static String roleOf(LocalEntity e) {
    return e.type() == EntityType.ORGANISATION ? "spokesperson" : null;
  }
}
