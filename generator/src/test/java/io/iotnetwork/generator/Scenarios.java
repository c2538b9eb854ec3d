package io.iotnetwork.generator;

import com.contoso.iot.ExistingHubNetwork;
import com.contoso.iot.IsolatedHubNetwork;
import com.contoso.iot.OnPremFactoryNetwork;
import com.contoso.iot.TrustedEgressNetwork;
import io.iotnetwork.dsl.NetworkDefinition;
import io.iotnetwork.generator.scenarios.CentralDnsNetwork;
import io.iotnetwork.generator.scenarios.RestatedHubNetwork;
import io.iotnetwork.generator.scenarios.UserAssignedEgressNetwork;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The samples' network definitions (compiled in from samples/) and the tests' own variants, by name. */
public final class Scenarios {
  private static final Map<String, NetworkDefinition> BY_NAME = new LinkedHashMap<>();

  static {
    BY_NAME.put("isolated-hub", new IsolatedHubNetwork());
    BY_NAME.put("on-prem-factory", new OnPremFactoryNetwork());
    BY_NAME.put("trusted-egress", new TrustedEgressNetwork());
    BY_NAME.put("user-assigned-egress", new UserAssignedEgressNetwork());
    BY_NAME.put("central-dns", new CentralDnsNetwork());
    BY_NAME.put("existing-hub", new ExistingHubNetwork());
    BY_NAME.put("restated-hub", new RestatedHubNetwork());
  }

  private Scenarios() {}

  /** The scenario names. */
  public static Stream<String> names() {
    return BY_NAME.keySet().stream();
  }

  /** The definition of {@code name}. */
  public static IotNetworkSpec spec(String name) {
    return BY_NAME.get(name).network();
  }

  /** The generated files of {@code name}; fails when the scenario has errors. */
  public static GeneratedFiles files(String name) {
    GenerationResult result = Generator.generate(spec(name));
    return result.files().orElseThrow(() -> new AssertionError(
        "scenario " + name + " did not generate:\n" + result.diagnostics().render()));
  }
}
