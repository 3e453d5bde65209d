package org.newsgraph.link;

/** A Wikidata item the linker weighed for an entity, with its score and why. */
public record Candidate(String qid, String label, String description, double score, String reason) {}
