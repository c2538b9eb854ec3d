package io.iotnetwork.generator.validate;

import io.iotnetwork.model.IotNetworkSpec;
import java.util.function.Supplier;

/**
 * One rule's pair of definitions: {@code failing} must produce a finding of {@code ruleId} with
 * {@code severity} at {@code path}; {@code passing}, the closest definition that is right, none.
 */
record RuleCase(String name, String ruleId, Severity severity, String path,
    Supplier<IotNetworkSpec> failing, Supplier<IotNetworkSpec> passing) {

  @Override
  public String toString() {
    return ruleId + ": " + name;
  }
}
