package com.contoso.diff;

import com.azure.core.management.Region;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.dsl.NetworkDefinition;
import io.iotnetwork.dsl.Subnet;
import io.iotnetwork.model.IotNetworkSpec;

/** A hub never released: there is no baseline. */
public final class DiffNetwork implements NetworkDefinition {

  @Override
  public IotNetworkSpec network() {
    return IotNetwork.define("diff-no-baseline")
        .inRegion(Region.EUROPE_WEST)
        .withIotHub(IotHub.define("contoso-unreleased-hub")
            .withSku(IotHubSku.S1, 1)
            .definePrivateEndpoint("pe-unreleased").inSubnet(Subnet.existing("rg-net", "vnet-iot", "snet-pe")).attach()
            .build())
        .build();
  }
}
