package io.iotnetwork.generator.report.scan;

import io.iotnetwork.generator.emit.arm.ArmStrings;
import io.iotnetwork.generator.report.scan.ScanResult.Outcome;
import io.iotnetwork.generator.report.scan.ScanResult.RuleInfo;
import java.util.List;

/**
 * Azure Policy "Private endpoint should be enabled for IoT Hub"
 * (0d40b058-9f95-4a19-93e3-9b0330baa2a3) counts the hub's {@code privateEndpointConnections} whose
 * status is {@code Approved}: runtime state the Network resource provider writes after deployment,
 * which no template holds. Never PASS or FAIL here: NOT_EVALUATED, with a labelled prediction from
 * the private endpoints the template declares for the hub.
 */
public final class PolicyIotHubPrivateEndpoint implements ScannerRule {
  private static final RuleInfo INFO = new RuleInfo("Azure Policy", "0d40b058-9f95-4a19-93e3-9b0330baa2a3",
      "Private endpoint should be enabled for IoT Hub",
      "Azure/azure-policy built-in-policies/policyDefinitions/Internet of Things/IoTHub_EnablePrivateEndpoint_Audit.json");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<ScanResult> evaluate(TemplateResources template) {
    List<TemplateResources.Scanned> endpoints = template.ofType("Microsoft.Network/privateEndpoints");
    return template.ofType("Microsoft.Devices/IotHubs").stream()
        .filter(hub -> hub.where().equals("main template"))
        .map(hub -> {
          String hubName = hub.json().path("name").asText();
          long automatic = endpoints.stream().filter(endpoint -> connectsTo(endpoint, hubName)).count();
          String prediction = automatic > 0
              ? "prediction: the template declares " + automatic + " private endpoint(s) with an automatic "
                  + "privateLinkServiceConnection to this hub (groupIds iotHub); if the deploying principal may approve "
                  + "it, a compliance scan after deployment should find an Approved connection"
              : "prediction: the template declares no private endpoint for this hub, so a scan should find none";
          return verdict(hub, Outcome.NOT_EVALUATED, "the policy reads privateEndpointConnections[*] status, which "
              + "exists only after deployment; " + prediction);
        }).toList();
  }

  /** True when {@code endpoint} connects automatically to the hub named {@code hubName} (text or expression). */
  private static boolean connectsTo(TemplateResources.Scanned endpoint, String hubName) {
    String name = ArmStrings.isExpression(hubName) ? hubName.substring(1, hubName.length() - 1) : "'" + hubName + "'";
    for (var connection : endpoint.json().at("/properties/privateLinkServiceConnections")) {
      String target = connection.at("/properties/privateLinkServiceId").asText();
      boolean iotHub = connection.at("/properties/groupIds").toString().contains("\"iotHub\"");
      if (iotHub && target.contains("'Microsoft.Devices/IotHubs', " + name + ")")) {
        return true;
      }
    }
    return false;
  }
}
