package org.newsgraph.extract;

/** The three top-level kinds of actor the graph holds. */
public enum EntityType {
  PERSON,
  ORGANISATION,
  WORK
}
