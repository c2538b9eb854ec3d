package io.iotnetwork.dsl;

import com.azure.core.management.Region;
import io.iotnetwork.model.EgressTarget;
import io.iotnetwork.model.FirewallMode;

/**
 * The stages of the egress targets: {@link StorageAccount}, {@link EventHubsNamespace} and
 * {@link ServiceBusNamespace}.
 */
public interface EgressTargetStages {

  /**
   * Options of a target the template creates, then {@code build()}.
   *
   * @param <S> the SDK's SKU type of the target
   * @param <T> the target record
   */
  interface Created<S, T extends EgressTarget> {
    /**
     * Sets {@code sku.name}, e.g. {@code StorageSku.STANDARD_GRS}, {@code EventHubsSku.PREMIUM}; each target
     * documents its default.
     */
    Created<S, T> withSku(S sku);

    /** Sets {@code location}. Default: the network's region. */
    Created<S, T> inRegion(Region region);

    /** Adds a tag, over the network's tags. */
    Created<S, T> withTag(String name, String value);

    /**
     * Sets the firewall ({@link Firewall}). Default: {@link Firewall#TRUSTED_SERVICES_ONLY}: deny by default,
     * trusted Microsoft services allowed.
     */
    Created<S, T> withFirewall(FirewallMode mode);

    /** Also allows an IPv4 address or CIDR range through the firewall, e.g. an operations network. */
    Created<S, T> withFirewallIpRule(String ipAddressOrRange);

    /** The finished target. */
    T build();
  }

  /**
   * Options of an existing target, then {@code build()}.
   *
   * @param <T> the target record
   */
  interface Existing<T extends EgressTarget> {
    /**
     * States the existing target's firewall ({@link Firewall}). Default: {@link Firewall#TRUSTED_SERVICES_ONLY},
     * which sends egress through the hub's system-assigned identity.
     */
    Existing<T> withFirewall(FirewallMode mode);

    /**
     * An IPv4 address or CIDR range the existing namespace's firewall allows. The template
     * rewrites an existing namespace's rule set, so name every rule it must keep.
     */
    Existing<T> withFirewallIpRule(String ipAddressOrRange);

    /**
     * States that the hub's identity already holds the data roles it needs on this target's entities
     * (assignments made in the portal, whose names no template reproduces), so the template writes no
     * {@code Microsoft.Authorization/roleAssignments} for them: ARM would refuse a second assignment of
     * the same role ({@code RoleAssignmentExists}). Default: the template writes them.
     */
    Existing<T> withExistingGrant();

    /** The finished reference. */
    T build();
  }
}
