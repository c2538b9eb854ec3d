package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.EgressSpec;
import io.iotnetwork.model.EgressTarget;
import io.iotnetwork.model.EventHubsNamespaceSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.ServiceBusNamespaceSpec;
import io.iotnetwork.model.StorageAccountSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code egress-target-conflict}: one target (kind and name, ignoring case) is planned once, so all
 * its declarations must agree on what the template writes: name, origin (resource id, or region and
 * tags), SKU and firewall. Declarations differing only in their source line agree.
 */
public final class EgressTargetConflictRule extends RuleSupport {

  public EgressTargetConflictRule() {
    super("egress-target-conflict");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    Map<String, EgressTarget> first = new HashMap<>();
    return EgressUses.targets(spec)
        .filter(target -> !content(first.computeIfAbsent(EgressSpec.key(target), key -> target)).equals(content(target)))
        .map(target -> conflict(target, first.get(EgressSpec.key(target))));
  }

  private static List<Object> content(EgressTarget target) {
    Object sku;
    if (target instanceof StorageAccountSpec storage) {
      sku = storage.sku();
    } else if (target instanceof EventHubsNamespaceSpec eventHubs) {
      sku = eventHubs.sku();
    } else {
      sku = ((ServiceBusNamespaceSpec) target).sku();
    }
    return List.of(target.name(), target.origin(), sku, target.firewall());
  }

  private Diagnostic conflict(EgressTarget target, EgressTarget earlier) {
    return error(target.path(), target.source(),
        "The " + TargetWords.describe(target) + " is declared twice, differently (first at " + earlier.source()
            + "); the template holds one resource per name, so one declaration would be lost.",
        "Build " + TargetWords.dslCall(target) + " once and pass that value to every hub and setting that uses it.");
  }
}
