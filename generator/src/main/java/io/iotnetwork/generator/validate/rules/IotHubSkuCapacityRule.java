package io.iotnetwork.generator.validate.rules;

import com.azure.resourcemanager.iothub.models.IotHubSku;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code iot-hub-sku-capacity}: F1 has exactly one unit; B1, B2, S1 and S2 up to 200; B3 and S3 up
 * to 10 (azure-facts §1).
 */
public final class IotHubSkuCapacityRule extends RuleSupport {
  private static final Map<IotHubSku, Long> MAX_UNITS = Map.of(
      IotHubSku.F1, 1L, IotHubSku.B1, 200L, IotHubSku.B2, 200L, IotHubSku.S1, 200L, IotHubSku.S2, 200L,
      IotHubSku.B3, 10L, IotHubSku.S3, 10L);

  public IotHubSkuCapacityRule() {
    super("iot-hub-sku-capacity");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream().flatMap(this::check);
  }

  private Stream<Diagnostic> check(IotHubSpec hub) {
    Long max = MAX_UNITS.get(hub.sku());
    if (max == null) {
      return Stream.of(error(hub.path() + ".sku", hub.source(),
          "SKU '" + hub.sku() + "' is not an IoT Hub SKU; allowed: F1, B1, B2, B3, S1, S2, S3.",
          "Use one of the IotHubSku constants in .withSku(IotHubSku.S1, 1)."));
    }
    if (hub.units() < 1 || hub.units() > max) {
      return Stream.of(error(hub.path() + ".sku", hub.source(),
          hub.units() + " units of " + hub.sku() + " is out of range; " + hub.sku() + " allows "
              + (max == 1 ? "exactly 1 unit." : "1 to " + max + " units."),
          "Call .withSku(IotHubSku." + hub.sku() + ", n) with n from 1 to " + max
              + (max < 200 ? ", or pick a SKU that scales further." : ".")));
    }
    return Stream.empty();
  }
}
