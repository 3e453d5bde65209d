package org.newsgraph.publish;

/** A dataset folder could not be published: bad options, or a file that cannot be written. */
public class PublishException extends RuntimeException {
  public PublishException(String message) {
    super(message);
  }

  public PublishException(String message, Throwable cause) {
    super(message, cause);
  }
}
