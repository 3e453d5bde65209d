package org.newsgraph.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.newsgraph.bench.World.Batch;
import org.newsgraph.bench.World.EventKind;
import org.newsgraph.bench.World.Person;

/**
 * Writes one article: picks its subject and outlet from the world, fills the placeholder map,
 * then lays out paragraphs (byline, lead, quotes, history, tweet embed, proscription, "Read
 * more:" lines, spokesperson, a second person's case, context, donation appeal) until the text
 * reaches its target length. The map is only looked up, never iterated, so output order comes
 * from the random stream alone.
 */
final class ArticlePlanner {

  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"
  };
  private static final String[] WEEKDAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };
  private static final String[] COUNTS = {"", "one", "two", "three", "four", "five", "six"};
  private static final long P_ARTICLE = 10;

  private final long seed;
  private final World world;
  private final BenchData data;

  ArticlePlanner(long seed, World world, BenchData data) {
    this.seed = seed;
    this.world = world;
    this.data = data;
  }

  /** Article {@code i}'s outlet, date, title and text, as one record. */
  Draft draft(int i) {
    SplittableRandom r = Rand.stream(seed, P_ARTICLE, i);
    Person p = world.person(r.nextInt(world.people()));
    int delta = r.nextInt(7);
    LocalDate pub = p.eventDate().plusDays(delta);
    String[] party = world.party(p.party());
    String[] outlet = Rand.pick(r, data.outlets);
    boolean curly = r.nextBoolean();
    boolean blankLines = r.nextBoolean();
    boolean honorifics = r.nextBoolean();
    Person leader = world.leader(p.party(), pub);
    Batch batch = world.batchBefore(p.party(), pub);

    Map<String, String> v = new HashMap<>();
    v.put("open", curly ? "\u201c" : "\"");
    v.put("close", curly ? "\u201d" : "\"");
    v.put("open2", curly ? "\u2018" : "'");
    v.put("close2", curly ? "\u2019" : "'");
    v.put("party.name", party[0]);
    v.put("party.short", party[1]);
    v.put("party.members", party[2]);
    person(v, "p", p, party[1], honorifics, true, r);
    v.put("p.age", Integer.toString(p.age()));
    v.put("join.year", Integer.toString(p.joinYear()));
    v.put("join.decade", (p.joinYear() / 10 * 10) + "s");
    v.put("left.decade", p.leftDecade() + "s");
    v.put("rejoin.year", Integer.toString(p.rejoinYear()));
    v.put("when.event", eventWhen(p.eventDate(), delta, r));
    v.put("topic", Rand.pick(r, data.topics));
    v.put("outlet.told", outlet[1]);
    leader(v, leader, party[1], r);
    v.put("body.full", batch.bodyName());
    v.put("body.abbr", batch.bodyAbbr());
    v.put(
        "body.intro",
        r.nextBoolean() ? batch.bodyName() + " (" + batch.bodyAbbr() + ")" : batch.bodyName());
    v.put("batch.when", monthWhen(batch.date(), pub, r, true));
    v.put("groups", list(batch.groups()));
    v.put("groups.count", COUNTS[batch.groups().size()]);
    v.put("pct1", Integer.toString(20 + r.nextInt(20)));
    v.put("pct2", Integer.toString(20 + r.nextInt(20)));
    v.put("n.members", String.format("%,d", 200 + r.nextInt(40) * 50));
    String[] union = Rand.pick(r, data.unions);
    v.put("union.name", union[0]);
    v.put("u.full", randomName(r));
    v.put("conf.city", Rand.pick(r, data.cities));
    v.put("rm.person", randomName(r));
    v.put("rm.person2", randomName(r));
    String reporter = randomName(r);
    v.put("reporter", reporter);
    v.put("published.long", longDate(pub));
    v.put("publ.weekday", WEEKDAYS[pub.getDayOfWeek().getValue() - 1]);
    v.put("protest.weekday", Rand.pick(r, List.of(WEEKDAYS)));
    v.put("conf.month", MONTHS[pub.minusMonths(1 + r.nextInt(3)).getMonthValue() - 1]);
    v.put("n.signatures", String.format("%,d", 1000 + r.nextInt(200) * 137));
    v.put("n.weeks", Integer.toString(6 + r.nextInt(40)));
    v.put("w.full", randomName(r));

    String title = Template.fill(Rand.pick(r, data.section("title." + p.event())), v);
    List<String> paras = new ArrayList<>();
    if (Rand.chance(r, 0.5)) {
      paras.add(fill(r, "byline", v));
    }
    if (Rand.chance(r, 0.25)) {
      paras.add(title);
    }
    paras.add(fill(r, "lead." + p.event(), v));
    quoteBlock(paras, v, p, party[1], leader, batch, r);
    if (Rand.chance(r, 0.7)) {
      paras.add(fill(r, "history", v));
    }
    if (Rand.chance(r, 0.4)) {
      int n = 1 + r.nextInt(2);
      for (int k = 0; k < n; k++) {
        paras.add(fill(r, "readmore", v));
      }
    }
    if (Rand.chance(r, 0.5)) {
      tweet(paras, v, p, r);
    }
    if (Rand.chance(r, 0.8)) {
      paras.add(fill(r, "proscription", v));
    }
    if (Rand.chance(r, 0.7)) {
      paras.add(fill(r, "spokesperson", v));
    }
    if (Rand.chance(r, 0.7)) {
      int n = 1 + r.nextInt(2);
      for (int k = 0; k < n; k++) {
        Person q = sameParty(p, r);
        person(v, "r", q, world.party(q.party())[1], honorifics, false, r);
        String first = quote(r, v);
        String second = quote(r, v);
        String said = first.equals(second) ? first : first + " " + second;
        v.put("r.q", said);
        v.put("r.qc", commaEnd(said));
        paras.add(fill(r, "reaction", v));
      }
    }
    if (Rand.chance(r, 0.6)) {
      Person s = secondary(p, pub, r);
      if (s != null) {
        person(v, "s", s, party[1], honorifics, true, r);
        v.put("s.when", monthWhen(s.eventDate(), pub, r, false));
        v.put("s.topic", Rand.pick(r, data.topics));
        paras.add(fill(r, "secondary." + s.event(), v));
      }
    }
    List<String> context = new ArrayList<>(data.section("context"));
    int target = 2000 + r.nextInt(800);
    int length = 0;
    for (String s : paras) {
      length += s.length() + 1;
    }
    while (length < target && !context.isEmpty()) {
      String s = Template.fill(context.remove(r.nextInt(context.size())), v);
      paras.add(s);
      length += s.length() + 1;
    }
    if (Rand.chance(r, 0.3)) {
      paras.add(fill(r, "donation", v));
    }
    String text = String.join(blankLines ? "\n\n" : "\n", paras);
    return new Draft(title, outlet[0], pub, text);
  }

  /** What {@link #draft} produces, before the id is computed. */
  record Draft(String title, String outlet, LocalDate published, String text) {}

  private String fill(SplittableRandom r, String section, Map<String, String> v) {
    return Template.fill(Rand.pick(r, data.section(section)), v);
  }

  private static void person(
      Map<String, String> v,
      String prefix,
      Person p,
      String partyShort,
      boolean honorifics,
      boolean appositive,
      SplittableRandom r) {
    String role = p.role().replace("{short}", partyShort);
    v.put(prefix + ".full", p.full());
    v.put(prefix + ".role", role);
    v.put(
        prefix + ".intro",
        !appositive || Rand.chance(r, 0.8) ? role + " " + p.full() : p.full() + ", the " + role + ",");
    v.put(prefix + ".short", honorifics ? p.honorific() + " " + p.surname() : p.surname());
    v.put(prefix + ".pron", p.female() ? "she" : "he");
    v.put(prefix + ".poss", p.female() ? "her" : "his");
    v.put(prefix + ".obj", p.female() ? "her" : "him");
  }

  private static void leader(Map<String, String> v, Person l, String partyShort, SplittableRandom r) {
    boolean knighted = !l.female() && r.nextInt(3) == 0;
    String full = (knighted ? "Sir " : "") + l.full();
    v.put("leader.intro", partyShort + " leader " + full);
    v.put("leader.short", knighted ? "Sir " + l.given() : l.surname());
    v.put("leader.poss", l.female() ? "her" : "his");
  }

  private void quoteBlock(
      List<String> paras,
      Map<String, String> v,
      Person p,
      String partyShort,
      Person leader,
      Batch batch,
      SplittableRandom r) {
    List<String> pool = new ArrayList<>(data.quotes);
    int n = 2 + r.nextInt(3);
    List<String> said = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      said.add(
          pool.remove(r.nextInt(pool.size()))
              .replace("{party}", partyShort)
              .replace("{leader}", leader.surname())
              .replace("{body}", batch.bodyAbbr()));
    }
    String open = v.get("open");
    String close = v.get("close");
    String pron = v.get("p.pron");
    switch (r.nextInt(4)) {
      case 0 -> {
        // “First. Second,” she said.
        String q = String.join(" ", said);
        paras.add(open + commaEnd(q) + close + " " + pron + " said.");
      }
      case 1 -> paras.add(
          v.get("p.short") + " told " + v.get("outlet.told") + ": " + open
              + String.join(" ", said) + close);
      case 2 -> {
        // A quotation over several paragraphs: each opens with a mark, only the last closes.
        StringBuilder sb = new StringBuilder(fill(r, "medium", v)).append(' ');
        for (int k = 0; k < said.size(); k++) {
          if (k > 0) {
            paras.add(sb.toString());
            sb.setLength(0);
          }
          sb.append(open).append(said.get(k));
        }
        paras.add(sb.append(close).toString());
      }
      default -> {
        paras.add(open + commaEnd(said.get(0)) + close + " said " + v.get("p.short") + ".");
        paras.add(
            open + commaEnd(String.join(" ", said.subList(1, said.size()))) + close + " " + pron
                + " added.");
      }
    }
  }

  private String quote(SplittableRandom r, Map<String, String> v) {
    return Rand.pick(r, data.quotes)
        .replace("{party}", v.get("party.short"))
        .replace("{leader}", v.get("leader.short"))
        .replace("{body}", v.get("body.abbr"));
  }

  private static String commaEnd(String q) {
    return q.endsWith(".") ? q.substring(0, q.length() - 1) + "," : q;
  }

  private void tweet(List<String> paras, Map<String, String> v, Person p, SplittableRandom r) {
    String text = quote(r, v);
    String initials = "" + p.given().charAt(0) + p.surname().charAt(0);
    String date = usDate(p.eventDate());
    boolean curly = v.get("open").equals("\u201c");
    String q1 = curly ? "\u2018" : "'";
    String q2 = curly ? "\u2019" : "'";
    paras.add(q1 + text + q2 + " " + initials);
    paras.add("\u2014 " + p.full() + " (@" + p.handle() + ") " + date);
    if (Rand.chance(r, 0.3)) {
      // A supporter's embed whose text did not survive scraping: the dash line alone.
      Person s = world.person(r.nextInt(world.people()));
      paras.add("\u2014 " + s.full() + " MP (@" + s.handle() + ") " + date);
    }
  }

  /** Someone from the subject's party when one turns up quickly, else anyone. */
  private Person sameParty(Person p, SplittableRandom r) {
    Person q = null;
    for (int tries = 0; tries < 8; tries++) {
      q = world.person(r.nextInt(world.people()));
      if (q.party() == p.party() && q.index() != p.index()) {
        break;
      }
    }
    return q;
  }

  private Person secondary(Person p, LocalDate pub, SplittableRandom r) {
    for (int tries = 0; tries < 12; tries++) {
      Person s = world.person(r.nextInt(world.people()));
      if (s.index() != p.index()
          && s.party() == p.party()
          && s.event() != EventKind.Joining
          && s.eventDate().isBefore(pub)) {
        return s;
      }
    }
    return null;
  }

  private static String eventWhen(LocalDate event, int delta, SplittableRandom r) {
    String weekday = WEEKDAYS[event.getDayOfWeek().getValue() - 1];
    return switch (r.nextInt(delta <= 1 ? 4 : 3)) {
      case 0 -> "on " + weekday;
      case 1 -> "on " + longDate(event);
      case 2 -> "on " + weekday + " " + event.getDayOfMonth() + " " + MONTHS[event.getMonthValue() - 1];
      default -> delta == 0 ? "today" : "yesterday";
    };
  }

  /** A past date at month precision, said relative to {@code pub} where a reporter would. */
  private static String monthWhen(LocalDate d, LocalDate pub, SplittableRandom r, boolean exact) {
    long months = ChronoUnit.MONTHS.between(d.withDayOfMonth(1), pub.withDayOfMonth(1));
    String month = MONTHS[d.getMonthValue() - 1];
    if (exact && r.nextInt(4) == 0) {
      return "on " + longDate(d);
    }
    if (months == 0) {
      return r.nextBoolean() ? "earlier this month" : "in " + month;
    }
    if (months == 1) {
      return r.nextBoolean() ? "last month" : "in " + month;
    }
    if (d.getYear() == pub.getYear()) {
      return "in " + month;
    }
    if (d.getYear() == pub.getYear() - 1 && r.nextBoolean()) {
      return "last year";
    }
    return r.nextBoolean() ? "in " + month + " " + d.getYear() : "in " + d.getYear();
  }

  static String longDate(LocalDate d) {
    return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
  }

  static String usDate(LocalDate d) {
    return MONTHS[d.getMonthValue() - 1] + " " + d.getDayOfMonth() + ", " + d.getYear();
  }

  private String randomName(SplittableRandom r) {
    List<String> given = r.nextBoolean() ? data.givenFemale : data.givenMale;
    return Rand.pick(r, given) + " " + Rand.pick(r, data.surnames);
  }

  private static String list(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }
}
