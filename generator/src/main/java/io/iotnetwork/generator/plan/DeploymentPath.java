package io.iotnetwork.generator.plan;

import io.iotnetwork.model.IdentityKind;
import io.iotnetwork.model.IotHubSpec;

/**
 * How a hub's egress is ordered (azure-facts §6). A role assignment needs the identity's principal
 * id, and an identity-based endpoint fails until its role assignment exists.
 */
public enum DeploymentPath {
  /** No egress: the hub is deployed once. */
  NONE,
  /**
   * Only a user-assigned identity is used: identity, then role assignments, then the hub with its
   * endpoints, in one pass.
   */
  SINGLE_PASS,
  /**
   * The system-assigned identity is used: (1) the hub with its identity and without identity-based
   * endpoints, (2) role assignments and target firewalls using its principal id, (3) the complete
   * hub again, as a module (a nested deployment) so the resource is declared once per file.
   */
  TWO_STEP,
  /**
   * An existing hub with access grants: the template never deploys the hub, so only the role assignments
   * (reading the existing identity's principal id) and target firewalls are deployed, in one pass.
   */
  EXISTING_HUB;

  /** The parameter naming the hubs that already exist, whose first put of the two-step path is skipped. */
  public static final String EXISTING_HUBS = "existingIotHubs";

  /** The path {@code hub} takes. */
  public static DeploymentPath of(IotHubSpec hub) {
    if (!hub.egress().any()) {
      return NONE;
    }
    if (hub.isExisting()) {
      return EXISTING_HUB;
    }
    boolean systemAssigned = EgressUse.of(hub).stream()
        .anyMatch(use -> use.identity(hub).filter(IdentityKind.SYSTEM_ASSIGNED::equals).isPresent());
    return systemAssigned ? TWO_STEP : SINGLE_PASS;
  }

  /**
   * Where step (3) deploys {@code hub} again, in words: module {@code '<hub>-egress'}, or, when the
   * definition is too large for one template and sharded, its hub group's second-deployment module.
   * Validation runs before planning, so the words cover both.
   */
  public static String secondDeployment(IotHubSpec hub) {
    return "module '" + hub.name() + "-egress' (when the definition is sharded: its hub group's "
        + "modules/hub-group-<region>-<nn>-egress.bicep)";
  }

  /**
   * True when the template puts {@code hub} twice: the two-step path with step (3). Step (1) is needed only
   * the first time, while the hub's identity does not exist yet; it is skipped for a hub named in the
   * {@value #EXISTING_HUBS} parameter, so a re-deployment never puts the hub without its endpoints and routes.
   */
  public static boolean putsHubTwice(IotHubSpec hub) {
    return of(hub) == TWO_STEP && hubPropertiesUseEgress(hub);
  }

  /**
   * True when the hub's own properties use egress (endpoints, Cosmos DB endpoints or file upload), so step (3)
   * re-deploys it.
   */
  public static boolean hubPropertiesUseEgress(IotHubSpec hub) {
    return !hub.egress().endpoints().isEmpty() || hub.egress().fileUpload().isPresent()
        || !hub.settings().cosmosDbContainers().isEmpty();
  }
}
