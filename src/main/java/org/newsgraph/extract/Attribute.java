package org.newsgraph.extract;

import org.newsgraph.extract.time.TimeValue;

/**
 * Something the text states about an entity: a role or post ("shadow home secretary"), an
 * occupation ("film director"), an age at a date, a descriptor ("lifelong socialist").
 *
 * @param property one of {@code role}, {@code occupation}, {@code age}, {@code descriptor}
 * @param value the stated value, as printed (normalised space)
 * @param organisationId the local id of the organisation a role belongs to, or null
 * @param at when it held (the age's date, a role's time), or null
 * @param former true for "former ..." / "ex-..."
 */
public record Attribute(
    String property,
    String value,
    String organisationId,
    TimeValue at,
    boolean former,
    Evidence evidence) {}
