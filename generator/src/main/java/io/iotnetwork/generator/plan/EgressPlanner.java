package io.iotnetwork.generator.plan;

import io.iotnetwork.model.CosmosDbContainerEndpointSpec;
import io.iotnetwork.model.EgressSpec;
import io.iotnetwork.model.EgressTarget;
import io.iotnetwork.model.ExistingTarget;
import io.iotnetwork.model.ExistingUserAssignedIdentity;
import io.iotnetwork.model.IdentityKind;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.NewUserAssignedIdentity;
import io.iotnetwork.model.StorageAccountSpec;
import io.iotnetwork.model.UserAssignedIdentityRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans each hub and its egress in the right order (azure-facts §6): identities, the hub, the role
 * assignments its identities need on each target (in this template for created targets, in one
 * module per resource group for existing ones), target firewalls, and then either the hub's
 * dependencies on all of them (single pass) or the hub's second deployment as a module (two-step).
 */
final class EgressPlanner {
  /** The outputs {@link #planHub} adds for a hub the template deploys: its resource id and host name. */
  static final int OUTPUTS_PER_HUB = 2;
  /** The outputs {@link #planHub} adds for an existing hub: its resource id. */
  static final int OUTPUTS_PER_EXISTING_HUB = 1;

  private final PlanContext context;
  private final HubGroups groups;
  private final HubParameters parameters;
  private final TargetPlanner targets;
  private final Map<String, PlannedResource> identities = new LinkedHashMap<>();
  private final List<HubPlan> hubs = new ArrayList<>();

  /** What was planned for one hub. */
  record HubPlan(IotHubSpec hub, String symbol, Value name, PlannedResource resource, DeploymentPath path,
      Optional<PlannedResource> userAssignedIdentity, Map<String, HubParameters.Supplied> connectionStrings,
      List<PlannedResource> moreUserAssignedIdentities) {

    Value location(PlanContext context) {
      return context.locationOf(hub.region());
    }

    /** Equality by symbol, unique in a plan: a plan is a map key, and its values are deep. */
    @Override
    public boolean equals(Object other) {
      return other instanceof HubPlan that && symbol.equals(that.symbol);
    }

    @Override
    public int hashCode() {
      return symbol.hashCode();
    }
  }

  EgressPlanner(PlanContext context, HubGroups groups) {
    this.context = context;
    this.groups = groups;
    this.parameters = new HubParameters(context);
    this.targets = new TargetPlanner(context);
  }

  /**
   * Plans {@code hub} (for a two-step hub: its first deployment) with its name parameter and outputs; an
   * existing hub is declared {@code existing} where it lives, with its id as its only output.
   */
  PlannedResource planHub(IotHubSpec hub) {
    if (hub.isExisting()) {
      return planExistingHub(hub);
    }
    String symbol = parameters.symbol(hub);
    Value name = parameters.name(hub);
    Optional<PlannedResource> identity = hub.egress().identity().userAssigned().map(this::identity);
    List<PlannedResource> moreIdentities = hub.egress().identity().moreUserAssigned().stream().map(this::identity)
        .toList();
    Map<String, HubParameters.Supplied> secrets = new LinkedHashMap<>();
    for (EgressUse use : EgressUse.of(hub)) {
      if (use.authentication().keyBased()) {
        secrets.put(use.path(), parameters.connectionString(symbol + SymbolicNames.pascalCase(use.name())
            + "ConnectionString", "Connection string of " + use.purpose().name().toLowerCase(Locale.ROOT).replace('_', ' ')
            + " '" + use.name() + "' of IoT hub '" + hub.name() + "' (key-based authentication, opted in)."));
      }
    }
    cosmosDbKeys(hub, symbol, secrets);
    DeploymentPath path = DeploymentPath.of(hub);
    HubBody.Inputs inputs = new HubBody.Inputs(context.locationOf(hub.region()), identity.map(PlannedResource::id),
        refs(secrets), moreIdentities.stream().<Value>map(PlannedResource::id).toList());
    PlannedResource planned = PlannedResource.of(symbol, ResourceType.IOT_HUB, name,
        HubBody.of(context, hub, inputs, path != DeploymentPath.TWO_STEP));
    PlannedResource resource = context.add(DeploymentPath.putsHubTwice(hub)
        ? planned.onlyIf(parameters.notListedAsExisting(name)) : planned);
    context.addOutput(new Output(symbol + "ResourceId", ParameterType.STRING, resource.id(),
        "Resource id of the IoT hub '" + hub.name() + "'."));
    context.addOutput(new Output(symbol + "HostName", ParameterType.STRING,
        PropertyOf.of(resource, "properties", "hostName"), "Host name of the IoT hub '" + hub.name() + "'."));
    hubs.add(new HubPlan(hub, symbol, name, resource, path, identity, secrets, moreIdentities));
    context.hubs.put(symbol, hub);
    return resource;
  }

  /** The two secure keys of each key-based Cosmos DB endpoint of {@code hub}, never given a default. */
  private void cosmosDbKeys(IotHubSpec hub, String symbol, Map<String, HubParameters.Supplied> secrets) {
    for (CosmosDbContainerEndpointSpec endpoint : hub.settings().cosmosDbContainers()) {
      if (endpoint.authentication().keyBased()) {
        String prefix = symbol + SymbolicNames.pascalCase(endpoint.name());
        String of = " of the Cosmos DB account of endpoint '" + endpoint.name() + "' of IoT hub '" + hub.name()
            + "' (key-based authentication, opted in).";
        secrets.put(CosmosDbEndpointBodies.primaryKeyPath(endpoint.pathIn(hub)),
            parameters.connectionString(prefix + "PrimaryKey", "Primary key" + of));
        secrets.put(CosmosDbEndpointBodies.secondaryKeyPath(endpoint.pathIn(hub)),
            parameters.connectionString(prefix + "SecondaryKey", "Secondary key" + of));
      }
    }
  }

  private PlannedResource planExistingHub(IotHubSpec hub) {
    String symbol = parameters.symbol(hub);
    Optional<PlannedResource> identity = hub.egress().identity().userAssigned().map(this::identity);
    PlannedResource resource = context.add(PlannedResource.existing(symbol, ResourceType.IOT_HUB, Optional.empty(),
        hub.name(), Optional.of(ExistingHubs.home(hub))));
    context.addOutput(new Output(symbol + "ResourceId", ParameterType.STRING, resource.id(),
        "Resource id of the existing IoT hub '" + hub.name() + "' (not deployed by this template)."));
    hubs.add(new HubPlan(hub, symbol, Value.of(hub.name()), resource, DeploymentPath.of(hub), identity, Map.of(),
        List.of()));
    context.hubs.put(symbol, hub);
    return resource;
  }

  /** Plans targets, role assignments, access modules, and the ordering of every hub's egress. */
  void planAccess() {
    Map<AccessModulePlanner.Key, AccessModulePlanner> modules = new LinkedHashMap<>();
    Map<HubPlan, List<Deployable>> dependencies = new LinkedHashMap<>();
    Map<String, List<Grant>> assignments = new LinkedHashMap<>();
    Map<String, Principal> principals = new LinkedHashMap<>();
    Map<String, List<HubPlan>> needers = new LinkedHashMap<>();
    for (HubPlan plan : hubs) {
      dependencies.put(plan, new ArrayList<>());
      for (Grant grant : Grant.of(plan.hub())) {
        if (grant.target().grantsExist()) {
          continue;
        }
        Principal principal = principal(plan, grant.identity());
        if (grant.target().created()) {
          String key = grant.assignmentKey(principal);
          assignments.computeIfAbsent(key, k -> new ArrayList<>()).add(grant);
          principals.putIfAbsent(key, principal);
          needers.computeIfAbsent(key, k -> new ArrayList<>()).add(plan);
        } else {
          modules.computeIfAbsent(accessKey(grant.target(), plan, grant.identity()),
              key -> new AccessModulePlanner(context.spec, key)).grant(principal, grant);
        }
      }
    }
    assignments.forEach((key, grants) -> {
      Grant first = grants.get(0);
      Principal principal = principals.get(key);
      PlannedResource entity = targets.entity(first.target(), first.entityKind(), first.entityName());
      PlannedResource assignment = RoleAssignments.plan(context, entity, principal.principalId(), principal.seed(),
          first.role(), first.hub().name() + "-" + first.target().name() + "-" + first.entityName(),
          Grant.describe(principal, grants));
      needers.get(key).forEach(plan -> dependencies.get(plan).add(assignment));
    });
    for (HubPlan plan : hubs) {
      List<Deployable> after = dependencies.get(plan);
      for (EgressUse use : EgressUse.of(plan.hub())) {
        if (use.target().created()) {
          after.add(targets.entity(use.target(), use.entityKind(), use.entityName()));
          targets.resources().firewall(use.target()).ifPresent(after::add);
        } else if (use.target().firewall().restricted() && !(use.target() instanceof StorageAccountSpec)) {
          modules.computeIfAbsent(new AccessModulePlanner.Key(groupOf(use.target()), Optional.empty()),
              key -> new AccessModulePlanner(context.spec, key)).protect(use.target());
        }
      }
    }
    for (AccessModulePlanner access : modules.values()) {
      PlannedModule module = context.add(access.plan(context));
      hubs.stream().filter(plan -> access.serves(plan.hub())).forEach(plan -> dependencies.get(plan).add(module));
    }
    Map<HubGroups.HubGroup, List<HubPlan>> secondDeployments = new LinkedHashMap<>();
    Map<HubGroups.HubGroup, Set<Deployable>> secondDeploymentsAfter = new LinkedHashMap<>();
    for (HubPlan plan : hubs) {
      List<Deployable> after = dependencies.get(plan);
      if (plan.path() == DeploymentPath.SINGLE_PASS) {
        context.replace(plan.resource().dependingOn(after));
      } else if (DeploymentPath.putsHubTwice(plan.hub())) {
        List<Deployable> withFirstDeployment = new ArrayList<>(after);
        withFirstDeployment.add(plan.resource());
        if (groups.sharded()) {
          HubGroups.HubGroup group = groups.of(plan.hub());
          secondDeployments.computeIfAbsent(group, g -> new ArrayList<>()).add(plan);
          secondDeploymentsAfter.computeIfAbsent(group, g -> new LinkedHashSet<>()).addAll(withFirstDeployment);
        } else {
          context.add(HubModulePlanner.plan(context, plan, withFirstDeployment));
        }
      }
    }
    Map<HubGroups.HubGroup, List<Deployable>> secondAfter = new LinkedHashMap<>();
    secondDeploymentsAfter.forEach((group, after) -> secondAfter.put(group, List.copyOf(after)));
    HubModulePlanner.plan(context, secondDeployments, secondAfter).forEach(context::add);
    hubs.stream().filter(plan -> !DeploymentPath.putsHubTwice(plan.hub()))
        .forEach(plan -> ConsumerGroups.plan(context, plan.hub(), plan.symbol(), plan.name(), plan.resource()));
  }

  /**
   * The access module a grant goes to: one per resource group of existing targets; in a sharded plan,
   * the grants of system-assigned identities go to one per resource group and hub group, so that
   * each depends on its own group's hubs only.
   */
  private AccessModulePlanner.Key accessKey(EgressTarget target, HubPlan plan, IdentityKind identity) {
    Optional<HubGroups.HubGroup> group = groups.sharded() && identity == IdentityKind.SYSTEM_ASSIGNED
        ? Optional.of(groups.of(plan.hub())) : Optional.empty();
    return new AccessModulePlanner.Key(groupOf(target), group);
  }

  private Principal principal(HubPlan plan, IdentityKind kind) {
    if (kind == IdentityKind.SYSTEM_ASSIGNED) {
      return new Principal(plan.symbol(), PropertyOf.of(plan.resource(), "identity", "principalId"),
          plan.resource().id(), "the system-assigned identity of IoT hub '" + plan.hub().name() + "'");
    }
    PlannedResource identity = plan.userAssignedIdentity()
        .orElseThrow(() -> new IllegalStateException("bug: user-assigned identity missing past validation"));
    return new Principal(identity.symbolicName(), PropertyOf.of(identity, "properties", "principalId"), identity.id(),
        "the user-assigned identity '" + ((Lit) identity.name()).value() + "'");
  }

  /** The identity, planned once per name: created, or declared existing where it lives. */
  private PlannedResource identity(UserAssignedIdentityRef identity) {
    return identities.computeIfAbsent(identity.name().toLowerCase(Locale.ROOT), key -> {
      String symbol = context.symbolicNames.allocate("userAssignedIdentity", identity.name());
      if (identity instanceof NewUserAssignedIdentity created) {
        return context.add(PlannedResource.of(symbol, ResourceType.USER_ASSIGNED_IDENTITY, Value.of(created.name()),
            context.bodyWith(context.locationOf(created.region()), created.tags()).build()));
      }
      ExistingUserAssignedIdentity existing = (ExistingUserAssignedIdentity) identity;
      return context.add(PlannedResource.existing(symbol, ResourceType.USER_ASSIGNED_IDENTITY, Optional.empty(),
          existing.name(), Optional.of(ResourceGroupRef.home(existing.resourceId(), existing.resourceGroup()))));
    });
  }

  private static ResourceGroupRef groupOf(EgressTarget target) {
    ExistingTarget existing = (ExistingTarget) target.origin();
    return ResourceGroupRef.home(existing.resourceId(), existing.resourceGroup());
  }

  private static Map<String, Value> refs(Map<String, HubParameters.Supplied> supplied) {
    Map<String, Value> refs = new LinkedHashMap<>();
    supplied.forEach((key, value) -> refs.put(key, value.value()));
    return refs;
  }

  /** The key of a target in maps. */
  static String keyOf(EgressTarget target) {
    return EgressSpec.key(target);
  }
}
