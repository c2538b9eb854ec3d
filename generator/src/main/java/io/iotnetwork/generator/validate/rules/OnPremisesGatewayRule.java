package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.DeviceLocation;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.stream.Stream;

/**
 * {@code on-premises-devices-without-gateway}: on-premises devices reach a private endpoint over
 * VPN Gateway or ExpressRoute private peering; a site that declares neither gets a reminder.
 */
public final class OnPremisesGatewayRule extends RuleSupport {

  public OnPremisesGatewayRule() {
    super("on-premises-devices-without-gateway");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.deviceSites().stream()
        .filter(site -> site.location() == DeviceLocation.ON_PREMISES_NETWORK && site.gateway().isEmpty())
        .map(site -> info(site.path(), site.source(),
            "On-premises site '" + site.name() + "' declares no VPN or ExpressRoute gateway; its devices reach the "
                + "private endpoint only if such a path into the virtual network exists.",
            "Declare it with DeviceSite.onPremises(\"" + site.name() + "\", DeviceSite.existingVpnGateway(id)) or "
                + "existingExpressRouteGateway(id)."));
  }
}
