package io.iotnetwork.generator.arm.read;

import static java.util.Objects.requireNonNull;

/**
 * Why an export could not be read: the file, the JSON path in it ({@code $.resources[0].apiVersion})
 * and what is wrong, with what would be accepted.
 */
public record ReadProblem(String file, String jsonPath, String message) {
  public ReadProblem {
    requireNonNull(file, "file");
    requireNonNull(jsonPath, "jsonPath");
    requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return file + " at " + jsonPath + ": " + message;
  }
}
