/**
 * The fluent DSL: staged builders that describe an IoT Hub's private networking and produce the
 * immutable records of {@code io.iotnetwork.model}.
 *
 * <pre>{@code
 * IotNetworkSpec network = IotNetwork.define("contoso-factory")
 *     .inRegion(Region.EUROPE_WEST)
 *     .withIotHub(IotHub.define("contoso-factory-hub")
 *         .withSku(IotHubSku.S1, 1)
 *         .withoutPublicNetworkAccess()
 *         .definePrivateEndpoint("pe-contoso-hub")
 *             .inSubnet(Subnet.existing("rg-network", "vnet-factory", "snet-private-endpoints"))
 *             .attach()
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>Builders never validate across elements: every problem is reported at once by the
 * generator's validation, with the DSL path and the source line that declared it.
 */
package io.iotnetwork.dsl;
