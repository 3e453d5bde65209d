package org.newsgraph.link;

/** A failure reading a Wikidata dump or index, or talking to the Wikidata API. */
public class WikidataException extends RuntimeException {
  public WikidataException(String message) {
    super(message);
  }

  public WikidataException(String message, Throwable cause) {
    super(message, cause);
  }
}
