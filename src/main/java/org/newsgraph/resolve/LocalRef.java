package org.newsgraph.resolve;

/** An entity of one article: the article's id and the entity's local id. */
public record LocalRef(String articleId, String localId) {}
