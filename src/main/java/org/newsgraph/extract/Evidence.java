package org.newsgraph.extract;

import java.util.Objects;
import org.newsgraph.nlp.Span;

/**
 * Where a fact comes from inside one article: the span, its exact text, the rule that
 * produced it and how sure that rule is. The article itself is implied by the
 * {@link ArticleFacts} that holds the fact.
 *
 * @param span UTF-16 offsets into the article text as ingested
 * @param quote the exact text between {@code span.begin()} and {@code span.end()}
 * @param rule the id of the rule or extractor, e.g. {@code expulsion.passive}
 * @param confidence in [0, 1]
 */
public record Evidence(Span span, String quote, String rule, double confidence) {

  public Evidence {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(rule, "rule");
    if (quote.length() != span.length()) {
      throw new IllegalArgumentException("quote does not match span " + span + ": " + quote);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
    }
    // Rule ids and names repeat across articles: where many articles' facts are held at once
    // (the in-memory resolver; builds used to hold them all, and at 100,000 articles millions
    // of copies of "Labour" and of "person.honorific" filled most of a 2 GB heap) they share
    // one String each. Long quotes (sentences, statements) rarely repeat and are left alone.
    rule = rule.intern();
    if (quote.length() <= SHARED_QUOTE_LENGTH) {
      quote = quote.intern();
    }
  }

  /** Quotes up to this length (names, short phrases) share one String per distinct text. */
  static final int SHARED_QUOTE_LENGTH = 40;

  /** Evidence for {@code span} of {@code text}. */
  public static Evidence of(String text, Span span, String rule, double confidence) {
    return new Evidence(span, span.of(text), rule, confidence);
  }
}
