package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.DeviceLocation;
import io.iotnetwork.model.DeviceSiteSpec;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.stream.Stream;

/**
 * {@code wide-area-devices-private-hub}: the article's private-endpoint setup "is not advised for
 * devices deployed in a wide-area network"; such devices cannot reach a hub whose public access is
 * disabled. An existing hub's public access is its owner's, so it is not judged.
 */
public final class WideAreaDevicesRule extends RuleSupport {

  public WideAreaDevicesRule() {
    super("wide-area-devices-private-hub");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.deviceSites().stream()
        .filter(site -> site.location() == DeviceLocation.WIDE_AREA_NETWORK)
        .flatMap(site -> spec.iotHubs().stream().filter(hub -> !hub.isExisting() && hub.publicAccessDisabled())
            .map(hub -> warning(site, hub)));
  }

  private Diagnostic warning(DeviceSiteSpec site, IotHubSpec hub) {
    return warning(site.path(), site.source(),
        "Devices of wide-area site '" + site.name() + "' cannot reach hub '" + hub.name() + "': its public network "
            + "access is disabled, and Microsoft does not advise the private endpoint setup for devices deployed in a "
            + "wide-area network; it is meant for devices inside an on-premises network.",
        "Enable public access on '" + hub.name() + "' with .withPublicNetworkAccess(PublicNetworkAccess.ENABLED) and an "
            + "IP filter for the devices' ranges, or connect the site over VPN/ExpressRoute with DeviceSite.onPremises(..).");
  }
}
