package org.newsgraph.extract;

/** The event classes of the graph contract; names are the ontology's local names. */
public enum EventType {
  Expulsion,
  Proscription,
  Suspension,
  Reinstatement,
  Joining,
  Departure
}
