package io.iotnetwork.generator.validate;

/** How serious a diagnostic is. Any {@link #ERROR} stops generation: nothing is written. */
public enum Severity {
  /** The definition cannot be deployed as written, or would be unsafe; nothing is written. */
  ERROR,
  /** The templates are written, but the setup probably does not do what the user wants. */
  WARNING,
  /** Something the user should know, e.g. which deployment path the plan took. */
  INFO
}
