package com.contoso.incremental;

import com.azure.core.management.Region;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.dsl.NetworkDefinition;
import io.iotnetwork.dsl.Subnet;
import io.iotnetwork.model.IotNetworkSpec;

public final class IncrementalNetwork implements NetworkDefinition {

  @Override
  public IotNetworkSpec network() {
    return IotNetwork.define("incremental")
        .inRegion(Region.EUROPE_WEST)
        .withTag("revision", "first-revision")
        .withIotHub(IotHub.define("contoso-incremental-hub")
            .withSku(IotHubSku.S1, 1)
            .definePrivateEndpoint("pe-incremental").inSubnet(Subnet.existing("rg-net", "vnet-iot", "snet-pe")).attach()
            .build())
        .build();
  }
}
