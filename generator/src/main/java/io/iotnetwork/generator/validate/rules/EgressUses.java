package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.model.EgressTarget;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.StorageAccountSpec;
import java.util.stream.Stream;

/** Lists every egress use of a definition once, so rules about egress share one walk. */
final class EgressUses {
  private EgressUses() {}

  /** Every routing endpoint, file upload and import/export of every hub, in declaration order. */
  static Stream<EgressUse> of(IotNetworkSpec spec) {
    return spec.iotHubs().stream().flatMap(EgressUses::of);
  }

  /** Every routing endpoint, file upload and import/export of {@code hub}. */
  static Stream<EgressUse> of(IotHubSpec hub) {
    return io.iotnetwork.generator.plan.EgressUse.of(hub).stream().map(use -> new EgressUse(hub, use));
  }

  /**
   * Every distinct target declaration the uses name, in the order first named. Unlike
   * {@link IotNetworkSpec#egressTargets()}, two unequal declarations of one name both appear, so
   * each is checked ({@code egress-target-conflict} reports the clash).
   */
  static Stream<EgressTarget> targets(IotNetworkSpec spec) {
    return of(spec).map(EgressUse::target).distinct();
  }

  /** The {@link #targets(IotNetworkSpec)} of one kind, e.g. {@code StorageAccountSpec.class}. */
  static <T extends EgressTarget> Stream<T> targets(IotNetworkSpec spec, Class<T> kind) {
    return targets(spec).filter(kind::isInstance).map(kind::cast);
  }

  /** The Event Hubs and Service Bus namespaces among the {@link #targets(IotNetworkSpec)}. */
  static Stream<EgressTarget> namespaces(IotNetworkSpec spec) {
    return targets(spec).filter(target -> !(target instanceof StorageAccountSpec));
  }
}
