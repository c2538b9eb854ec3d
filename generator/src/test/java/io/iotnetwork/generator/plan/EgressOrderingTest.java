package io.iotnetwork.generator.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotnetwork.generator.Scenarios;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The promise of the egress design: the deployment that gives a hub its identity-based endpoints
 * runs only after every role assignment those endpoints need exists (azure-facts §6).
 */
class EgressOrderingTest {

  @ParameterizedTest
  @ValueSource(strings = {"trusted-egress", "user-assigned-egress"})
  void noEndpointIsCreatedBeforeItsRoleAssignment(String scenario) {
    IotNetworkSpec spec = Scenarios.spec(scenario);
    Plan plan = Planner.plan(spec);

    for (IotHubSpec hub : spec.iotHubs()) {
      Deployable withEndpoints = deploymentWithEndpoints(plan, hub);
      Set<Deployable> before = closure(withEndpoints);
      List<Grant> grants = Grant.of(hub);
      assertThat(grants).isNotEmpty();
      for (Grant grant : grants) {
        assertThat(roleAssignmentsBefore(plan, before))
            .as("%s needs %s on %s '%s' before %s", hub.name(), grant.role().displayName(), grant.entityKind(),
                grant.entityName(), withEndpoints.symbolicName())
            .anySatisfy(assignment -> {
              PlannedResource scope = assignment.extensionScope().orElseThrow();
              assertThat(((Lit) scope.name()).value()).isEqualTo(grant.entityName());
              assertThat(assignment.body().toString()).contains(grant.role().definitionGuid(), "ServicePrincipal");
            });
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"trusted-egress", "user-assigned-egress"})
  void theTwoStepPathDeploysTheHubBeforeItsRoleAssignmentsAndTheSinglePassAfter(String scenario) {
    IotNetworkSpec spec = Scenarios.spec(scenario);
    Plan plan = Planner.plan(spec);
    IotHubSpec hub = spec.iotHubs().get(0);
    PlannedResource firstHub = plan.resources().stream().filter(r -> r.type().equals(ResourceType.IOT_HUB))
        .findFirst().orElseThrow();

    assertThat(firstHub.condition()).as("only a first put that step (3) repeats is skipped for an existing hub")
        .isEqualTo(DeploymentPath.putsHubTwice(hub) ? java.util.Optional.of(new NotListed(
            plan.parameters().stream().filter(p -> p.name().equals(DeploymentPath.EXISTING_HUBS)).findFirst()
                .orElseThrow().ref(), firstHub.name())) : java.util.Optional.empty());
    if (DeploymentPath.of(hub) == DeploymentPath.TWO_STEP) {
      assertThat(firstHub.body().get("properties").toString()).doesNotContain("identityBased");
      assertThat(closure(firstHub)).noneMatch(d -> d instanceof PlannedResource r
          && r.type().equals(ResourceType.ROLE_ASSIGNMENT));
    } else {
      assertThat(closure(firstHub)).anyMatch(d -> d instanceof PlannedResource r
          && r.type().equals(ResourceType.ROLE_ASSIGNMENT));
    }
  }

  private static Deployable deploymentWithEndpoints(Plan plan, IotHubSpec hub) {
    if (DeploymentPath.of(hub) == DeploymentPath.TWO_STEP) {
      return plan.modules().stream()
          .filter(module -> module.inner().resources().stream().anyMatch(r -> r.type().equals(ResourceType.IOT_HUB)))
          .findFirst().orElseThrow();
    }
    return plan.resources().stream().filter(r -> r.type().equals(ResourceType.IOT_HUB)).findFirst().orElseThrow();
  }

  /** Role assignments in the main template or in a module, that {@code before} contains. */
  private static List<PlannedResource> roleAssignmentsBefore(Plan plan, Set<Deployable> before) {
    return before.stream()
        .flatMap(deployable -> deployable instanceof PlannedModule module
            ? module.inner().resources().stream() : Stream.of((PlannedResource) deployable))
        .filter(resource -> resource.type().equals(ResourceType.ROLE_ASSIGNMENT))
        .toList();
  }

  private static Set<Deployable> closure(Deployable start) {
    Set<Deployable> seen = new HashSet<>();
    Deque<Deployable> pending = new ArrayDeque<>(Dependencies.of(start));
    while (!pending.isEmpty()) {
      Deployable next = pending.pop();
      if (seen.add(next)) {
        pending.addAll(Dependencies.of(next));
      }
    }
    return seen;
  }
}
