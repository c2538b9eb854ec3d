package com.contoso.broken;

import com.azure.core.management.Region;
import com.azure.resourcemanager.iothub.models.DefaultAction;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import com.azure.resourcemanager.iothub.models.PublicNetworkAccess;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.dsl.NetworkDefinition;
import io.iotnetwork.dsl.Subnet;
import io.iotnetwork.model.IotNetworkSpec;

/** Five mistakes in one definition; the build must report all of them at once. */
public final class BrokenNetwork implements NetworkDefinition {

  @Override
  public IotNetworkSpec network() {
    return IotNetwork.define("broken")
        .inRegion(Region.EUROPE_WEST)
        .withIotHub(IotHub.define("-broken-")
            .withSku(IotHubSku.S3, 50)
            .withMinTlsVersion("1.3")
            .withPublicNetworkAccess(PublicNetworkAccess.ENABLED)
            .defineIpFilter(DefaultAction.DENY).allow("nat", "203.0.113.300").applyToBuiltInEventHubEndpoint().attach()
            .definePrivateEndpoint("pe-gw").inSubnet(Subnet.existing("rg-net", "vnet-hub", "GatewaySubnet")).attach()
            .build())
        .build();
  }
}
