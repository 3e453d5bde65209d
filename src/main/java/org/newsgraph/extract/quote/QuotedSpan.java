package org.newsgraph.extract.quote;

import org.newsgraph.nlp.Span;

/**
 * One printed quoted span inside one paragraph, as {@link QuoteFinder} finds it.
 *
 * @param inner the quoted words without the quotation marks, whitespace trimmed
 * @param outer the whole printed quotation, marks included (for an unclosed piece: the opening
 *     mark to the end of the words)
 * @param single true for single quotation marks ('…' or ‘…’)
 * @param paragraph index of the paragraph in {@code AnalysedText.paragraphs()}
 * @param closed false when no closing mark was printed in the paragraph
 * @param atParagraphStart true when the opening mark is the paragraph's first character
 * @param continuation true when this piece continues a quote left open at the end of the
 *     previous paragraph (UK style: an opening mark at each paragraph, one closing mark at the
 *     end)
 * @param group pieces of one multi-paragraph quotation share a group number; other quotes have
 *     their own
 */
public record QuotedSpan(
    Span inner,
    Span outer,
    boolean single,
    int paragraph,
    boolean closed,
    boolean atParagraphStart,
    boolean continuation,
    int group) {}
