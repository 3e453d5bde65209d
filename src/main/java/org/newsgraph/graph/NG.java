package org.newsgraph.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The {@code ng:} vocabulary: every IRI of {@code ontology/newsgraph.ttl} the code uses, named
 * by its local name (Jena's style, as in {@code ORG} or {@code DCTerms}). A test checks each is
 * declared in the ontology.
 */
public final class NG {
  private NG() {}

  public static final String NS = "https://w3id.org/newsgraph/ns#";
  public static final String PREFIX = "ng";

  private static Resource r(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property p(String local) {
    return ResourceFactory.createProperty(NS + local);
  }

  // Classes: articles and provenance
  public static final Resource Article = r("Article");
  public static final Resource Evidence = r("Evidence");
  public static final Resource StatedNumber = r("StatedNumber");

  // Classes: entities
  public static final Resource Person = r("Person");
  public static final Resource Organisation = r("Organisation");
  public static final Resource PoliticalParty = r("PoliticalParty");
  public static final Resource PartyBody = r("PartyBody");
  public static final Resource Faction = r("Faction");
  public static final Resource MediaOutlet = r("MediaOutlet");
  public static final Resource TradeUnion = r("TradeUnion");
  public static final Resource Company = r("Company");
  public static final Resource GovernmentBody = r("GovernmentBody");
  public static final Resource CreativeWork = r("CreativeWork");
  public static final Resource Film = r("Film");
  public static final Resource TelevisionProgramme = r("TelevisionProgramme");
  public static final Resource Documentary = r("Documentary");
  public static final Resource Attribute = r("Attribute");
  public static final Resource LinkCandidate = r("LinkCandidate");

  // Classes: events and statements
  public static final Resource Event = r("Event");
  public static final Resource Expulsion = r("Expulsion");
  public static final Resource Proscription = r("Proscription");
  public static final Resource Suspension = r("Suspension");
  public static final Resource Reinstatement = r("Reinstatement");
  public static final Resource Joining = r("Joining");
  public static final Resource Departure = r("Departure");
  public static final Resource Statement = r("Statement");
  public static final Resource IndirectStatement = r("IndirectStatement");
  /** Normalised words that more than one speaker is quoted saying. */
  public static final Resource Wording = r("Wording");

  // Date precision individuals
  public static final Resource DatePrecision = r("DatePrecision");
  public static final Resource Day = r("Day");
  public static final Resource Month = r("Month");
  public static final Resource Year = r("Year");
  public static final Resource Decade = r("Decade");

  // Entities
  public static final Property mentionedIn = p("mentionedIn");
  public static final Property mention = p("mention");
  public static final Property attribute = p("attribute");
  public static final Property attributeType = p("attributeType");
  public static final Property former = p("former");

  // Wikidata links: the chosen item's score and every candidate weighed
  public static final Property linkScore = p("linkScore");
  public static final Property linkCandidate = p("linkCandidate");
  public static final Property wikidataItem = p("wikidataItem");
  public static final Property score = p("score");

  // Events, memberships, statements
  public static final Property subject = p("subject");
  public static final Property organisation = p("organisation");
  public static final Property agent = p("agent");
  public static final Property reason = p("reason");
  public static final Property date = p("date");
  public static final Property datePrecision = p("datePrecision");
  public static final Property startDate = p("startDate");
  public static final Property endDate = p("endDate");
  public static final Property startDatePrecision = p("startDatePrecision");
  public static final Property endDatePrecision = p("endDatePrecision");
  public static final Property endedBy = p("endedBy");
  public static final Property speaker = p("speaker");
  public static final Property speakerRole = p("speakerRole");
  public static final Property text = p("text");
  public static final Property medium = p("medium");

  // Evidence
  public static final Property evidence = p("evidence");
  public static final Property article = p("article");
  public static final Property begin = p("begin");
  public static final Property end = p("end");
  public static final Property quote = p("quote");
  public static final Property rule = p("rule");
  public static final Property confidence = p("confidence");
  /** From a statement to its words, when more than one speaker has them (an ng:Wording). */
  public static final Property wording = p("wording");
  /** On a wording: the normalised words, space separated. */
  public static final Property words = p("words");
  /** From a wording to a wording that holds it, given to some other speaker. */
  public static final Property wordsWithin = p("wordsWithin");
  /** On a statement's evidence: the share of the statement's words its article prints. */
  public static final Property printedShare = p("printedShare");
  /** On an event's evidence: the date that article gives for the event. */
  public static final Property statedDate = p("statedDate");
  /** On an event's evidence: a count its words state ("four groups"), an ng:StatedNumber. */
  public static final Property statedNumber = p("statedNumber");
  /** On a stated number: what it counts, folded ("groups", "members"). */
  public static final Property counts = p("counts");
  /** On a stated number: its qualifier as printed ("more than", "some"). */
  public static final Property numberQualifier = p("numberQualifier");

  // Articles
  public static final Property issuedInferred = p("issuedInferred");
  public static final Property issuedSource = p("issuedSource");
  public static final Property textLength = p("textLength");
  public static final Property outletName = p("outletName");
}
