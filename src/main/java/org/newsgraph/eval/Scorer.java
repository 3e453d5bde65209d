package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.eval.Gold.GoldArticle;
import org.newsgraph.eval.Gold.GoldEntity;
import org.newsgraph.eval.Gold.GoldEvent;
import org.newsgraph.eval.Gold.GoldStatement;

/**
 * Scores a built dataset against a gold file, as the gold format describes: everything per
 * article (matched by dcterms:source = the gold's file name), entities by label or alternative
 * label equal to a gold name or alias (case and punctuation folded), events by (type, subject,
 * organisation) with the date scored separately at the gold's precision, statements per piece
 * of evidence by speaker and word overlap (60% of the gold's words in the span, 40% of the
 * span's words in the gold). Matching is one to one within an article.
 *
 * <p>The dataset is queried with SPARQL over its union default graph, as a researcher would.
 */
public final class Scorer {

  private static final String PREFIXES =
      """
      PREFIX ng: <https://w3id.org/newsgraph/ns#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX owl: <http://www.w3.org/2002/07/owl#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      """;

  /** A predicted entity (per article): its IRI, names and Wikidata links. */
  record PEntity(String iri, Set<String> names, Set<String> sameAs) {}

  record PEvent(String iri, String type, Set<String> subject, Set<String> organisation, String date) {}

  record PStatement(String iri, Set<String> speaker, String quote) {}

  private final DatasetGraph dsg;

  /** @param dsg a dataset whose default graph is the union of its named graphs */
  public Scorer(DatasetGraph dsg) {
    this.dsg = dsg;
  }

  public Scores score(Gold gold) {
    Map<String, Set<String>> labels = labels();
    Map<String, Map<String, PEntity>> persons = entities("ng:Person", labels);
    Map<String, Map<String, PEntity>> orgs = entities("ng:Organisation", labels);
    Map<String, Map<String, PEntity>> works = entities("ng:CreativeWork", labels);
    Map<String, List<PEvent>> events = events(labels);
    Map<String, List<PStatement>> statements = statements(labels);

    Map<String, Scores.Category> cats = new LinkedHashMap<>();
    for (String c : List.of("persons", "organisations", "works", "events", "statements")) {
      cats.put(c, new Scores.Category(0, 0, 0));
    }
    int[] dates = {0, 0};
    int[] wd = {0, 0, 0, 0}; // correct, with gold id, wrong links, links made on matched
    List<String> errors = new ArrayList<>();
    for (GoldArticle ga : gold.articles()) {
      String f = ga.file();
      entityScore("persons", f, Gold.nz(ga.persons()), persons.getOrDefault(f, Map.of()), cats, wd, errors);
      entityScore("organisations", f, Gold.nz(ga.organisations()), orgs.getOrDefault(f, Map.of()), cats, wd, errors);
      entityScore("works", f, Gold.nz(ga.works()), works.getOrDefault(f, Map.of()), cats, wd, errors);
      eventScore(f, ga, events.getOrDefault(f, List.of()), cats, dates, errors);
      statementScore(f, ga, statements.getOrDefault(f, List.of()), cats, errors);
    }
    return new Scores(
        cats,
        new Scores.Ratio(dates[0], dates[1]),
        new Scores.Ratio(wd[0], wd[1]),
        new Scores.Ratio(wd[2], wd[3]),
        errors);
  }

  // ---- matching

  /** Greedy one-to-one matching in gold order; returns gold index → predicted index. */
  private static <G, P> Map<Integer, Integer> match(List<G> gold, List<P> pred, BiPredicate<G, P> ok) {
    return match(gold, pred, ok, ok);
  }

  /**
   * Greedy one-to-one matching in two passes: pairs that also satisfy {@code preferred} first
   * (so two events of one type are paired with the gold items whose dates they share), then
   * the rest by {@code ok}.
   */
  private static <G, P> Map<Integer, Integer> match(
      List<G> gold, List<P> pred, BiPredicate<G, P> ok, BiPredicate<G, P> preferred) {
    Map<Integer, Integer> m = new TreeMap<>();
    Set<Integer> used = new HashSet<>();
    for (BiPredicate<G, P> test : List.of(preferred.and(ok), ok)) {
      for (int g = 0; g < gold.size(); g++) {
        if (m.containsKey(g)) {
          continue;
        }
        for (int p = 0; p < pred.size(); p++) {
          if (!used.contains(p) && test.test(gold.get(g), pred.get(p))) {
            m.put(g, p);
            used.add(p);
            break;
          }
        }
      }
    }
    return m;
  }

  private static boolean namesMatch(List<String> goldNames, Set<String> predNames) {
    for (String g : goldNames) {
      if (predNames.contains(Folding.fold(g))) {
        return true;
      }
    }
    return false;
  }

  private static void add(Map<String, Scores.Category> cats, String c, int tp, int fp, int fn) {
    cats.put(c, cats.get(c).plus(new Scores.Category(tp, fp, fn)));
  }

  private void entityScore(
      String cat,
      String file,
      List<GoldEntity> gold,
      Map<String, PEntity> predMap,
      Map<String, Scores.Category> cats,
      int[] wd,
      List<String> errors) {
    List<PEntity> pred = new ArrayList<>(predMap.values());
    Map<Integer, Integer> m = match(gold, pred, (g, p) -> namesMatch(g.names(), p.names()));
    add(cats, cat, m.size(), pred.size() - m.size(), gold.size() - m.size());
    for (int g = 0; g < gold.size(); g++) {
      GoldEntity ge = gold.get(g);
      if (!m.containsKey(g)) {
        errors.add(file + "\t" + cat + "\tmissed\t" + ge.name());
        continue;
      }
      PEntity pe = pred.get(m.get(g));
      if (ge.wikidata() != null) {
        wd[1]++;
        if (pe.sameAs().contains(ge.wikidata())) {
          wd[0]++;
        }
      }
      if (!pe.sameAs().isEmpty()) {
        wd[3]++;
        if (ge.wikidata() == null || !pe.sameAs().contains(ge.wikidata())) {
          wd[2]++;
          errors.add(file + "\twikidata\twrong\t" + ge.name() + " -> " + pe.sameAs());
        }
      }
    }
    Set<Integer> matched = new HashSet<>(m.values());
    for (int p = 0; p < pred.size(); p++) {
      if (!matched.contains(p)) {
        errors.add(file + "\t" + cat + "\tspurious\t" + pred.get(p).names());
      }
    }
  }

  private void eventScore(
      String file, GoldArticle ga, List<PEvent> pred, Map<String, Scores.Category> cats, int[] dates,
      List<String> errors) {
    List<GoldEvent> gold = Gold.nz(ga.events());
    Map<Integer, Integer> m =
        match(
            gold,
            pred,
            (g, p) ->
                g.type().equals(p.type())
                    && namesMatch(ga.namesOf(g.subject()), p.subject())
                    && (g.organisation() == null
                        ? p.organisation().isEmpty()
                        : namesMatch(ga.namesOf(g.organisation()), p.organisation())),
            (g, p) -> g.date() == null ? p.date() == null : dateAgrees(g.date(), p.date()));
    add(cats, "events", m.size(), pred.size() - m.size(), gold.size() - m.size());
    for (int g = 0; g < gold.size(); g++) {
      GoldEvent ge = gold.get(g);
      if (!m.containsKey(g)) {
        errors.add(file + "\tevents\tmissed\t" + ge);
        continue;
      }
      PEvent pe = pred.get(m.get(g));
      if (ge.date() != null) {
        dates[1]++;
        if (dateAgrees(ge.date(), pe.date())) {
          dates[0]++;
        } else {
          errors.add(file + "\tdates\twrong\t" + ge.type() + " " + ge.subject() + " gold " + ge.date() + " got " + pe.date());
        }
      }
    }
    Set<Integer> matched = new HashSet<>(m.values());
    for (int p = 0; p < pred.size(); p++) {
      if (!matched.contains(p)) {
        PEvent pe = pred.get(p);
        errors.add(file + "\tevents\tspurious\t" + pe.type() + " " + pe.subject() + " " + pe.organisation());
      }
    }
  }

  /** Does a predicted date ("2021-08-14", "1960" decade as "196X") agree at the gold's precision? */
  static boolean dateAgrees(String gold, String pred) {
    if (pred == null) {
      return false;
    }
    if (gold.endsWith("X")) {
      return pred.length() >= 3 && pred.startsWith(gold.substring(0, 3));
    }
    return pred.startsWith(gold) && !pred.endsWith("X");
  }

  private void statementScore(
      String file, GoldArticle ga, List<PStatement> pred, Map<String, Scores.Category> cats,
      List<String> errors) {
    List<GoldStatement> gold = Gold.nz(ga.statements());
    Map<Integer, Integer> m =
        match(
            gold,
            pred,
            (g, p) -> namesMatch(ga.namesOf(g.speaker()), p.speaker()) && overlaps(g.text(), p.quote()));
    add(cats, "statements", m.size(), pred.size() - m.size(), gold.size() - m.size());
    for (int g = 0; g < gold.size(); g++) {
      if (!m.containsKey(g)) {
        errors.add(file + "\tstatements\tmissed\t" + gold.get(g).speaker() + ": " + gold.get(g).text());
      }
    }
    Set<Integer> matched = new HashSet<>(m.values());
    for (int p = 0; p < pred.size(); p++) {
      if (!matched.contains(p)) {
        errors.add(file + "\tstatements\tspurious\t" + pred.get(p).speaker() + ": " + pred.get(p).quote());
      }
    }
  }

  /** At least 60% of the gold's words are in the span and 40% of the span's words in the gold. */
  static boolean overlaps(String gold, String span) {
    List<String> g = Folding.words(gold);
    List<String> s = Folding.words(span);
    if (g.isEmpty() || s.isEmpty()) {
      return false;
    }
    Set<String> gs = new HashSet<>(g);
    Set<String> ss = new HashSet<>(s);
    long gIn = g.stream().filter(ss::contains).count();
    long sIn = s.stream().filter(gs::contains).count();
    return gIn >= 0.6 * g.size() && sIn >= 0.4 * s.size();
  }

  // ---- reading the dataset

  private List<QuerySolution> select(String q) {
    List<QuerySolution> out = new ArrayList<>();
    try (QueryExecution qe = QueryExecution.create(PREFIXES + q, org.apache.jena.query.DatasetFactory.wrap(dsg))) {
      ResultSet rs = qe.execSelect();
      rs.forEachRemaining(out::add);
    }
    return out;
  }

  /** Folded labels and alt labels of every labelled node. */
  private Map<String, Set<String>> labels() {
    Map<String, Set<String>> m = new TreeMap<>();
    for (QuerySolution s :
        select("SELECT ?e ?l { { ?e rdfs:label ?l } UNION { ?e skos:altLabel ?l } }")) {
      if (s.get("e").isURIResource()) {
        m.computeIfAbsent(s.getResource("e").getURI(), k -> new HashSet<>())
            .add(Folding.fold(s.getLiteral("l").getLexicalForm()));
      }
    }
    return m;
  }

  private Map<String, Map<String, PEntity>> entities(String cls, Map<String, Set<String>> labels) {
    Map<String, Map<String, PEntity>> out = new TreeMap<>();
    for (QuerySolution s :
        select(
            "SELECT ?src ?e ?wd { ?e a " + cls + " ; ng:mentionedIn ?a . ?a dcterms:source ?src ."
                + " OPTIONAL { ?e owl:sameAs ?wd } }")) {
      String src = s.getLiteral("src").getLexicalForm();
      String e = s.getResource("e").getURI();
      PEntity pe =
          out.computeIfAbsent(src, k -> new LinkedHashMap<>())
              .computeIfAbsent(e, k -> new PEntity(e, labels.getOrDefault(e, Set.of()), new HashSet<>()));
      if (s.get("wd") != null && s.get("wd").isURIResource()) {
        String uri = s.getResource("wd").getURI();
        pe.sameAs().add(uri.substring(uri.lastIndexOf('/') + 1));
      }
    }
    return out;
  }

  private Map<String, List<PEvent>> events(Map<String, Set<String>> labels) {
    Map<String, Map<String, PEvent>> out = new TreeMap<>();
    for (QuerySolution s :
        select(
            "SELECT DISTINCT ?src ?ev ?type ?subj ?org ?date ?prec {"
                + " ?ev a ng:Event ; a ?type ; ng:subject ?subj ; ng:evidence ?x ."
                + " ?x ng:article ?a . ?a dcterms:source ?src ."
                + " FILTER(?type != ng:Event && STRSTARTS(STR(?type), STR(ng:)))"
                + " OPTIONAL { ?ev ng:organisation ?org }"
                + " OPTIONAL { ?ev ng:date ?date } OPTIONAL { ?ev ng:datePrecision ?prec } }"
                + " ORDER BY ?src ?ev")) {
      String src = s.getLiteral("src").getLexicalForm();
      String ev = s.getResource("ev").getURI();
      String type = s.getResource("type").getLocalName();
      String date = s.get("date") == null ? null : s.getLiteral("date").getLexicalForm();
      if (date != null && s.get("prec") != null && s.getResource("prec").getURI().endsWith("#Decade")) {
        date = date.substring(0, 3) + "X";
      }
      Set<String> subj = labels.getOrDefault(s.getResource("subj").getURI(), Set.of());
      Set<String> org =
          s.get("org") == null ? Set.of() : labels.getOrDefault(s.getResource("org").getURI(), Set.of());
      out.computeIfAbsent(src, k -> new LinkedHashMap<>())
          .putIfAbsent(ev, new PEvent(ev, type, subj, org, date));
    }
    Map<String, List<PEvent>> r = new TreeMap<>();
    out.forEach((k, v) -> r.put(k, new ArrayList<>(v.values())));
    return r;
  }

  private Map<String, List<PStatement>> statements(Map<String, Set<String>> labels) {
    Map<String, List<PStatement>> out = new TreeMap<>();
    for (QuerySolution s :
        select(
            "SELECT DISTINCT ?src ?s ?x ?speaker ?quote {"
                + " ?s a ng:Statement ; ng:evidence ?x . ?x ng:article ?a ; ng:quote ?quote ."
                + " ?a dcterms:source ?src . OPTIONAL { ?s ng:speaker ?speaker } }"
                + " ORDER BY ?src ?x")) {
      String src = s.getLiteral("src").getLexicalForm();
      Set<String> sp =
          s.get("speaker") == null ? Set.of() : labels.getOrDefault(s.getResource("speaker").getURI(), Set.of());
      out.computeIfAbsent(src, k -> new ArrayList<>())
          .add(new PStatement(s.getResource("s").getURI(), sp, s.getLiteral("quote").getLexicalForm()));
    }
    return out;
  }
}
