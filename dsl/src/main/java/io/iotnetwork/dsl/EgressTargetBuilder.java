package io.iotnetwork.dsl;

import static java.util.Objects.requireNonNull;

import com.azure.core.management.Region;
import io.iotnetwork.model.AzureResourceId;
import io.iotnetwork.model.CreatedTarget;
import io.iotnetwork.model.EgressTarget;
import io.iotnetwork.model.ExistingTarget;
import io.iotnetwork.model.FirewallMode;
import io.iotnetwork.model.SourceLocation;
import io.iotnetwork.model.TargetFirewallSpec;
import io.iotnetwork.model.TargetOrigin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The one builder behind every egress target's stages. */
final class EgressTargetBuilder<S, T extends EgressTarget>
    implements EgressTargetStages.Created<S, T>, EgressTargetStages.Existing<T> {

  /** Makes the target record from the collected facts. */
  interface Factory<S, T> {
    T make(String name, TargetOrigin origin, S sku, TargetFirewallSpec firewall, SourceLocation source);
  }

  private final Factory<S, T> factory;
  private final String name;
  private final Optional<ExistingTarget> existing;
  private final SourceLocation source;
  private S sku;
  private Optional<Region> region = Optional.empty();
  private final Map<String, String> tags = new TreeMap<>();
  private FirewallMode firewallMode = FirewallMode.TRUSTED_SERVICES_ONLY;
  private final List<String> ipRules = new ArrayList<>();
  private boolean grantsExist;

  private EgressTargetBuilder(Factory<S, T> factory, String name, Optional<ExistingTarget> existing, S sku,
      SourceLocation source) {
    this.factory = factory;
    this.name = name;
    this.existing = existing;
    this.sku = sku;
    this.source = source;
  }

  static <S, T extends EgressTarget> EgressTargetBuilder<S, T> created(Factory<S, T> factory, String name,
      S defaultSku, SourceLocation source) {
    return new EgressTargetBuilder<>(factory, requireNonNull(name, "name"), Optional.empty(), defaultSku, source);
  }

  static <S, T extends EgressTarget> EgressTargetBuilder<S, T> existing(Factory<S, T> factory, String resourceId,
      S sku, SourceLocation source) {
    requireNonNull(resourceId, "resourceId");
    String name = AzureResourceId.parse(resourceId).map(AzureResourceId::leafName).orElse(resourceId);
    return new EgressTargetBuilder<>(factory, name, Optional.of(new ExistingTarget(resourceId)),
        requireNonNull(sku, "sku"), source);
  }

  static <S, T extends EgressTarget> EgressTargetBuilder<S, T> existing(Factory<S, T> factory, String resourceGroup,
      String name, S sku, SourceLocation source) {
    Optional<String> group = Optional.of(requireNonNull(resourceGroup, "resourceGroup"));
    ExistingTarget where = new ExistingTarget(Optional.empty(), group, false);
    return new EgressTargetBuilder<>(factory, requireNonNull(name, "name"), Optional.of(where), requireNonNull(sku, "sku"),
        source);
  }

  @Override
  public EgressTargetBuilder<S, T> withSku(S sku) {
    this.sku = requireNonNull(sku, "sku");
    return this;
  }

  @Override
  public EgressTargetBuilder<S, T> inRegion(Region region) {
    this.region = Optional.of(requireNonNull(region, "region"));
    return this;
  }

  @Override
  public EgressTargetBuilder<S, T> withTag(String name, String value) {
    tags.put(requireNonNull(name, "name"), requireNonNull(value, "value"));
    return this;
  }

  @Override
  public EgressTargetBuilder<S, T> withFirewall(FirewallMode mode) {
    this.firewallMode = requireNonNull(mode, "mode");
    return this;
  }

  @Override
  public EgressTargetBuilder<S, T> withFirewallIpRule(String ipAddressOrRange) {
    ipRules.add(requireNonNull(ipAddressOrRange, "ipAddressOrRange"));
    return this;
  }

  @Override
  public EgressTargetBuilder<S, T> withExistingGrant() {
    this.grantsExist = true;
    return this;
  }

  @Override
  public T build() {
    TargetOrigin origin = existing.<TargetOrigin>map(where -> new ExistingTarget(where.resourceId(), where.resourceGroup(), grantsExist))
        .orElseGet(() -> new CreatedTarget(region, tags));
    return factory.make(name, origin, sku, new TargetFirewallSpec(firewallMode, ipRules), source);
  }
}
