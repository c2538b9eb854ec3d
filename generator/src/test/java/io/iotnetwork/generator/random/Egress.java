package io.iotnetwork.generator.random;

import com.azure.resourcemanager.iothub.models.IotHubSku;
import com.azure.resourcemanager.iothub.models.RoutingSource;
import com.azure.resourcemanager.iothub.models.RoutingStorageContainerPropertiesEncoding;
import io.iotnetwork.dsl.IotHubStages;
import io.iotnetwork.dsl.UserAssignedIdentity;
import io.iotnetwork.model.EgressTarget;
import io.iotnetwork.model.EventHubsNamespaceSpec;
import io.iotnetwork.model.HubIdentitySpec;
import io.iotnetwork.model.IdentityKind;
import io.iotnetwork.model.RoutingEndpointKind;
import io.iotnetwork.model.ServiceBusNamespaceSpec;
import io.iotnetwork.model.StorageAccountSpec;
import io.iotnetwork.model.UserAssignedIdentityRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A hub's egress: identities, routing endpoints of the four kinds, routes, the fallback route, file
 * upload, import/export and the outbound restriction. Every use reaches its target the way the rules
 * allow: restricted targets only through the system-assigned identity, key-based only to open ones.
 */
final class Egress {
  private static final List<RoutingSource> SOURCES = List.of(RoutingSource.DEVICE_MESSAGES,
      RoutingSource.TWIN_CHANGE_EVENTS, RoutingSource.DEVICE_LIFECYCLE_EVENTS, RoutingSource.DEVICE_JOB_LIFECYCLE_EVENTS,
      RoutingSource.DEVICE_CONNECTION_STATE_EVENTS);
  private static final List<String> CONDITIONS = List.of("true", "$body.temperature > 30",
      "$twin.tags.site = 'berlin'", "IS_DEFINED($body.alert) AND $connectionDeviceId = \"sensor-01\"",
      "opType = 'replaceTwin' OR opType = 'updateTwin'", "$body.path = 'C:\\data\\${name}'", "NOT ($body.level < 3)",
      "$body.kind = 'alarm'\n  AND $body.severity >= 2");
  private static final List<String> EXTRA_FQDNS = List.of("iothub-ns-contoso-1234567-0123456789.servicebus.windows.net",
      "login.microsoftonline.com", "ops.contoso.example");

  /** How a use authenticates: the hub's default identity, a named one, or a connection string. */
  private enum Auth { DEFAULT, SYSTEM, USER, KEY }

  private final Generation generation;
  private final Draw draw;
  private final Faults faults;
  private final Targets targets;
  private final Names.Scope identityNames;
  private final List<UserAssignedIdentityRef> identities = new ArrayList<>();

  Egress(Generation generation) {
    this.generation = generation;
    this.draw = generation.draw;
    this.faults = generation.faults;
    this.targets = generation.targets;
    this.identityNames = generation.names.scope();
  }

  /** Adds egress to {@code hub}, a hub of {@code sku}. */
  void configure(IotHubStages.WithOptions hub, IotHubSku sku) {
    HubIdentitySpec identity = identity(hub);
    boolean free = IotHubSku.F1.equals(sku);
    List<String> endpoints = routingEndpoints(hub, identity, free);
    routes(hub, endpoints, free);
    fallbackRoute(hub);
    if (draw.chance(0.3)) {
      fileUpload(hub, identity);
    } else if (draw.chance(0.2)) {
      hub.withFileNotifications(Duration.ofSeconds(draw.between(5, 300)), Duration.ofMinutes(draw.between(1, 2880)),
          draw.between(1, 100)).withFileUploadNotifications(draw.chance(0.5));
    }
    if (!endpoints.isEmpty() && draw.chance(0.2)) {
      hub.defineFallbackRoute("fallback-" + draw.between(1, 9)).toEndpoint(draw.pick(endpoints))
          .withCondition(draw.pick(CONDITIONS)).attach();
    }
    if (draw.chance(0.25) && identity.any()) {
      importExport(hub, identity);
    }
    if (draw.chance(0.2)) {
      hub.withRestrictedOutboundNetworkAccess(draw.some(EXTRA_FQDNS, draw.between(0, 2)).toArray(String[]::new));
    }
  }

  /** None, system-assigned (the most often), user-assigned, or both. */
  private HubIdentitySpec identity(IotHubStages.WithOptions hub) {
    String identities = draw.pick("none", "none", "system", "system", "system", "user", "both", "both");
    boolean system = identities.equals("system") || identities.equals("both");
    if (system) {
      hub.withSystemAssignedIdentity();
    }
    Optional<UserAssignedIdentityRef> user = identities.equals("user") || identities.equals("both")
        ? Optional.of(userAssignedIdentity()) : Optional.empty();
    user.ifPresent(hub::withUserAssignedIdentity);
    if (user.isPresent() && draw.chance(0.3)) {
      UserAssignedIdentityRef second = userAssignedIdentity();
      if (!second.name().equalsIgnoreCase(user.get().name())) {
        hub.withUserAssignedIdentity(second);
      }
    }
    return new HubIdentitySpec(system, user);
  }

  /** Created, in the network's region or another, or existing; sometimes shared with an earlier hub. */
  private UserAssignedIdentityRef userAssignedIdentity() {
    if (!identities.isEmpty() && draw.chance(0.5)) {
      return draw.pick(identities);
    }
    String name = identityNames.unique(() -> generation.names.dashed("id"));
    UserAssignedIdentityRef identity = switch (draw.between(0, 2)) {
      case 0 -> UserAssignedIdentity.define(name);
      case 1 -> UserAssignedIdentity.define(name, generation.region());
      default -> {
        String id = generation.ids.of("Microsoft.ManagedIdentity/userAssignedIdentities", name);
        yield UserAssignedIdentity.existing(faults.replace(Fault.IDENTITY_ID, id, bad -> bad.identityId(id)));
      }
    };
    identities.add(identity);
    return identity;
  }

  /** The names of the endpoints declared (as drawn, before any fault). */
  private List<String> routingEndpoints(IotHubStages.WithOptions hub, HubIdentitySpec identity, boolean free) {
    Names.Scope names = generation.names.scope();
    int count = free ? draw.between(0, 1) : draw.chance(0.1) ? draw.between(5, 10) : draw.between(0, 4);
    List<String> declared = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      declared.add(routingEndpoint(hub, identity, names.unique(generation.names::routing)));
    }
    if (count < (free ? 1 : 10) && draw.chance(0.15)) {
      declared.add(cosmosDbEndpoint(hub, identity, names.unique(generation.names::routing)));
    }
    return declared;
  }

  /** A Cosmos DB SQL container endpoint: identity-based when the hub has an identity, else key-based. */
  private String cosmosDbEndpoint(IotHubStages.WithOptions hub, HubIdentitySpec identity, String name) {
    IotHubStages.CosmosDbEndpointOptions endpoint = hub.defineRoutingEndpoint(name).toCosmosDbSqlContainer(
        "https://" + generation.names.dashed("cosmos") + ".documents.azure.com:443/", "iot", "telemetry");
    if (draw.chance(0.5)) {
      endpoint.withPartitionKey("deviceKey", draw.pick("{deviceid}", "{iothub}-{YYYY}-{MM}", "{deviceid}/{DD}"));
    }
    if (!identity.any() || draw.chance(0.2)) {
      endpoint.withKeyBasedAuthentication();
    } else if (identity.userAssigned().isPresent() && draw.chance(0.5)) {
      endpoint.withIdentity(IdentityKind.USER_ASSIGNED);
    }
    endpoint.attach();
    return name;
  }

  private String routingEndpoint(IotHubStages.WithOptions hub, HubIdentitySpec identity, String name) {
    RoutingEndpointKind kind = draw.pick(RoutingEndpointKind.values());
    EgressTarget target = targets.forKind(kind, Targets.Reach.of(identity, true));
    Auth auth = auth(identity, target, true);
    String entity = targets.entity(target, kind);
    EgressTarget named = targets.use(target);
    IotHubStages.RoutingEndpointBlank endpoint =
        hub.defineRoutingEndpoint(faults.replace(Fault.ROUTING_ENDPOINT_NAME, name, BadValues::routingEndpointName));
    IotHubStages.RoutingEndpointOptions options = switch (kind) {
      case STORAGE_CONTAINER -> storageSettings(endpoint.toStorageContainer((StorageAccountSpec) named, entity));
      case EVENT_HUB -> endpoint.toEventHub((EventHubsNamespaceSpec) named, entity);
      case SERVICE_BUS_QUEUE -> endpoint.toServiceBusQueue((ServiceBusNamespaceSpec) named, entity);
      case SERVICE_BUS_TOPIC -> endpoint.toServiceBusTopic((ServiceBusNamespaceSpec) named, entity);
    };
    authenticate(auth, options::withIdentity, options::withKeyBasedAuthentication);
    options.attach();
    return name;
  }

  private IotHubStages.StorageEndpointOptions storageSettings(IotHubStages.StorageEndpointOptions endpoint) {
    if (draw.chance(0.3)) {
      endpoint.withFileNameFormat(String.join(draw.pick("/", "-", "_"),
          draw.some(List.of("{iothub}", "{partition}", "{YYYY}", "{MM}", "{DD}", "{HH}", "{mm}"), 7)));
    }
    if (draw.chance(0.4)) {
      endpoint.withBatchFrequencyInSeconds(draw.between(60, 720));
    }
    if (draw.chance(0.3)) {
      endpoint.withMaxChunkSizeInBytes(draw.between(10_485_760L, 524_288_000L));
    }
    if (draw.chance(0.4)) {
      endpoint.withEncoding(draw.pick(List.copyOf(RoutingStorageContainerPropertiesEncoding.values())));
    }
    return faults.inject(Fault.STORAGE_ENDPOINT_SETTINGS) ? faults.bad().storageSettings(endpoint) : endpoint;
  }

  private void routes(IotHubStages.WithOptions hub, List<String> endpoints, boolean free) {
    Names.Scope names = generation.names.scope();
    int count = draw.between(0, free ? 5 : 6);
    for (int i = 0; i < count; i++) {
      route(hub, names.unique(generation.names::routing), endpoints);
    }
    if (faults.inject(Fault.ROUTING_LIMITS)) {
      for (int i = count; i <= (free ? 5 : 100); i++) {
        hub.defineRoute("bulk-route-" + i).from(RoutingSource.DEVICE_MESSAGES).toBuiltInEndpoint().attach();
      }
    }
  }

  private void route(IotHubStages.WithOptions hub, String name, List<String> endpoints) {
    IotHubStages.RouteTarget target =
        hub.defineRoute(faults.replace(Fault.ROUTE_NAME, name, BadValues::routeName)).from(draw.pick(SOURCES));
    int choice = endpoints.isEmpty() ? draw.between(0, 1) : draw.between(0, 4);
    String endpoint = choice == 0 ? "events" : choice == 1 ? null : draw.pick(endpoints);
    if (faults.inject(Fault.UNKNOWN_ROUTE_ENDPOINT)) {
      endpoint = faults.bad().unknownEndpoint(endpoints);
    }
    IotHubStages.RouteOptions route = endpoint == null ? target.toBuiltInEndpoint() : target.toEndpoint(endpoint);
    if (draw.chance(0.5)) {
      route.withCondition(draw.pick(CONDITIONS));
    }
    if (draw.chance(0.15)) {
      route.disabled();
    }
    route.attach();
  }

  private void fallbackRoute(IotHubStages.WithOptions hub) {
    int roll = draw.between(0, 5);
    if (roll == 0 || roll == 2) {
      hub.withFallbackRouteCondition(draw.pick(CONDITIONS));
    }
    if (roll == 1 || roll == 2) {
      hub.withFallbackRouteDisabled();
    }
  }

  private void fileUpload(IotHubStages.WithOptions hub, HubIdentitySpec identity) {
    EgressTarget storage = targets.forKind(RoutingEndpointKind.STORAGE_CONTAINER, Targets.Reach.of(identity, true));
    Auth auth = auth(identity, storage, true);
    String container = targets.entity(storage, RoutingEndpointKind.STORAGE_CONTAINER);
    IotHubStages.FileUpload upload = hub.defineFileUpload((StorageAccountSpec) targets.use(storage), container);
    if (draw.chance(0.3)) {
      upload.withSasTtl(Duration.ofMinutes(draw.between(1, 24 * 60)));
    }
    int notifications = draw.between(0, 2);
    if (notifications == 1) {
      upload.withNotifications();
    } else if (notifications == 2) {
      upload.withNotifications(Duration.ofSeconds(draw.between(5, 300)), Duration.ofMinutes(draw.between(1, 48 * 60)),
          draw.between(1, 100));
    }
    authenticate(auth, upload::withIdentity, upload::withKeyBasedAuthentication);
    if (faults.inject(Fault.FILE_UPLOAD_SETTINGS)) {
      faults.bad().fileUploadSettings(upload);
    }
    upload.attach();
  }

  private void importExport(IotHubStages.WithOptions hub, HubIdentitySpec identity) {
    EgressTarget storage = targets.forKind(RoutingEndpointKind.STORAGE_CONTAINER, Targets.Reach.of(identity, false));
    Auth auth = auth(identity, storage, false);
    String container = targets.entity(storage, RoutingEndpointKind.STORAGE_CONTAINER);
    StorageAccountSpec named = (StorageAccountSpec) targets.use(storage);
    if (auth == Auth.DEFAULT) {
      hub.withImportExportStorage(named, container);
    } else {
      hub.withImportExportStorage(named, container, auth == Auth.SYSTEM ? IdentityKind.SYSTEM_ASSIGNED
          : IdentityKind.USER_ASSIGNED);
    }
  }

  /**
   * How a use authenticates to {@code target}: one of the ways the rules allow, unless a fault asks for
   * the user-assigned identity or a key towards a restricted target, or an identity the hub lacks.
   */
  private Auth auth(HubIdentitySpec identity, EgressTarget target, boolean keyBasedAllowed) {
    List<Auth> allowed = new ArrayList<>();
    if (identity.systemAssigned()) {
      allowed.add(Auth.SYSTEM);
    }
    if (!target.firewall().restricted()) {
      if (identity.userAssigned().isPresent()) {
        allowed.add(Auth.USER);
      }
      if (keyBasedAllowed && (allowed.isEmpty() || draw.chance(0.3))) {
        allowed.add(Auth.KEY);
      }
    }
    if (identity.any()) {
      allowed.add(Auth.DEFAULT);
    }
    Auth valid = draw.pick(allowed);
    if (target.firewall().restricted() && faults.inject(Fault.USER_ASSIGNED_TO_RESTRICTED)) {
      return Auth.USER;
    }
    if (target.firewall().restricted() && keyBasedAllowed && faults.inject(Fault.KEY_BASED_TO_RESTRICTED)) {
      return Auth.KEY;
    }
    Optional<Auth> lacking = !identity.systemAssigned() ? Optional.of(Auth.SYSTEM)
        : identity.userAssigned().isEmpty() ? Optional.of(Auth.USER) : Optional.empty();
    return lacking.isPresent() && faults.inject(Fault.EGRESS_WITHOUT_IDENTITY) ? lacking.get() : valid;
  }

  private static void authenticate(Auth auth, Consumer<IdentityKind> withIdentity, Runnable withKeyBased) {
    switch (auth) {
      case SYSTEM -> withIdentity.accept(IdentityKind.SYSTEM_ASSIGNED);
      case USER -> withIdentity.accept(IdentityKind.USER_ASSIGNED);
      case KEY -> withKeyBased.run();
      default -> { }
    }
  }
}
