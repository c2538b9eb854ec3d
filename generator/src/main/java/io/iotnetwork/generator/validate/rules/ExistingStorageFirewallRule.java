package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.StorageAccountSpec;
import java.util.stream.Stream;

/**
 * {@code existing-storage-firewall}: iot-network does not write an existing storage account (a PUT
 * would restate the whole account), so a restricted firewall declared for it is an assumption the
 * user must check: "Allow trusted Microsoft services to access this storage account" on, default
 * deny (azure-facts §4).
 */
public final class ExistingStorageFirewallRule extends RuleSupport {

  public ExistingStorageFirewallRule() {
    super("existing-storage-firewall");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return EgressUses.targets(spec, StorageAccountSpec.class)
        .filter(target -> !target.created() && target.firewall().restricted())
        .map(target -> warning(target.path(), target.source(),
            "Storage account '" + target.name() + "' exists already and is declared with a firewall that admits "
                + "trusted Microsoft services; this template does not change an existing account's networkAcls"
                + (target.firewall().ipRules().isEmpty() ? "" : " (nor add the IP rules declared for it)")
                + ", so the hub reaches it only if the account already allows it.",
            "In the portal, on the account's Networking (Firewalls and virtual networks) blade, check that public "
                + "access is 'Enabled from selected virtual networks and IP addresses' (networkAcls.defaultAction "
                + "Deny) and that 'Allow trusted Microsoft services to access this storage account' is ticked "
                + "(networkAcls.bypass includes AzureServices)."));
  }
}
