package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.EntityIndex;
import org.newsgraph.extract.EntityIndex.Located;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.EventExtractor;
import org.newsgraph.extract.EventFact;
import org.newsgraph.extract.EventType;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.ExtractionContext;
import org.newsgraph.extract.LocalEntity;
import org.newsgraph.extract.MembershipFact;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.event.EventRules.Form;
import org.newsgraph.extract.event.EventRules.Trigger;
import org.newsgraph.extract.time.Precision;
import org.newsgraph.extract.time.TemporalNormaliser;
import org.newsgraph.extract.time.TimeMention;
import org.newsgraph.extract.time.TimeValue;
import org.newsgraph.extract.time.TimeValueLib;
import org.newsgraph.nlp.AnalysedText;
import org.newsgraph.nlp.Offsets;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Span;
import org.newsgraph.nlp.Token;

/**
 * Rule-based extraction of party-discipline and membership events: expulsions, proscriptions,
 * suspensions, reinstatements, joinings and departures, plus memberships stated directly.
 *
 * <p>Triggers are data ({@link EventRules}); the voice of a verb trigger (passive "has been
 * expelled", reduced passive "Loach expelled from", active "the NEC voted to proscribe",
 * attributive "suspended former leader X") decides where subject, organisation and agent are
 * looked for. A modal or negation in the few tokens before a trigger ("could be expelled",
 * "calls to expel") drops it. A group acted on by a party is a proscription; a plural ("four
 * groups") is expanded to the groups the article lists. Dates come from the trigger's clause,
 * else from a same event dated elsewhere in the article, else (for the article's main news
 * event) from a news cue or the reference date at the precision it supports.
 *
 * <pre>
 * EventExtractor.Result r = new RuleEventExtractor().extract(ctx, new EntityIndex(entities));
 * </pre>
 */
public final class RuleEventExtractor implements EventExtractor {

  /** The longest reason kept, in characters ("for refusing to disown ..."). */
  private static final int MAX_REASON = 400;

  /** How many sentences before or after a plural trigger ("four groups") its list may be. */
  private static final int LIST_WINDOW = 60;

  private static final Pattern REASON =
      Pattern.compile(
          "\\b(?:for|over)\\s+(?:allegedly\\s+|reportedly\\s+)?(?:\\p{L}+ing\\b|(?:his|her|their)\\s+\\p{L}+)[^.;:,]*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  private final EventRules rules;
  private final TemporalNormaliser time;

  public RuleEventExtractor() {
    this(EventRules.standard(), TemporalNormaliser.standard());
  }

  public RuleEventExtractor(EventRules rules, TemporalNormaliser time) {
    this.rules = rules;
    this.time = time;
  }

  @Override
  public Result extract(ExtractionContext ctx, EntityIndex entities) {
    return new ArticleRun(ctx, entities).run();
  }

  /** A trigger occurrence in a sentence. */
  private record Hit(Trigger trigger, Span span) {}

  /** What an argument slot resolved to: an entity, "the groups listed", or "the party". */
  private record Arg(LocalEntity entity, boolean group, boolean party) {
    static final Arg GROUP = new Arg(null, true, false);
    static final Arg PARTY = new Arg(null, false, true);

    static Arg of(LocalEntity e) {
      return e == null ? null : new Arg(e, false, false);
    }
  }

  /** An event under construction. */
  private static final class Draft {
    EventType type;
    String subjectId;
    String organisationId;
    String agentId;
    String reason;
    TimeValue date;
    Span sentence;
    int sentenceIndex;
    String rule;
    double confidence;
    boolean perfect;

    String key() {
      return type + "|" + subjectId + "|" + organisationId;
    }
  }

  /** The work for one article. */
  private final class ArticleRun {
    final ExtractionContext ctx;
    final EntityIndex index;
    final AnalysedText at;
    final String text;
    /** The article's time expressions: disjoint, in text order. */
    final List<TimeMention> times;
    /** Their begin offsets, for binary search: no per-trigger scan of every date. */
    final int[] timeBegins;
    final LocalEntity salientParty;
    final LocalEntity salientPerson;
    final List<Draft> drafts = new ArrayList<>();
    final List<MembershipFact> memberships = new ArrayList<>();

    ArticleRun(ExtractionContext ctx, EntityIndex index) {
      this.ctx = ctx;
      this.index = index;
      this.at = ctx.text();
      this.text = at.text();
      this.times = time.find(text, ctx.referenceDate(), ctx.referenceInferred());
      this.timeBegins = times.stream().mapToInt(t -> t.span().begin()).toArray();
      this.salientParty = salient(EntityKind.PoliticalParty, null);
      this.salientPerson = protagonist();
    }

    Result run() {
      List<Sentence> sentences = at.sentences();
      for (int si = 0; si < sentences.size(); si++) {
        List<Draft> here = new ArrayList<>();
        for (Hit h : hits(sentences.get(si))) {
          here.addAll(handle(si, h));
        }
        durations(si, here);
        drafts.addAll(here);
        statedMemberships(si);
      }
      fillDates();
      return new Result(facts(), List.copyOf(memberships));
    }

    // ---- triggers -------------------------------------------------------------------------

    List<Hit> hits(Sentence s) {
      List<Hit> all = new ArrayList<>();
      rules.matches(text, s.span(), (t, span) -> all.add(new Hit(t, span)));
      all.sort(Comparator.comparingInt((Hit h) -> -h.span().length()));
      List<Hit> kept = new ArrayList<>();
      for (Hit h : all) {
        if (kept.stream().noneMatch(k -> k.span().overlaps(h.span()))) {
          kept.add(h);
        }
      }
      kept.sort(Comparator.comparing(Hit::span));
      return kept;
    }

    List<Draft> handle(int si, Hit h) {
      Sentence s = at.sentences().get(si);
      List<Token> toks = at.tokens(s);
      int ti = firstTokenAt(toks, h.span().begin());
      int tj = lastTokenAt(toks, h.span().end());
      if (ti < 0 || tj < ti) {
        return List.of();
      }
      int cs = clauseStart(toks, ti);
      if (blocked(toks, cs, ti)) {
        return List.of();
      }
      Trigger t = h.trigger();
      EventType type = t.type();
      boolean membershipType = type == EventType.Joining || type == EventType.Departure;
      String voice;
      Arg subj;
      Arg org = null;
      Arg agent = null;
      int after = tj + 1;
      double conf = 0.85;
      if (t.form() == Form.NOUN) {
        voice = "noun";
        conf = 0.75;
        subj = possessiveBefore(toks, ti, si);
        if (membershipType) {
          // "defection to Labour of X", "his departure from the party"
          org = objectAfter(toks, after, this::partyLike);
          int of = findToken(toks, after, "of");
          if (of >= 0 && (subj == null || subj.entity() == null)) {
            subj = objectAfter(toks, of + 1, e -> e.type() == EntityType.PERSON, true);
          }
        } else if (subj == null && after < toks.size() && lower(toks.get(after)).equals("of")) {
          subj = objectAfter(toks, after + 1, e -> subjectLike(e));
        }
      } else if (t.form() == Form.PHRASE) {
        voice = "affiliation";
        conf = 0.7;
        subj = possessiveBefore(toks, ti, si);
        if (subj == null) {
          subj = subjectBefore(toks, ti, cs, si);
        }
        for (Located l : index.within(h.span())) {
          if (partyLike(l.entity())) {
            org = Arg.of(l.entity());
          }
        }
        if (org == null) {
          org = Arg.PARTY;
        }
      } else if (membershipType) {
        voice = "active";
        if (isBeForm(prevNonSkip(toks, ti, cs))) {
          return List.of(); // "was joined by", "has been left" are not joinings or departures
        }
        subj = subjectBefore(toks, ti, cs, si);
        org = objectAfter(toks, after, this::partyLike);
        if (org == null && type == EventType.Departure) {
          // "joined the Labour Party in the 1960s but left after being a member for 30 years"
          if (!mentionsMembership(s)) {
            return List.of();
          }
          Located p = lastPartyBefore(s, h.span().begin());
          org = p != null ? Arg.of(p.entity()) : Arg.PARTY;
          conf = 0.7;
        }
        if (org == null) {
          return List.of();
        }
      } else {
        String prev = ti > 0 ? lower(toks.get(ti - 1)) : "";
        boolean passive = isBeForm(prevNonSkip(toks, ti, cs));
        boolean reduced = !passive && (after >= toks.size() || startsAdjunct(toks.get(after)));
        boolean attributive =
            !passive && !reduced && Set.of("of", "the", "a", "an", "with", "for", "by").contains(prev);
        if (passive || reduced) {
          voice = "passive";
          subj = subjectBefore(toks, ti, cs, si);
        } else if (attributive) {
          voice = "attributive";
          conf = 0.7;
          subj = objectAfter(toks, after, e -> e.type() == EntityType.PERSON);
        } else {
          voice = "active";
          subj = objectAfter(toks, after, this::subjectLike);
          agent = agentBefore(toks, ti, cs);
        }
      }
      if (!membershipType) {
        int from = findToken(toks, after, "from");
        if (from < 0 && after < toks.size() && lower(toks.get(after)).equals("of")) {
          from = after; // "booted out of Labour"
        }
        if (from >= 0 && from - after <= 8) {
          Arg o = objectAfter(toks, from + 1, e -> e.type() == EntityType.ORGANISATION);
          if (o != null) {
            org = o;
          }
        }
        int by = findToken(toks, after, "by");
        if (by >= 0 && by - after <= 8) {
          Arg b = objectAfter(toks, by + 1, e -> e.type() != EntityType.WORK, true);
          if (b != null) {
            agent = b;
          }
        }
      }
      return build(si, h, type, voice, subj, org, agent, conf, toks, cs, ti);
    }

    List<Draft> build(
        int si,
        Hit h,
        EventType type,
        String voice,
        Arg subj,
        Arg org,
        Arg agent,
        double conf,
        List<Token> toks,
        int cs,
        int ti) {
      if (subj == null) {
        return List.of();
      }
      // The agent slot may name the organisation itself ("expelled by the Labour Party").
      LocalEntity orgE = org == null ? null : org.party() ? salientParty : org.entity();
      LocalEntity agentE = null;
      if (agent != null) {
        LocalEntity a = agent.party() ? salientParty : agent.entity();
        if (a != null && a.kind() == EntityKind.PoliticalParty) {
          if (orgE == null) {
            orgE = a;
          }
        } else if (a != null) {
          agentE = a;
        }
      }
      if (orgE == null && type != EventType.Joining && type != EventType.Departure) {
        orgE = partyInSentence(at.sentences().get(si));
        if (orgE == null) {
          orgE = salientParty;
          conf *= 0.9;
        }
      }
      List<LocalEntity> subjects = new ArrayList<>();
      String rule = h.trigger().id() + "." + voice;
      if (subj.group()) {
        if (type != EventType.Expulsion && type != EventType.Proscription) {
          return List.of();
        }
        type = EventType.Proscription;
        rule = "proscription." + voice + ".list";
        for (LocalEntity g : listedGroups(si, orgE, h.span().end(), agentE)) {
          subjects.add(g);
        }
        conf *= 0.9;
      } else if (subj.party()) {
        return List.of();
      } else {
        LocalEntity e = subj.entity();
        if (e.type() == EntityType.PERSON) {
          if (type == EventType.Proscription) {
            return List.of();
          }
        } else if (groupLike(e, orgE)) {
          if (type == EventType.Expulsion || type == EventType.Proscription) {
            type = EventType.Proscription;
            rule = "proscription." + voice;
          } else if (type != EventType.Joining && type != EventType.Departure) {
            return List.of();
          }
        } else {
          return List.of();
        }
        subjects.add(e);
      }
      Sentence s = at.sentences().get(si);
      // An attributive participle ("suspended former leader X") is background: the clause's
      // date belongs to its main verb.
      TimeValue date = voice.equals("attributive") ? null : dateInClause(toks, cs, ti, h.span());
      String reason = reason(h.span().end(), clauseEnd(toks, ti));
      boolean perfect = perfect(toks, ti, cs);
      List<Draft> out = new ArrayList<>();
      for (LocalEntity e : subjects) {
        if (orgE != null && e.id().equals(orgE.id())) {
          continue;
        }
        Draft d = new Draft();
        d.type = type;
        d.subjectId = e.id();
        d.organisationId = orgE == null ? null : orgE.id();
        d.agentId = agentE == null || agentE == e ? null : agentE.id();
        d.reason = reason;
        d.date = date;
        d.sentence = s.span();
        d.sentenceIndex = si;
        d.rule = rule;
        d.confidence = conf;
        d.perfect = perfect;
        out.add(d);
      }
      return out;
    }

    // ---- argument finding -----------------------------------------------------------------

    /** Walks back from a trigger over auxiliaries and adverbs to the noun phrase it follows. */
    Arg subjectBefore(List<Token> toks, int ti, int cs, int si) {
      int j = ti - 1;
      while (j >= cs && skippable(toks.get(j))) {
        j--;
      }
      if (j < cs && cs > 0 && Set.of("and", "but").contains(lower(toks.get(cs - 1)))) {
        // Elliptical subject after a coordinator: the sentence subject of the first conjunct.
        Located p = firstPersonBefore(at.sentences().get(si), toks.get(cs - 1).begin());
        return p == null ? null : Arg.of(p.entity());
      }
      for (int hops = 0; hops < 2 && j >= cs; hops++) {
        Token tok = toks.get(j);
        String l = lower(tok);
        Located m = index.at(tok.span());
        if (m != null && !m.mention().pronoun()) {
          if (m.entity().type() != EntityType.WORK) {
            return Arg.of(m.entity());
          }
          break;
        }
        if (rules.is("pronoun", l) || (m != null && m.mention().pronoun())) {
          return Arg.of(pronoun(tok, si));
        }
        if (l.equals("and") || l.equals("but")) {
          // Elliptical subject: the sentence subject of the first conjunct.
          Located p = firstPersonBefore(at.sentences().get(si), tok.begin());
          return p == null ? null : Arg.of(p.entity());
        }
        if (rules.is("group", l)) {
          return Arg.GROUP;
        }
        if (rules.is("party", l)) {
          Located before = j > 0 ? index.at(toks.get(j - 1).span()) : null;
          if (before != null && partyLike(before.entity())) {
            return Arg.of(before.entity());
          }
          return Arg.PARTY;
        }
        if (rules.is("descriptor", l) && determinerWithin(toks, j, cs, 5)) {
          return Arg.of(salientPerson);
        }
        if (l.equals("who") || l.equals("which") || l.equals("that")) {
          j--;
          while (j >= cs && (isPunct(toks.get(j)) || skippable(toks.get(j)))) {
            j--;
          }
          continue;
        }
        break;
      }
      return clauseOpening(toks, cs, ti);
    }

    /** A clause opening with "The four groups ..." or "The 85-year-old director ...". */
    Arg clauseOpening(List<Token> toks, int cs, int ti) {
      int end = Math.min(ti, cs + 8);
      if (cs >= end || !Set.of("the", "a", "an", "all").contains(lower(toks.get(cs)))) {
        return null;
      }
      for (int j = cs + 1; j < end; j++) {
        String l = lower(toks.get(j));
        if (rules.is("group", l)) {
          return Arg.GROUP;
        }
        if (rules.is("descriptor", l)) {
          return Arg.of(salientPerson);
        }
        if (isPunct(toks.get(j)) && !isQuote(toks.get(j))) {
          break;
        }
      }
      return null;
    }

    /** "his expulsion", "Loach's suspension". */
    Arg possessiveBefore(List<Token> toks, int ti, int si) {
      for (int j = ti - 1; j >= Math.max(0, ti - 2); j--) {
        Token tok = toks.get(j);
        String l = lower(tok);
        if (l.equals("his") || l.equals("her")) {
          return Arg.of(pronoun(tok, si));
        }
        if (l.endsWith("'s") || l.endsWith("s'")) {
          Located m = index.at(tok.span());
          if (m != null && m.entity().type() != EntityType.WORK) {
            return Arg.of(m.entity());
          }
        }
        if (l.equals("the") || l.equals("a") || isPunct(tok)) {
          break;
        }
      }
      return null;
    }

    /**
     * The noun phrase from token {@code k}: a group noun, a pronoun, "the party", or the first
     * mention {@code wanted} accepts, up to a boundary.
     */
    Arg objectAfter(List<Token> toks, int k, Predicate<LocalEntity> wanted) {
      return objectAfter(toks, k, wanted, false);
    }

    /**
     * As above; with {@code last}, the last wanted mention before the boundary (the head of
     * "Starmer's Labor Party", of "former Conservative MP and Speaker John Bercow").
     */
    Arg objectAfter(List<Token> toks, int k, Predicate<LocalEntity> wanted, boolean last) {
      int limit = Math.min(toks.size(), k + 10);
      Arg found = null;
      for (int j = k; j < limit; j++) {
        Token tok = toks.get(j);
        String l = lower(tok);
        if (isQuote(tok)) {
          continue;
        }
        Located m = index.at(tok.span());
        if (m != null && m.mention().pronoun()) {
          return Arg.of(m.entity());
        }
        if (m != null && wanted.test(m.entity())) {
          if (!last) {
            return Arg.of(m.entity());
          }
          found = Arg.of(m.entity());
          continue;
        }
        if (found != null && (m != null || isPunct(tok) || isBoundaryWord(l))) {
          break;
        }
        if (m == null && rules.is("group", l)) {
          return Arg.GROUP;
        }
        if (m == null && (l.equals("him") || l.equals("her"))) {
          return Arg.of(pronoun(tok, at.sentenceIndexAt(tok.begin())));
        }
        if (m == null && rules.is("party", l) && headAt(toks, j)) {
          return Arg.PARTY;
        }
        if (m == null && (isPunct(tok) || isBoundaryWord(l))) {
          break;
        }
      }
      return found;
    }

    /** Who acted, for an active trigger: the last organisation or person before it. */
    Arg agentBefore(List<Token> toks, int ti, int cs) {
      for (int j = ti - 1; j >= cs; j--) {
        Token tok = toks.get(j);
        Located m = index.at(tok.span());
        if (m != null && !m.mention().pronoun() && m.entity().type() != EntityType.WORK) {
          return Arg.of(m.entity());
        }
        if (m == null && rules.is("party", lower(tok))) {
          return Arg.PARTY;
        }
      }
      return null;
    }

    /** He/she: the index's coreference if any, else the nearest sentence subject. */
    LocalEntity pronoun(Token tok, int si) {
      Located m = index.at(tok.span());
      if (m != null && m.entity().type() == EntityType.PERSON) {
        return m.entity();
      }
      List<Sentence> ss = at.sentences();
      Located first = firstPersonBefore(ss.get(si), tok.begin());
      if (first != null) {
        return first.entity();
      }
      for (int k = si - 1; k >= Math.max(0, si - 4); k--) {
        Located p = firstPersonBefore(ss.get(k), ss.get(k).span().end());
        if (p != null) {
          return p.entity();
        }
      }
      return salientPerson;
    }

    Located firstPersonBefore(Sentence s, int pos) {
      for (Located l : index.within(s.span())) {
        if (l.span().begin() >= pos) {
          break;
        }
        if (!l.mention().pronoun() && l.entity().type() == EntityType.PERSON) {
          return l;
        }
      }
      return null;
    }

    Located lastPartyBefore(Sentence s, int pos) {
      Located found = null;
      for (Located l : index.within(s.span())) {
        if (l.span().end() <= pos && partyLike(l.entity())) {
          found = l;
        }
      }
      return found;
    }

    LocalEntity partyInSentence(Sentence s) {
      for (Located l : index.within(s.span())) {
        if (l.entity().kind() == EntityKind.PoliticalParty) {
          return l.entity();
        }
      }
      return null;
    }

    /**
     * The groups a plural ("four groups") stands for: the group-like organisations of the
     * trigger's own sentence, else of the nearest sentence that names at least two of them
     * next to a group noun ("The groups included Resist, Socialist Appeal, ...").
     */
    List<LocalEntity> listedGroups(int si, LocalEntity org, int afterPos, LocalEntity agent) {
      List<Sentence> ss = at.sentences();
      Sentence here = ss.get(si);
      // Only names after the trigger list what it acted on ("proscribe the groups A, B").
      List<LocalEntity> own =
          groupsIn(new Sentence(new Span(afterPos, here.span().end()), 0, 0), org);
      own.removeIf(e -> agent != null && e.id().equals(agent.id()));
      if (!own.isEmpty()) {
        return own;
      }
      List<LocalEntity> best = List.of();
      int bestDist = Integer.MAX_VALUE;
      // Lists sit near the claim they spell out; the window keeps an article with thousands
      // of "groups" sentences linear instead of comparing every trigger with every sentence.
      int from = Math.max(0, si - LIST_WINDOW);
      int to = Math.min(ss.size(), si + LIST_WINDOW + 1);
      for (int k = from; k < to; k++) {
        if (k == si || !hasGroupNoun(ss.get(k))) {
          continue;
        }
        List<LocalEntity> g = groupsIn(ss.get(k), org);
        // Prefer a following sentence at equal distance: lists usually follow the claim.
        int dist = Math.abs(k - si) * 2 + (k > si ? 0 : 1);
        if (g.size() >= 2 && dist < bestDist) {
          best = g;
          bestDist = dist;
        }
      }
      return best;
    }

    List<LocalEntity> groupsIn(Sentence s, LocalEntity org) {
      // Deduplicated by id: hashing a whole entity hashes every one of its mentions.
      Set<String> seen = new HashSet<>();
      List<LocalEntity> out = new ArrayList<>();
      for (Located l : index.within(s.span())) {
        if (!l.mention().pronoun() && groupLike(l.entity(), org) && seen.add(l.entity().id())) {
          out.add(l.entity());
        }
      }
      return out;
    }

    boolean hasGroupNoun(Sentence s) {
      for (Token t : at.tokens(s)) {
        if (rules.is("group", lower(t))) {
          return true;
        }
      }
      return false;
    }

    boolean mentionsMembership(Sentence s) {
      for (Token t : at.tokens(s)) {
        String l = lower(t);
        if (l.equals("member") || l.equals("membership") || l.equals("members")) {
          return true;
        }
      }
      return false;
    }

    // ---- dates, reasons, memberships ------------------------------------------------------

    TimeValue dateInClause(List<Token> toks, int cs, int ti, Span trigger) {
      int ce = clauseEnd(toks, ti);
      int b = toks.get(cs).begin();
      int e = toks.get(ce).end();
      TimeValue best = null;
      int bestDist = Integer.MAX_VALUE;
      for (TimeMention t : timesWithin(b, e)) {
        if (t.value() == null || t.isDuration()) {
          continue;
        }
        if ("since".equals(t.relation()) || "until".equals(t.relation())) {
          continue;
        }
        int dist =
            t.span().begin() >= trigger.end()
                ? t.span().begin() - trigger.end()
                : trigger.begin() - t.span().end() + 1;
        if (dist < bestDist) {
          best = t.value();
          bestDist = dist;
        }
      }
      return best;
    }

    String reason(int from, int ceToken) {
      Sentence s = at.sentenceAt(from - 1);
      if (s == null) {
        return null;
      }
      // A reason starts within 80 characters of the trigger and runs at most MAX_REASON more:
      // bounding the region keeps each trigger's scan constant on endless sentences.
      Matcher m =
          REASON.matcher(text).region(from, Math.min(s.span().end(), from + 80 + MAX_REASON));
      if (m.find() && m.start() - from < 80) {
        String r = m.group();
        for (String stop : List.of(" and that ", " but ", " — ", " which ", " while ")) {
          int i = r.indexOf(stop);
          if (i > 0) {
            r = r.substring(0, i);
          }
        }
        return r.strip();
      }
      return null;
    }

    /** "joined ... in the early 1960s but left after being a member for 30 years". */
    void durations(int si, List<Draft> here) {
      Sentence s = at.sentences().get(si);
      if (!mentionsMembership(s)) {
        return;
      }
      TimeMention dur = null;
      for (TimeMention t : timesWithin(s.span().begin(), s.span().end())) {
        if (t.isDuration()) {
          dur = t;
          break;
        }
      }
      if (dur == null) {
        return;
      }
      for (Draft dep : here) {
        if (dep.type != EventType.Departure) {
          continue;
        }
        TimeValue start = null;
        for (Draft j : here) {
          if (j.type == EventType.Joining && Objects.equals(j.subjectId, dep.subjectId)) {
            start = j.date;
          }
        }
        TimeValue end = dep.date;
        if (end == null && start != null) {
          end = TemporalNormaliser.endFrom(dur, start);
          dep.date = end;
        } else if (start == null && end != null) {
          start = TemporalNormaliser.startFrom(dur, end);
        }
        if (start != null || end != null) {
          memberships.add(
              new MembershipFact(
                  dep.subjectId,
                  dep.organisationId,
                  start,
                  end,
                  Evidence.of(text, s.span(), "membership.duration", 0.7)));
        }
      }
    }

    /** "has been a member of the Labour Party since the 1960s". */
    void statedMemberships(int si) {
      Sentence s = at.sentences().get(si);
      List<Token> toks = at.tokens(s);
      for (int k = 0; k < toks.size(); k++) {
        if (!lower(toks.get(k)).equals("member")) {
          continue;
        }
        int j = k - 1;
        while (j >= 0
            && Set.of("a", "an", "lifelong", "life-long", "long-standing", "longtime", "paid-up",
                    "card-carrying", "loyal", "active")
                .contains(lower(toks.get(j)))) {
          j--;
        }
        if (j < 0 || !isBeForm(lower(toks.get(j)))) {
          continue;
        }
        int cs = clauseStart(toks, j + 1);
        if (blocked(toks, cs, j + 1)) {
          continue;
        }
        TimeMention since = null;
        for (TimeMention t : timesWithin(s.span().begin(), s.span().end())) {
          if (t.value() != null
              && "since".equals(t.relation())
              && t.span().begin() > toks.get(k).end()
              && t.span().begin() - toks.get(k).end() < 80
              && s.span().contains(t.span())) {
            since = t;
            break;
          }
        }
        if (since == null) {
          continue;
        }
        Arg who = subjectBefore(toks, j + 1, cs, si);
        if (who == null || who.entity() == null || who.entity().type() != EntityType.PERSON) {
          continue;
        }
        Arg org = null;
        if (k + 1 < toks.size() && lower(toks.get(k + 1)).equals("of")) {
          org = objectAfter(toks, k + 2, this::partyLike);
        }
        LocalEntity orgE = org == null || org.party() ? salientParty : org.entity();
        if (orgE == null) {
          continue;
        }
        memberships.add(
            new MembershipFact(
                who.entity().id(),
                orgE.id(),
                since.value(),
                null,
                Evidence.of(text, s.span(), "membership.since", 0.8)));
      }
    }

    /**
     * Same event, same article: an undated mention takes the most precise date given to it
     * elsewhere. The article's main news event (its first undated discipline event in the
     * opening sentences) then takes a weekday news cue ("tweeted the news on Saturday"), or
     * the reference date: its day when stated, its month when inferred.
     */
    void fillDates() {
      Map<String, TimeValue> best = new LinkedHashMap<>();
      for (Draft d : drafts) {
        if (d.date != null && oneOff(d.type)) {
          best.merge(d.key(), d.date, TimeValueLib::moreSpecific);
        }
      }
      Draft main = null;
      for (Draft d : drafts) {
        if (oneOff(d.type) && d.sentenceIndex < 4 && !d.rule.endsWith(".attributive")) {
          main = d;
          break;
        }
      }
      if (main != null && !best.containsKey(main.key())) {
        TimeValue cue = weekdayCue(main.type);
        if (cue != null) {
          best.put(main.key(), cue);
        } else if (ctx.referenceDate() != null && (main.perfect || main.sentenceIndex < 2)) {
          best.put(
              main.key(),
              ctx.referenceInferred()
                  ? TimeValue.month(
                      java.time.YearMonth.from(ctx.referenceDate()), 0.5, "event.date.reference-month")
                  : TimeValue.day(ctx.referenceDate(), 0.6, "event.date.reference-day"));
        }
      }
      for (Draft d : drafts) {
        if (d.date == null && oneOff(d.type)) {
          d.date = best.get(d.key());
        }
      }
    }

    TimeValue weekdayCue(EventType type) {
      for (TimeMention t : times) {
        if (t.value() == null || !t.rule().equals("time.weekday")) {
          continue;
        }
        Sentence s = at.sentenceAt(t.span().begin());
        if (s == null) {
          continue;
        }
        boolean cue = false;
        for (Token tok : at.tokens(s)) {
          if (rules.is("newscue", lower(tok))) {
            cue = true;
          }
        }
        for (Draft d : drafts) {
          if (d.type == type && d.sentence.equals(s.span())) {
            cue = true;
          }
        }
        if (cue) {
          return new TimeValue(
              t.value().iso(), Precision.DAY, t.value().confidence() * 0.9, "event.date.news-cue");
        }
      }
      return null;
    }

    List<EventFact> facts() {
      Set<String> seen = new LinkedHashSet<>();
      List<EventFact> out = new ArrayList<>();
      for (Draft d : drafts) {
        String k = d.key() + "|" + d.sentence.begin();
        if (!seen.add(k)) {
          continue;
        }
        out.add(
            new EventFact(
                d.type,
                d.subjectId,
                d.organisationId,
                d.agentId,
                d.reason,
                d.date,
                Evidence.of(text, d.sentence, d.rule, Math.min(1.0, d.confidence))));
      }
      return out;
    }

    // ---- small helpers --------------------------------------------------------------------

    LocalEntity salient(EntityKind kind, EntityType type) {
      LocalEntity best = null;
      long bestCount = 0;
      for (LocalEntity e : index.entities()) {
        if ((kind != null && e.kind() != kind) || (type != null && e.type() != type)) {
          continue;
        }
        long n = e.mentions().stream().filter(m -> !m.pronoun()).count();
        if (n > bestCount
            || (n == bestCount && best != null && firstBegin(e) < firstBegin(best))) {
          best = e;
          bestCount = n;
        }
      }
      return best;
    }

    /**
     * The article's main person: the one that is the first person named in the most
     * sentences (the protagonist opens sentences), then the most mentioned, then the first.
     */
    LocalEntity protagonist() {
      Map<String, Integer> leads = new LinkedHashMap<>();
      for (Sentence s : at.sentences()) {
        Located p = firstPersonBefore(s, s.span().end());
        if (p != null) {
          leads.merge(p.entity().id(), 1, Integer::sum);
        }
      }
      LocalEntity best = null;
      long[] bestScore = null;
      for (LocalEntity e : index.entities()) {
        if (e.type() != EntityType.PERSON) {
          continue;
        }
        long[] score = {
          leads.getOrDefault(e.id(), 0), e.mentions().stream().filter(m -> !m.pronoun()).count(),
          -firstBegin(e)
        };
        if (best == null || java.util.Arrays.compare(score, bestScore) > 0) {
          best = e;
          bestScore = score;
        }
      }
      return best;
    }

    boolean partyLike(LocalEntity e) {
      return e.type() == EntityType.ORGANISATION
          && e.kind() != EntityKind.MediaOutlet
          && e.kind() != EntityKind.Company
          && e.kind() != EntityKind.GovernmentBody
          && e.kind() != EntityKind.PartyBody;
    }

    boolean subjectLike(LocalEntity e) {
      return e.type() == EntityType.PERSON || groupLike(e, salientParty);
    }

    boolean groupLike(LocalEntity e, LocalEntity org) {
      return e.type() == EntityType.ORGANISATION
          && (org == null || !e.id().equals(org.id()))
          && (salientParty == null || !e.id().equals(salientParty.id()))
          && (e.kind() == EntityKind.Faction
              || e.kind() == EntityKind.Organisation
              || e.kind() == EntityKind.PoliticalParty);
    }

    /** True when token {@code j} ends its noun phrase ("the party from", not "party leader"). */
    boolean headAt(List<Token> toks, int j) {
      if (j + 1 >= toks.size()) {
        return true;
      }
      Token next = toks.get(j + 1);
      String l = lower(next);
      return isPunct(next) || isBoundaryWord(l) || rules.is("skip", l) || l.equals("and");
    }

    boolean blocked(List<Token> toks, int cs, int ti) {
      for (int j = Math.max(cs, ti - 5); j < ti; j++) {
        if (index.at(toks.get(j).span()) != null) {
          continue; // "Socialist Appeal was banned": a name is not a modal
        }
        String l = lower(toks.get(j));
        if (rules.is("blocker", l) || l.endsWith("n't")) {
          return true;
        }
      }
      return false;
    }

    boolean perfect(List<Token> toks, int ti, int cs) {
      for (int j = Math.max(cs, ti - 4); j < ti; j++) {
        String l = lower(toks.get(j));
        if (l.equals("has") || l.equals("have")) {
          return true;
        }
      }
      return false;
    }

    String prevNonSkip(List<Token> toks, int ti, int cs) {
      for (int j = ti - 1; j >= cs; j--) {
        String l = lower(toks.get(j));
        if (isBeForm(l)) {
          return l;
        }
        if (!(l.endsWith("ly") || Set.of("already", "all", "also", "now", "just", "since", "then",
            "both", "first", "later", "once").contains(l))) {
          return l;
        }
      }
      return "";
    }

    boolean isBeForm(String l) {
      return Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "get", "got",
              "gets", "getting")
          .contains(l);
    }

    boolean startsAdjunct(Token t) {
      String l = lower(t);
      return isPunct(t)
          || Set.of("from", "by", "for", "over", "after", "in", "on", "last", "this", "earlier",
                  "at", "because", "amid", "following", "without", "since", "and", "as", "out",
                  "yesterday", "today", "recently", "when", "due", "with", "under")
              .contains(l);
    }

    boolean isBoundaryWord(String l) {
      return rules.is("boundary", l)
          || Set.of("from", "by", "for", "in", "on", "at", "after", "over", "because", "due",
                  "with", "to", "since", "following", "as", "amid", "during", "when", "who",
                  "which", "that", "whose", "where", "is", "are", "was", "were", "has", "have",
                  "had", "said", "says")
              .contains(l);
    }

    boolean skippable(Token t) {
      return isQuote(t) || rules.is("skip", lower(t)) || inTime(t);
    }

    boolean inTime(Token t) {
      // Times are disjoint: only the last one beginning at or before the token can hold it.
      int i = Offsets.upperBound(timeBegins, t.begin()) - 1;
      return i >= 0 && times.get(i).span().contains(t.span());
    }

    /** The time expressions lying inside [{@code begin}, {@code end}), in text order. */
    List<TimeMention> timesWithin(int begin, int end) {
      List<TimeMention> out = new ArrayList<>();
      for (int i = Offsets.lowerBound(timeBegins, begin); i < times.size(); i++) {
        TimeMention t = times.get(i);
        if (t.span().begin() >= end) {
          break;
        }
        if (t.span().end() <= end) {
          out.add(t);
        }
      }
      return out;
    }

    boolean determinerWithin(List<Token> toks, int j, int cs, int n) {
      for (int k = j - 1; k >= Math.max(cs, j - n); k--) {
        String l = lower(toks.get(k));
        if (l.equals("the") || l.equals("a") || l.equals("an")) {
          return true;
        }
      }
      return false;
    }

    int clauseStart(List<Token> toks, int ti) {
      for (int j = ti - 1; j >= 0; j--) {
        Token t = toks.get(j);
        if (isClauseMark(t) || rules.is("boundary", lower(t))) {
          return j + 1;
        }
      }
      return 0;
    }

    int clauseEnd(List<Token> toks, int ti) {
      for (int j = ti + 1; j < toks.size(); j++) {
        Token t = toks.get(j);
        if (isClauseMark(t) || rules.is("boundary", lower(t))) {
          return Math.max(ti, j - 1);
        }
      }
      return toks.size() - 1;
    }

    int firstBegin(LocalEntity e) {
      return e.mentions().stream()
          .mapToInt(m -> m.evidence().span().begin())
          .min()
          .orElse(Integer.MAX_VALUE);
    }
  }

  private static boolean oneOff(EventType t) {
    return t != EventType.Joining && t != EventType.Departure;
  }

  private static int findToken(List<Token> toks, int from, String word) {
    for (int j = from; j < toks.size(); j++) {
      String l = lower(toks.get(j));
      if (l.equals(word)) {
        return j;
      }
      if (isClauseMark(toks.get(j)) || l.equals(".")) {
        return -1;
      }
    }
    return -1;
  }

  private static int firstTokenAt(List<Token> toks, int pos) {
    for (int i = 0; i < toks.size(); i++) {
      if (toks.get(i).end() > pos) {
        return i;
      }
    }
    return -1;
  }

  private static int lastTokenAt(List<Token> toks, int end) {
    int last = -1;
    for (int i = 0; i < toks.size(); i++) {
      if (toks.get(i).begin() < end) {
        last = i;
      }
    }
    return last;
  }

  static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  private static boolean isQuote(Token t) {
    return t.text().length() == 1 && "\"'“”‘’«»".indexOf(t.text().charAt(0)) >= 0;
  }

  private static boolean isPunct(Token t) {
    return !t.isWord();
  }

  private static boolean isClauseMark(Token t) {
    return t.text().length() == 1 && ";:—–.!?()".indexOf(t.text().charAt(0)) >= 0;
  }

  /** For tests: mention helper so fixtures read naturally. */
  static Mention mention(String text, int begin, int end, String rule) {
    return Mention.name(Evidence.of(text, new Span(begin, end), rule, 1.0));
  }
}
