package io.iotnetwork.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.contoso.iot.PlantFleetNetwork;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No template of any scenario or sample spells out a cloud host that Bicep's
 * {@code no-hardcoded-env-urls} and ARM TTK flag ({@link HardcodedHosts}): hosts are built from
 * {@code environment()}, so the templates hold no cloud's host names (azure-facts §9.7).
 */
class NoHardcodedCloudHostsTest {

  static Stream<String> scenarios() {
    return Scenarios.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void noScenarioTemplateHoldsADisallowedHost(String scenario) {
    assertThat(HardcodedHosts.inTemplates(Scenarios.files(scenario), List.of()))
        .as("disallowed hosts in the templates of %s", scenario).isEmpty();
  }

  @Test
  void theFleetSampleHoldsNoDisallowedHost() {
    assertThat(HardcodedHosts.inTemplates(
        Generator.generate(new PlantFleetNetwork().network()).files().orElseThrow(), List.of()))
        .as("disallowed hosts in the templates of plant-fleet").isEmpty();
  }

  @Test
  void theScanFindsWhatBicepsLinterFinds() {
    assertThat(HardcodedHosts.in("endpointUri: 'https://st.blob.core.windows.net/'")).singleElement().asString()
        .startsWith("core.windows.net in:");
    assertThat(HardcodedHosts.in("x: format('{0}', 'LOGIN.microsoftonline.com')")).hasSize(1);
    assertThat(HardcodedHosts.in("\"$schema\": \"https://schema.management.azure.com/schemas/x.json#\"")).isEmpty();
    assertThat(HardcodedHosts.in("'st.blob.core.windows.network' 'xcore.windows.net'")).isEmpty();
    assertThat(HardcodedHosts.in("'sb://ns.servicebus.windows.net' 'hub.azure-devices.net'")).isEmpty();
  }
}
