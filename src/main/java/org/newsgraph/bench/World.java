package org.newsgraph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The invented world a corpus reports on: people, parties, their bodies and factions, and the
 * events that happen to them. Every element is derived on demand from (seed, index), so nothing
 * grows with the corpus except the number of people, and several articles about one person
 * report the same event on the same date, as real coverage does.
 */
final class World {

  /** Kinds of event a person can be the subject of; names match the graph's event classes. */
  enum EventKind {
    Expulsion,
    Suspension,
    Reinstatement,
    Joining,
    Departure
  }

  /** An invented person and the one event the world holds for them. */
  record Person(
      int index,
      String given,
      String surname,
      boolean female,
      String role,
      int party,
      int age,
      int joinYear,
      int leftDecade,
      int rejoinYear,
      EventKind event,
      LocalDate eventDate,
      String handle) {

    String full() {
      return given + " " + surname;
    }

    String honorific() {
      if (role.contains("peer")) {
        return female ? "Baroness" : "Lord";
      }
      if (role.equals("academic")) {
        return "Dr";
      }
      return female ? "Ms" : "Mr";
    }
  }

  /** A proscription: a party body bans some factions on one date. */
  record Batch(int party, String bodyName, String bodyAbbr, LocalDate date, List<String> groups) {}

  static final LocalDate EPOCH = LocalDate.of(2016, 1, 1);
  static final int DAYS = 8 * 365;
  private static final int BATCH_MONTHS = 5;
  private static final long P_PERSON = 1;
  private static final long P_LEADER = 2;
  private static final long P_BATCH = 3;
  private static final long P_FACTIONS = 4;

  private final long seed;
  private final int people;
  private final BenchData data;
  private final List<List<String>> factions;

  World(long seed, int people, BenchData data) {
    this.seed = seed;
    this.people = people;
    this.data = data;
    List<List<String>> f = new ArrayList<>();
    for (int p = 0; p < data.parties.size(); p++) {
      f.add(buildFactions(p));
    }
    this.factions = List.copyOf(f);
  }

  int people() {
    return people;
  }

  int parties() {
    return data.parties.size();
  }

  String[] party(int p) {
    return data.parties.get(p);
  }

  Person person(int k) {
    SplittableRandom r = Rand.stream(seed, P_PERSON, k);
    return newPerson(k, r, true);
  }

  /** The party's leader during the four-year era containing {@code date}. */
  Person leader(int party, LocalDate date) {
    int era = (date.getYear() - 2000) / 4;
    SplittableRandom r = Rand.stream(seed, P_LEADER, party * 1000L + era);
    Person p = newPerson(-1, r, false);
    return new Person(
        -1, p.given(), p.surname(), p.female(), "leader", party, p.age(), p.joinYear(),
        p.leftDecade(), p.rejoinYear(), p.event(), p.eventDate(), p.handle());
  }

  private Person newPerson(int k, SplittableRandom r, boolean weighted) {
    boolean female = r.nextBoolean();
    String given = Rand.pick(r, female ? data.givenFemale : data.givenMale);
    String surname = Rand.pick(r, data.surnames);
    // Most coverage is about the parties with the most members: weight towards the first ones.
    int party = weighted && r.nextInt(3) > 0 ? r.nextInt(2) : r.nextInt(data.parties.size());
    String role = Rand.pick(r, data.roles);
    int age = 35 + r.nextInt(50);
    int joinYear = Math.max(1955, 2016 - age + 18 + r.nextInt(10));
    int leftDecade = Math.min(2000, (joinYear / 10 + 1 + r.nextInt(2)) * 10);
    int rejoinYear = 2015 + r.nextInt(3);
    EventKind[] kinds = EventKind.values();
    // Expulsions and suspensions dominate the coverage this corpus imitates.
    int roll = r.nextInt(10);
    EventKind event = roll < 4 ? kinds[0] : roll < 7 ? kinds[1] : kinds[2 + r.nextInt(3)];
    LocalDate date = EPOCH.plusDays(r.nextInt(DAYS));
    String handle =
        switch (r.nextInt(3)) {
          case 0 -> (given + surname).replaceAll("[^A-Za-z]", "");
          case 1 -> (given.charAt(0) + surname + "MP").replaceAll("[^A-Za-z]", "");
          default -> (given + "_" + surname).toLowerCase().replaceAll("[^a-z_]", "");
        };
    return new Person(
        k, given, surname, female, role, party, age, joinYear, leftDecade, rejoinYear, event, date,
        handle);
  }

  /** The latest proscription by {@code party} strictly before {@code date}. */
  Batch batchBefore(int party, LocalDate date) {
    long months = (date.getYear() - EPOCH.getYear()) * 12L + date.getMonthValue() - 1;
    long b = Math.max(0, months / BATCH_MONTHS);
    Batch batch = batch(party, b);
    if (!batch.date().isBefore(date) && b > 0) {
      batch = batch(party, b - 1);
    }
    return batch;
  }

  private Batch batch(int party, long b) {
    SplittableRandom r = Rand.stream(seed, P_BATCH, party * 100_000L + b);
    LocalDate first = EPOCH.plusMonths(b * BATCH_MONTHS);
    LocalDate date = first.plusDays(r.nextInt(28));
    String shortName = data.parties.get(party)[1];
    List<String[]> bodies = new ArrayList<>();
    for (String[] body : data.bodies) {
      if (body[0].equals(shortName)) {
        bodies.add(body);
      }
    }
    String[] body = bodies.isEmpty() ? new String[] {"", "National Executive", "NE"} : bodies.get(0);
    if (bodies.size() > 1 && r.nextInt(4) == 0) {
      body = bodies.get(1 + r.nextInt(bodies.size() - 1));
    }
    List<String> pool = new ArrayList<>(factions.get(party));
    int n = 2 + r.nextInt(3);
    List<String> groups = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      groups.add(pool.remove(r.nextInt(pool.size())));
    }
    return new Batch(party, body[1], body[2], date, List.copyOf(groups));
  }

  private List<String> buildFactions(int party) {
    SplittableRandom r = Rand.stream(seed, P_FACTIONS, party);
    String shortName = data.parties.get(party)[1];
    List<String> out = new ArrayList<>();
    while (out.size() < 14) {
      String name;
      if (r.nextInt(3) == 0) {
        name =
            Rand.pick(r, data.factionPatterns)
                .replace("{short}", shortName)
                .replace("{enemy}", Rand.pick(r, data.factionEnemies));
      } else {
        name = Rand.pick(r, data.factionAdjectives) + " " + Rand.pick(r, data.factionNouns);
      }
      if (!out.contains(name)) {
        out.add(name);
      }
    }
    return List.copyOf(out);
  }
}
