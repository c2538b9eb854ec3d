package io.iotnetwork.generator.adopt;

import com.azure.resourcemanager.iothub.models.PublicNetworkAccess;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Who may reach the hub and how: {@code publicNetworkAccess}, {@code disableLocalAuth},
 * {@code disableDeviceSAS}, {@code disableModuleSAS}, {@code minTlsVersion} and the built-in
 * endpoint's {@code eventHubEndpoints.events}. Values weaker than the DSL's secure defaults are
 * written explicitly, so adopting the hub never changes it.
 */
final class IngressGroup implements PropertyGroup {
  private static final String DSL_TLS_DEFAULT = "1.2";

  @Override
  public void adopt(AdoptionContext context) {
    String access = context.take("properties", "publicNetworkAccess").map(JsonNode::asText).orElse("Enabled");
    if (access.equalsIgnoreCase("Disabled")) {
      context.hubCall("withoutPublicNetworkAccess");
    } else {
      context.hubCall("withPublicNetworkAccess", JavaCode.constant(PublicNetworkAccess.class, access));
      context.note(AdoptionNote.Kind.WEAKER_THAN_DEFAULT, "$.properties.publicNetworkAccess", "public network access is "
          + access + " (the DSL's default is Disabled); written explicitly as .withPublicNetworkAccess(..), you may"
          + " want to tighten it to .withoutPublicNetworkAccess() once devices use the private endpoint");
    }
    boolean localAuthDisabled = flag(context, "disableLocalAuth");
    if (!localAuthDisabled) {
      context.hubCall("withLocalAuth");
      context.note(AdoptionNote.Kind.WEAKER_THAN_DEFAULT, "$.properties.disableLocalAuth", "hub-scoped shared access"
          + " policies are allowed (the DSL's default disables them); written explicitly as .withLocalAuth(), you may"
          + " want to tighten it once services use Microsoft Entra ID");
    }
    if (flag(context, "disableDeviceSAS")) {
      context.hubCall("withoutDeviceSas");
    }
    if (flag(context, "disableModuleSAS")) {
      context.hubCall("withoutModuleSas");
    }
    Optional<String> tls = context.take("properties", "minTlsVersion").map(JsonNode::asText);
    if (tls.isEmpty()) {
      context.note(AdoptionNote.Kind.UNEXPRESSED, "$.properties.minTlsVersion", "the hub has no minTlsVersion (it accepts"
          + " TLS 1.0 and 1.1); the DSL always writes one, and it cannot change after creation");
    } else if (!tls.get().equals(DSL_TLS_DEFAULT)) {
      context.hubCall("withMinTlsVersion", JavaCode.string(tls.get()));
    }
    context.object("properties", "eventHubEndpoints", "events").ifPresent(events -> {
      long partitions = AdoptionContext.take(events, "partitionCount").map(JsonNode::asLong).orElse(4L);
      long retention = AdoptionContext.take(events, "retentionTimeInDays").map(JsonNode::asLong).orElse(1L);
      if (partitions != 4 || retention != 1) {
        context.hubCall("withBuiltInEventHubEndpoint", JavaCode.number(partitions), JavaCode.number(retention));
      }
    });
  }

  private static boolean flag(AdoptionContext context, String name) {
    return context.take("properties", name).map(JsonNode::asBoolean).orElse(false);
  }
}
