package io.iotnetwork.maven;

/** A mistake in the user's project; the Mojo turns it into a BUILD FAILURE without a stack trace. */
final class UserError extends Exception {
  private static final long serialVersionUID = 1L;

  UserError(String message) {
    super(message);
  }
}
