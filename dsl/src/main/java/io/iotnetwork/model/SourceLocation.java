package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

/**
 * Where the user's code declared a DSL element: the source file and line of the builder call.
 *
 * @param fileName   the source file name, e.g. {@code ContosoNetwork.java}
 * @param lineNumber the line, or 0 when unknown
 */
public record SourceLocation(String fileName, int lineNumber) {

  /** A location that could not be determined (no debug information). */
  public static final SourceLocation UNKNOWN = new SourceLocation("unknown", 0);

  public SourceLocation {
    requireNonNull(fileName);
  }

  /** True when the file and line are known. */
  public boolean isKnown() {
    return lineNumber > 0;
  }

  /** {@code ContosoNetwork.java:42}. */
  @Override
  public String toString() {
    return isKnown() ? fileName + ":" + lineNumber : fileName;
  }
}
