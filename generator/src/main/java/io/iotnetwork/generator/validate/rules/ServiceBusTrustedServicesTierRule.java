package io.iotnetwork.generator.validate.rules;

import com.azure.resourcemanager.servicebus.models.SkuName;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.ServiceBusNamespaceSpec;
import java.util.stream.Stream;

/**
 * {@code service-bus-trusted-services-tier}: only Premium Service Bus namespaces admit trusted
 * Microsoft services; Standard supports IP filtering but not "Trusted Services" (azure-facts §4).
 */
public final class ServiceBusTrustedServicesTierRule extends RuleSupport {

  public ServiceBusTrustedServicesTierRule() {
    super("service-bus-trusted-services-tier");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return EgressUses.targets(spec, ServiceBusNamespaceSpec.class)
        .filter(namespace -> namespace.firewall().restricted() && !SkuName.PREMIUM.equals(namespace.sku()))
        .map(namespace -> error(namespace.path(), namespace.source(),
            "Service Bus namespace '" + namespace.name() + "' is " + namespace.sku() + " with a firewall that admits "
                + "only trusted Microsoft services, but only Premium supports the trusted services exception "
                + "(Standard supports IP filtering, not Trusted Services); the hub could not reach it.",
            namespace.created()
                ? "Call .withSku(ServiceBusSku.PREMIUM) on ServiceBusNamespace.define(\"" + namespace.name()
                    + "\"), or .withFirewall(Firewall.ALL_NETWORKS)."
                : "Upgrade the namespace to Premium and pass ServiceBusSku.PREMIUM to ServiceBusNamespace.existing(..), "
                    + "or declare it .withFirewall(Firewall.ALL_NETWORKS)."));
  }
}
