package org.newsgraph.resolve;

import org.newsgraph.extract.Evidence;

/** A piece of evidence together with the article it lies in. */
public record ArticleEvidence(String articleId, Evidence evidence) {}
