package com.contoso.diff;

import com.azure.core.management.Region;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import com.azure.resourcemanager.iothub.models.PublicNetworkAccess;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.dsl.NetworkDefinition;
import io.iotnetwork.dsl.Subnet;
import io.iotnetwork.model.IotNetworkSpec;

/** The hub of baseline/diff-baseline, with its public endpoint opened. */
public final class DiffNetwork implements NetworkDefinition {

  @Override
  public IotNetworkSpec network() {
    return IotNetwork.define("diff-baseline")
        .inRegion(Region.EUROPE_WEST)
        .withIotHub(IotHub.define("contoso-diff-hub")
            .withSku(IotHubSku.S1, 1)
            .withPublicNetworkAccess(PublicNetworkAccess.ENABLED)
            .definePrivateEndpoint("pe-diff").inSubnet(Subnet.existing("rg-net", "vnet-iot", "snet-pe")).attach()
            .build())
        .build();
  }
}
