package io.iotnetwork.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.Scenarios;
import io.iotnetwork.generator.arm.read.ExportReadResult;
import io.iotnetwork.generator.arm.read.ExportedResource;
import io.iotnetwork.generator.arm.read.ResourceScope;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProposedDeploymentTest {
  private static final GeneratedFiles FILES = Scenarios.files("trusted-egress");
  private static final List<ExportedResource> OWN = Deployments.of(Scenarios.spec("trusted-egress"));

  @Test
  void aBuildAgainstItselfHasNoChanges() {
    assertThat(ProposedDeployment.changes(FILES, new ChangeBaseline("itself", OWN, BaselineKind.EARLIER_BUILD))).isEmpty();
  }

  @Test
  void againstALiveStateTheTemplateIsReadInTheExportsResourceGroup() {
    ResourceScope live = new ResourceScope(Optional.of("11111111-2222-3333-4444-555555555555"), Optional.of("rg-live"));
    ExportedResource hub = OWN.stream().filter(resource -> resource.isA(ExportReadResult.HUB_TYPE)).findFirst().orElseThrow();
    ExportedResource exported = new ExportedResource(hub.type(), hub.name(), live, Optional.empty(), hub.body(), List.of(), "$");

    List<ClassifiedChange> changes = ProposedDeployment.changes(FILES, new ChangeBaseline("export", List.of(exported), BaselineKind.LIVE_STATE));

    assertThat(changes).isNotEmpty().allSatisfy(change -> assertThat(change.resource().kind()).isEqualTo(ResourceChange.Kind.CREATE));
    assertThat(changes).noneMatch(change -> change.resource().isA(ExportReadResult.HUB_TYPE));
  }
}
