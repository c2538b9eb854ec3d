package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.plan.DeploymentPath;
import io.iotnetwork.generator.plan.EgressUse;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.stream.Stream;

/**
 * {@code deployment-path}: says which ordering the plan takes for a hub's egress (azure-facts §6),
 * with the same decision the planner makes ({@link DeploymentPath}), so nobody has to work it out.
 * Dropped for a hub that has an error ({@link #describesHubDeployment()}).
 */
public final class DeploymentPathRule extends RuleSupport {

  public DeploymentPathRule() {
    super("deployment-path");
  }

  @Override
  public boolean describesHubDeployment() {
    return true;
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream()
        .filter(hub -> DeploymentPath.of(hub) != DeploymentPath.NONE)
        .map(hub -> info(hub.path() + ".egress", hub.source(), message(hub), hint(hub)));
  }

  private static String message(IotHubSpec hub) {
    if (DeploymentPath.of(hub) == DeploymentPath.EXISTING_HUB) {
      return "The hub exists already and is not deployed: only the role assignments, which read its existing "
          + "identity's principal id, and the target firewalls are.";
    }
    if (DeploymentPath.of(hub) == DeploymentPath.SINGLE_PASS && !usesIdentity(hub)) {
      return "Single pass: no managed identity is used (key-based egress only): the targets, then the hub with its "
          + "endpoints, which depends on them.";
    }
    if (DeploymentPath.of(hub) == DeploymentPath.SINGLE_PASS) {
      return "Single pass: the user-assigned identity, then its role assignments on every target, then the hub with "
          + "its endpoints, which depends on them.";
    }
    if (!DeploymentPath.hubPropertiesUseEgress(hub)) {
      return "The hub first, with its system-assigned identity; then the role assignments that use its principal id.";
    }
    return "Two steps, because egress uses the system-assigned identity: (1) the hub with its identity and without "
        + "identity-based endpoints, routes to them or file upload; (2) role assignments and target firewalls using its "
        + "principal id; (3) the complete hub again, in " + DeploymentPath.secondDeployment(hub) + ", after all of them. "
        + "Step (1) is skipped for a hub named in the parameter '" + DeploymentPath.EXISTING_HUBS + "' (empty by "
        + "default), whose identity exists already: a re-deployment that names it puts it once, complete, and "
        + "never without its routes.";
  }

  private static boolean usesIdentity(IotHubSpec hub) {
    return EgressUse.of(hub).stream().anyMatch(use -> use.identity(hub).isPresent());
  }

  private static String hint(IotHubSpec hub) {
    if (DeploymentPath.of(hub) == DeploymentPath.EXISTING_HUB) {
      return "Nothing to do; if the hub already holds one of these roles (granted in the portal), remove that "
          + "assignment first: Azure refuses a second one (RoleAssignmentExists).";
    }
    if (DeploymentPath.of(hub) == DeploymentPath.SINGLE_PASS) {
      return "Nothing to do; deploy as usual.";
    }
    return "On a first deployment, nothing to do. When the hub exists already, pass the hubs that exist, e.g. "
        + "`-p " + DeploymentPath.EXISTING_HUBS + "=\"$(az iot hub list -g <resource group> --query '[].name' -o json)\"`; "
        + "without it a re-deployment puts the hub without its routes for a few minutes. If step (3) fails because a "
        + "new role assignment has not propagated yet, run the same deployment again, with the hub named.";
  }
}
