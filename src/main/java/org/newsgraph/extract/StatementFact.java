package org.newsgraph.extract;

import org.newsgraph.extract.time.TimeValue;

/**
 * A quotation (or reported statement) one article prints.
 *
 * @param speakerId local id of the speaker (a person, or an organisation for "a Labour
 *     spokesperson"), or null when no speaker could be attributed
 * @param speakerRole the role the text gives the speaker ("spokesperson"), or null
 * @param text the words as quoted, quotation marks removed, quotes and space normalised
 * @param direct true for a direct quotation, false for reported (indirect) speech
 * @param date when said, or null
 * @param medium where said ("Twitter", "BBC"), or null
 * @param evidence the quotation as printed: its span and quote, the attribution rule
 */
public record StatementFact(
    String speakerId,
    String speakerRole,
    String text,
    boolean direct,
    TimeValue date,
    String medium,
    Evidence evidence) {}
