package io.iotnetwork.generator.random;

/**
 * A deliberate mistake that {@link RandomDefinitions#broken(long)} can inject, with the id of the
 * rule in {@code docs/rules.md} that must report it as an error.
 */
public enum Fault {
  NETWORK_ID("network-id"),
  NETWORK_WITHOUT_HUB("network-without-hub"),
  UNSUPPORTED_CLOUD("supported-cloud", "cloud"),
  DUPLICATE_HUB_NAME("duplicate-name", "hub name"),
  DUPLICATE_PRIVATE_ENDPOINT_NAME("duplicate-name", "endpoint name"),
  DUPLICATE_SUBNET_NAME("duplicate-name"),
  DUPLICATE_DEVICE_SITE_NAME("duplicate-name"),
  HUB_NAME("iot-hub-name", "hub name"),
  TAG_LIMITS("tag-limits"),
  SKU_UNITS("iot-hub-sku-capacity"),
  BUILT_IN_ENDPOINT("built-in-endpoint"),
  TLS_VERSION("min-tls-version"),
  HUB_UNREACHABLE("hub-unreachable"),
  IP_FILTER_RULE_LIMIT("ip-filter-rule-limit"),
  IP_FILTER_ADDRESS("ip-filter-address"),
  IP_ADDRESS_WHITESPACE("ip-address-whitespace"),
  PRIVATE_ENDPOINT_NAME("private-endpoint-name", "endpoint name"),
  IP_FILTER_RULE_NAME("ip-filter-rule-name"),
  EXISTING_DNS_ZONE("existing-dns-zones", "cloud"),
  EXISTING_SUBNET_ID("existing-resource-id", "endpoint subnet"),
  EXISTING_NETWORK_ID("existing-resource-id"),
  GATEWAY_ID("existing-resource-id"),
  UNDECLARED_SUBNET("declared-subnet", "endpoint subnet"),
  GATEWAY_SUBNET("private-endpoint-in-gateway-subnet", "endpoint subnet"),
  STATIC_IP("private-endpoint-static-ip"),
  NETWORK_PREFIX("virtual-network-prefix", "address space"),
  SUBNET_OUTSIDE_ADDRESS_SPACE("subnet-outside-address-space", "address space"),
  OVERLAPPING_SUBNETS("address-prefix-overlap"),
  EGRESS_WITHOUT_IDENTITY("egress-needs-identity", "authentication"),
  USER_ASSIGNED_TO_RESTRICTED("user-assigned-identity-restricted-target", "authentication"),
  KEY_BASED_TO_RESTRICTED("trusted-services-needs-identity-auth", "authentication"),
  UNKNOWN_ROUTE_ENDPOINT("route-unknown-endpoint", "endpoint names"),
  ROUTING_ENDPOINT_NAME("routing-endpoint-name", "endpoint names"),
  ROUTE_NAME("route-name"),
  ROUTING_LIMITS("routing-limits"),
  STORAGE_ENDPOINT_SETTINGS("storage-endpoint-settings"),
  SERVICE_BUS_TIER("service-bus-trusted-services-tier"),
  EVENT_HUBS_TIER("event-hubs-firewall-tier"),
  TARGET_FIREWALL_IP_RULE("target-firewall-ip-rule"),
  TARGET_ID("egress-target-id"),
  IDENTITY_ID("egress-target-id"),
  TARGET_NAME("egress-target-name"),
  CONTAINER_NAME("egress-target-name"),
  TARGET_CONFLICT("egress-target-conflict"),
  FILE_UPLOAD_SETTINGS("file-upload-settings");

  private final String ruleId;
  private final String slot;

  Fault(String ruleId) {
    this(ruleId, null);
  }

  /** A fault that changes the same value as the others of its {@code slot}: one of them at a time. */
  Fault(String ruleId, String slot) {
    this.ruleId = ruleId;
    this.slot = slot == null ? name() : slot;
  }

  /** The rule that reports this mistake as an error. */
  public String ruleId() {
    return ruleId;
  }

  /** What it changes; faults of one slot are never injected together, as one would undo the other. */
  String slot() {
    return slot;
  }
}
