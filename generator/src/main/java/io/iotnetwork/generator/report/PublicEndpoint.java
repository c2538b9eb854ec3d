package io.iotnetwork.generator.report;

import io.iotnetwork.model.IotHubSpec;

/**
 * How open a hub's public endpoint is.
 *
 * @param state              closed, filtered or open
 * @param allowedRanges      the IP filter's allow rules, when filtered
 * @param builtInEndpointCovered whether the IP filter also covers the built-in Event Hubs-compatible endpoint
 */
public record PublicEndpoint(State state, int allowedRanges, boolean builtInEndpointCovered) {

  /** The public endpoint's exposure. */
  public enum State {
    /** Public network access disabled: only private endpoints reach the hub. */
    CLOSED,
    /** Public access on, an IP filter denies by default and allows listed ranges. */
    FILTERED,
    /** Public access on and every address allowed. */
    OPEN,
    /** An existing hub: its public endpoint is whatever its owner set; the template does not change it. */
    UNMANAGED
  }

  /** The public endpoint of {@code hub}. */
  public static PublicEndpoint of(IotHubSpec hub) {
    if (hub.isExisting()) {
      return new PublicEndpoint(State.UNMANAGED, 0, false);
    }
    if (hub.publicAccessDisabled()) {
      return new PublicEndpoint(State.CLOSED, 0, true);
    }
    return hub.ipFilter().filter(filter -> filter.deniesByDefault())
        .map(filter -> new PublicEndpoint(State.FILTERED, filter.rules().size(),
            filter.applyToBuiltInEventHubEndpoint()))
        .orElse(new PublicEndpoint(State.OPEN, 0, false));
  }

  /** One phrase, e.g. {@code filtered: 2 IP ranges, built-in endpoint covered}. */
  public String describe() {
    return switch (state) {
      case CLOSED -> "closed: public network access disabled";
      case FILTERED -> "filtered: " + allowedRanges + " IP range" + (allowedRanges == 1 ? "" : "s") + ", built-in endpoint "
          + (builtInEndpointCovered ? "covered" : "NOT covered (stays public)");
      case OPEN -> "open to every address, built-in endpoint included";
      case UNMANAGED -> HubPosture.NOT_MANAGED;
    };
  }
}
