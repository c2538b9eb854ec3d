package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A place devices connect from. Used by validation and review; it writes no resource.
 *
 * @param name      a name for the site, e.g. {@code factory-berlin}
 * @param location  on-premises network or wide-area network
 * @param gateway   the existing VPN or ExpressRoute gateway that connects an on-premises site to
 *                  the virtual network
 * @param source    where it was declared
 */
public record DeviceSiteSpec(
    String name, DeviceLocation location, Optional<ExistingGateway> gateway, SourceLocation source) {

  public DeviceSiteSpec {
    requireNonNull(name);
    requireNonNull(location);
    requireNonNull(gateway);
    requireNonNull(source);
  }

  /** The DSL path in diagnostics: {@code deviceSite[<name>]}. */
  public String path() {
    return "deviceSite[" + name + "]";
  }
}
