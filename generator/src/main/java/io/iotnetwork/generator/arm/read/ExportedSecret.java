package io.iotnetwork.generator.arm.read;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A secret an export held at {@code path} (a JSON pointer into the resource body): a masked key, a
 * connection string, or a {@code securestring} parameter. Its value never leaves the reader: only
 * where it was, where it came from, and the parts of a connection string that are not keys (its
 * endpoint, key name and entity path), which say what it connects to.
 */
public record ExportedSecret(String path, Origin origin, Optional<String> parameterName, Optional<String> withoutKeys) {
  /** Where a secret came from. */
  public enum Origin {
    /** Masked by the exporter ({@code AccountKey=****}). */
    MASKED,
    /** A {@code securestring} or {@code secureObject} template parameter without a value. */
    SECURE_PARAMETER,
    /** A connection string with its keys, as the az CLI prints it. */
    CONNECTION_STRING
  }

  public ExportedSecret {
    requireNonNull(path, "path");
    requireNonNull(origin, "origin");
    requireNonNull(parameterName, "parameterName");
    requireNonNull(withoutKeys, "withoutKeys");
  }
}
