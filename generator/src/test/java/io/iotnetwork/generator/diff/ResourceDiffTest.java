package io.iotnetwork.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotnetwork.generator.arm.read.ExportedResource;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What is no change: a build against itself, and the same definition sharded differently. */
class ResourceDiffTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.iotnetwork.generator.Definitions#scenariosAndAShardedFleet")
  void aBuildAgainstItselfHasNoChanges(String name, IotNetworkSpec spec) {
    assertThat(ResourceDiff.compare(Deployments.of(spec), Deployments.of(spec))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.iotnetwork.generator.Definitions#scenariosAndAShardedFleet")
  void theSameDefinitionShardedTwoWaysHasNoChanges(String name, IotNetworkSpec spec) {
    List<ExportedResource> oneHubPerGroup = Deployments.sharded(spec, 1);
    List<ExportedResource> twoHubsPerGroup = Deployments.sharded(spec, 2);

    assertThat(ResourceDiff.compare(oneHubPerGroup, twoHubsPerGroup)).isEmpty();
    assertThat(ResourceDiff.compare(Deployments.of(spec), oneHubPerGroup)).isEmpty();
  }
}
