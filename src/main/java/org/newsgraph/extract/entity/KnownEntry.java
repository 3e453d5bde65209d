package org.newsgraph.extract.entity;

import org.newsgraph.extract.EntityKind;

/**
 * One entry of the known-entities lexicon.
 *
 * @param canonical the name the entity gets
 * @param kind its type
 * @param strict true when the name is also a common word, so it is not trusted at a sentence
 *     start or in a title-case line
 * @param director for a work, the canonical name of its director, or null
 */
record KnownEntry(String canonical, EntityKind kind, boolean strict, String director) {}
