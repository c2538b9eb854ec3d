package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code iot-hub-name}: a hub name is 3-50 letters, digits and hyphens, not all digits, with no
 * leading or trailing hyphen (azure-facts §1, §2).
 */
public final class IotHubNameRule extends RuleSupport {
  private static final Pattern NAME = Pattern.compile("^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{2,49}[a-zA-Z0-9]$");

  public IotHubNameRule() {
    super("iot-hub-name");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream()
        .filter(hub -> !NAME.matcher(hub.name()).matches())
        .map(hub -> error(hub.path(), hub.source(),
            "IoT hub name '" + hub.name() + "' (" + hub.name().length() + " characters) is not allowed: a name has "
                + "3-50 letters, digits and hyphens, is not all digits, and neither starts nor ends with a hyphen.",
            hub.isExisting() ? "Pass the existing hub's name, as the portal shows it, to IotHub.existing(..)."
                : "Pass a name such as 'contoso-hub-01' to IotHub.define(..); it is also the host name "
                    + "<name>.azure-devices.net."));
  }
}
