package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

/**
 * The user runs their own DNS: no zones, links or zone groups are written.
 *
 * @param source where it was declared
 */
public record SelfManagedDns(SourceLocation source) implements PrivateDnsSpec {
  public SelfManagedDns {
    requireNonNull(source);
  }
}
