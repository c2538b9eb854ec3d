package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * {@code restrictOutboundNetworkAccess}: the hub may only reach FQDNs in {@code allowedFqdnList}.
 * The targets' host names are added by the generator; {@code extraAllowedFqdns} adds others (the
 * built-in endpoint's, once known).
 *
 * @param extraAllowedFqdns further FQDNs to allow
 * @param source            where it was declared
 */
public record OutboundRestrictionSpec(List<String> extraAllowedFqdns, SourceLocation source) {
  public OutboundRestrictionSpec {
    extraAllowedFqdns = List.copyOf(extraAllowedFqdns);
    requireNonNull(source);
  }
}
