package io.iotnetwork.generator.random;

import com.azure.core.management.AzureEnvironment;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import io.iotnetwork.dsl.IotHubStages;
import io.iotnetwork.model.StorageEndpointSettings;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

/** Values that break one rule each, drawn from a draw of their own. */
final class BadValues {
  private static final String IDS = "/subscriptions/" + ExistingIds.HOME_SUBSCRIPTION + "/resourceGroups/rg-x/providers/";
  private static final List<String> NOT_IPV4 = List.of("10.0.0.*", "300.1.2.3", "10.0.0.0/33", "2001:db8::/32",
      "10.0.0.1-10.0.0.9", "010.1.1.1", "", "any", "10.0.0.0/255.255.255.0");

  private final Draw draw;

  BadValues(Draw draw) {
    this.draw = draw;
  }

  String networkId() {
    return draw.pick("-starts-with-hyphen", "has space", "x".repeat(65), "slash/id", "");
  }

  /** A cloud whose private DNS zone names are unknown: deprecated, as the cloud itself is retired. */
  @SuppressWarnings("deprecation")
  AzureEnvironment cloud() {
    return AzureEnvironment.AZURE_GERMANY;
  }

  String hubName() {
    return draw.pick("ab", "-hub", "hub-", "12345", "hub_01", "h".repeat(51), "hub.contoso", "hüb-01");
  }

  int units(IotHubSku sku) {
    if (IotHubSku.F1.equals(sku)) {
      return draw.pick(0, 2, 3);
    }
    boolean small = IotHubSku.B3.equals(sku) || IotHubSku.S3.equals(sku);
    return draw.chance(0.2) ? draw.pick(0, -1) : small ? draw.between(11, 50) : draw.between(201, 1000);
  }

  IotHubStages.WithOptions builtInEndpoint(IotHubStages.WithOptions hub) {
    return switch (draw.between(0, 2)) {
      case 0 -> hub.withBuiltInEventHubEndpoint(draw.pick(0, -1), 1);
      case 1 -> hub.withBuiltInEventHubEndpoint(draw.between(33, 128), 1);
      default -> hub.withBuiltInEventHubEndpoint(4, 0);
    };
  }

  String tlsVersion() {
    return draw.pick("1.3", "1.5", "TLS1_2", "");
  }

  /** Not an IPv4 address or CIDR range, as the hub's IP filter and targets' firewalls take them. */
  String notIpv4() {
    return draw.pick(NOT_IPV4);
  }

  /** Tags beyond Azure's limits: a long name or value, a forbidden character, or 51 tags. */
  void tags(BiConsumer<String, String> withTag) {
    switch (draw.between(0, 3)) {
      case 0 -> withTag.accept("n".repeat(513), "v");
      case 1 -> withTag.accept("owner", "v".repeat(257));
      case 2 -> withTag.accept(draw.pick("team/unit", "a<b", "100%", "r&d", "why?", "back\\slash"), "v");
      default -> IntStream.rangeClosed(0, 50).forEach(i -> withTag.accept("bulk-" + i, "v"));
    }
  }

  /** {@code address} with whitespace around it, as pasted from a file. */
  String padded(String address) {
    return draw.pick(" " + address + " \n", address + "\t", "\n" + address);
  }

  /** A private endpoint name Azure refuses: quotes and markup, a trailing period or hyphen, too long. */
  String privateEndpointName() {
    return draw.pick("pe-'${x}]<b>\"q\"", "pe-hub.", "pe-hub-", "p", "p".repeat(65), "pe hub");
  }

  String ipRuleName() {
    return draw.pick("with space", "", "x".repeat(129), "slash/name", "tab\tname", "ümlaut", "back\\slash");
  }

  /** A zone id of another type, of another cloud's zone, or no id at all. */
  String dnsZoneId(String validId) {
    return switch (draw.between(0, 2)) {
      case 0 -> validId.replace("privateDnsZones", "dnsZones");
      case 1 -> validId.substring(0, validId.lastIndexOf('/') + 1) + "privatelink.example.net";
      default -> validId.substring(validId.lastIndexOf('/') + 1);
    };
  }

  /** Not a subnet id: the network's id, another type, a bare name or an empty segment. */
  String subnetId(String validId) {
    return switch (draw.between(0, 3)) {
      case 0 -> validId.substring(0, validId.toLowerCase(Locale.ROOT).lastIndexOf("/subnets/"));
      case 1 -> IDS + "Microsoft.Network/subnets/snet-pe";
      case 2 -> validId.substring(validId.lastIndexOf('/') + 1);
      default -> validId.replace("/resourceGroups/", "/resourceGroups//");
    };
  }

  String virtualNetworkId(String validId) {
    return draw.pick(validId + "/subnets/snet-dns", IDS + "Microsoft.ClassicNetwork/virtualNetworks/vnet-dns",
        validId.substring(validId.lastIndexOf('/') + 1));
  }

  String gatewayId(String validId) {
    return draw.pick(IDS + "Microsoft.Network/virtualNetworks/vnet-gw", IDS + "Microsoft.Network/vpnGateways/gw-1",
        validId.substring(validId.lastIndexOf('/') + 1));
  }

  String staticIp() {
    return draw.pick("10.0.1.300", "10.0.1.0/24", "not-an-ip", "", "10.0.1");
  }

  /** An address space with host bits set, without a prefix length, or with an impossible one. */
  String networkPrefix(int block) {
    return draw.pick("10." + block + ".1.0/16", "10." + block + ".0.0", "10." + block + ".0.0/33");
  }

  String outsidePrefix() {
    return "192.168." + draw.between(0, 255) + ".0/24";
  }

  String routingEndpointName() {
    return draw.pick("events", "Events", "fileNotifications", "FILENOTIFICATIONS", "$default", "with space",
        "x".repeat(65), "slash/name", "");
  }

  String routeName() {
    return draw.pick("with space", "x".repeat(65), "slash/name", "", "ümlaut");
  }

  /** A route target that is no endpoint of the hub: unknown, or an endpoint's name in another case. */
  String unknownEndpoint(List<String> endpointNames) {
    List<String> recased = endpointNames.stream().filter(name -> !name.toUpperCase(Locale.ROOT).equals(name))
        .map(name -> name.toUpperCase(Locale.ROOT)).toList();
    if (!recased.isEmpty() && draw.chance(0.5)) {
      return draw.pick(recased);
    }
    return draw.pick("missing-endpoint", "Events", "$fallback");
  }

  IotHubStages.StorageEndpointOptions storageSettings(IotHubStages.StorageEndpointOptions endpoint) {
    return switch (draw.between(0, 2)) {
      case 0 -> endpoint.withBatchFrequencyInSeconds(draw.pick(0, 59, 721, 3600));
      case 1 -> endpoint.withMaxChunkSizeInBytes(draw.pick(0L, 10_485_759L, 524_288_001L));
      default -> endpoint.withFileNameFormat(StorageEndpointSettings.DEFAULT.fileNameFormat()
          .replace(draw.pick("{iothub}", "{partition}", "{YYYY}", "{MM}", "{DD}", "{HH}", "{mm}"), "x"));
    };
  }

  com.azure.resourcemanager.servicebus.models.SkuName serviceBusSkuBelowPremium() {
    return draw.pick(com.azure.resourcemanager.servicebus.models.SkuName.BASIC,
        com.azure.resourcemanager.servicebus.models.SkuName.STANDARD);
  }

  /** An id of a child resource, of another type, or a bare name, instead of {@code validId}. */
  String targetId(String validId) {
    return switch (draw.between(0, 2)) {
      case 0 -> validId + "/blobServices/default";
      case 1 -> validId.replaceFirst("/providers/[^/]+/[^/]+/", "/providers/Microsoft.Web/sites/");
      default -> validId.substring(validId.lastIndexOf('/') + 1);
    };
  }

  String identityId(String validId) {
    return draw.pick(validId.replace("userAssignedIdentities", "identities"),
        validId.substring(validId.lastIndexOf('/') + 1), validId + "/federatedIdentityCredentials/fic");
  }

  String storageAccountName() {
    return draw.pick("St-Bad", "ab", "s".repeat(25), "has_underscore", "stÜmlaut");
  }

  String eventHubsNamespaceName() {
    return draw.pick("evh1", "1evhns-bad", "evhns-ends-", "evhns_bad_name", "e".repeat(51));
  }

  String containerName() {
    return draw.pick("Uploads", "a--b", "ab", "-abc", "abc-", "c".repeat(64), "has_underscore");
  }

  IotHubStages.FileUpload fileUploadSettings(IotHubStages.FileUpload upload) {
    return switch (draw.between(0, 3)) {
      case 0 -> upload.withSasTtl(draw.pick(Duration.ZERO, Duration.ofMinutes(-5)));
      case 1 -> upload.withNotifications(Duration.ZERO, Duration.ofHours(1), 10);
      case 2 -> upload.withNotifications(Duration.ofMinutes(1), Duration.ofSeconds(-1), 10);
      default -> upload.withNotifications(Duration.ofMinutes(1), Duration.ofHours(1), draw.pick(0, 101, -3));
    };
  }
}
