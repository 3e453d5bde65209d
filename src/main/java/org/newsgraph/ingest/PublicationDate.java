package org.newsgraph.ingest;

import java.time.LocalDate;

/**
 * When an article was published, and how we know: {@code how} names the source ("header",
 * "metadata.csv", "html:meta", "jsonl", or "inferred:dateline", "inferred:embed" ...).
 * An inferred date is never presented as a stated one: dates resolved against it get a lower
 * confidence.
 */
public record PublicationDate(LocalDate date, boolean inferred, String how) {}
