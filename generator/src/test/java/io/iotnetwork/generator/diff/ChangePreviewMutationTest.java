package io.iotnetwork.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotnetwork.generator.random.RandomDefinitions;
import io.iotnetwork.generator.validate.Validator;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Over random valid definitions: change one DSL property of one hub, and the change preview reports
 * at least one change, every one of the expected class. Prints the figures (definitions,
 * mutations, misclassified) and every misclassification with its seed.
 */
class ChangePreviewMutationTest {
  private static final int DEFINITIONS = Integer.getInteger("mutation.count", 150);
  private static final long BASE_SEED = 20_261_207L;

  @Test
  void oneDslChangeIsReportedAsExactlyItsClass() {
    int mutations = 0;
    List<String> misclassified = new ArrayList<>();
    for (long seed = BASE_SEED; seed < BASE_SEED + DEFINITIONS; seed++) {
      IotNetworkSpec spec = RandomDefinitions.valid(seed);
      IotHubSpec hub = spec.iotHubs().get(0);
      var baseline = Deployments.of(spec);
      for (HubMutation mutation : HubMutation.ALL) {
        if (!mutation.applies().test(hub)) {
          continue;
        }
        IotNetworkSpec mutated = replaceHub(spec, hub, mutation.apply().apply(hub));
        if (Validator.standard().validate(mutated).hasErrors()) {
          continue;
        }
        mutations++;
        List<ClassifiedChange> changes = ChangeClassifier.classify(ResourceDiff.compare(baseline, Deployments.of(mutated)));
        List<ClassifiedChange> wrong = changes.stream().filter(change -> change.riskClass() != mutation.expected()).toList();
        if (changes.isEmpty() || !wrong.isEmpty()) {
          misclassified.add("seed " + seed + ", " + mutation + ": expected only " + mutation.expected().id() + ", got "
              + (changes.isEmpty() ? "no change" : wrong.stream().map(change -> change.riskClass().id() + " ("
                  + change.classification().reason() + ")").toList()));
        }
      }
    }
    System.out.println("ChangePreviewMutationTest: " + DEFINITIONS + " definitions, " + mutations + " mutations, "
        + misclassified.size() + " misclassified");
    assertThat(mutations).isGreaterThan(DEFINITIONS);
    assertThat(misclassified).isEmpty();
  }

  private static IotNetworkSpec replaceHub(IotNetworkSpec spec, IotHubSpec hub, IotHubSpec mutated) {
    List<IotHubSpec> hubs = new ArrayList<>(spec.iotHubs());
    hubs.set(hubs.indexOf(hub), mutated);
    return Records.with(spec, "iotHubs", hubs);
  }
}
