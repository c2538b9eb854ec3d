package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code network-id}: the network id names the output folder and the Maven classifier of the
 * templates, so it is 1-64 letters, digits, dots, underscores and hyphens, starting with a letter or
 * digit.
 */
public final class NetworkIdRule extends RuleSupport {
  private static final Pattern ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");

  public NetworkIdRule() {
    super("network-id");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    if (ID.matcher(spec.id()).matches()) {
      return Stream.empty();
    }
    return Stream.of(error(spec.path(), spec.source(),
        "Network id '" + spec.id() + "' cannot name a folder and an artifact classifier; allowed: 1-64 letters, "
            + "digits, '.', '_' and '-', starting with a letter or digit.",
        "Pass an id such as 'contoso-factory' to IotNetwork.define(..)."));
  }
}
