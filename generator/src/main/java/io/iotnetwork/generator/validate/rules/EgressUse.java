package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.model.EgressAuthentication;
import io.iotnetwork.model.EgressTarget;
import io.iotnetwork.model.FileUploadSpec;
import io.iotnetwork.model.IdentityKind;
import io.iotnetwork.model.ImportExportSpec;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.RoutingEndpointKind;
import io.iotnetwork.model.RoutingEndpointSpec;
import io.iotnetwork.model.SourceLocation;
import java.util.Optional;

/**
 * One place a hub sends to an egress target: a routing endpoint, file upload or import/export.
 *
 * @param hub             the hub
 * @param kind            which setting
 * @param name            the routing endpoint's name; empty for file upload and import/export
 * @param path            the setting's DSL path, e.g. {@code iotHub[hub-a].routing.endpoints[orders]}
 * @param target          the account or namespace
 * @param container       the blob container, for storage uses; empty for event hubs, queues and topics
 * @param authentication  how the hub authenticates
 * @param source          where the setting was declared
 */
record EgressUse(IotHubSpec hub, Kind kind, String name, String path, EgressTarget target,
    Optional<String> container, EgressAuthentication authentication, SourceLocation source) {

  /** The hub settings that send to a target. */
  enum Kind { ROUTING_ENDPOINT, FILE_UPLOAD, IMPORT_EXPORT }

  static EgressUse of(IotHubSpec hub, RoutingEndpointSpec endpoint) {
    Optional<String> container = endpoint.kind() == RoutingEndpointKind.STORAGE_CONTAINER
        ? Optional.of(endpoint.entityName()) : Optional.empty();
    return new EgressUse(hub, Kind.ROUTING_ENDPOINT, endpoint.name(), endpoint.pathIn(hub), endpoint.target(),
        container, endpoint.authentication(), endpoint.source());
  }

  static EgressUse of(IotHubSpec hub, FileUploadSpec upload) {
    return new EgressUse(hub, Kind.FILE_UPLOAD, "", hub.path() + ".fileUpload", upload.storage(),
        Optional.of(upload.containerName()), upload.authentication(), upload.source());
  }

  static EgressUse of(IotHubSpec hub, ImportExportSpec jobs) {
    return new EgressUse(hub, Kind.IMPORT_EXPORT, "", hub.path() + ".importExport", jobs.storage(),
        Optional.of(jobs.containerName()), jobs.authentication(), jobs.source());
  }

  /** The identity this use authenticates with, as the hub resolves it; empty when key-based or none. */
  Optional<IdentityKind> identity() {
    return authentication.resolveIdentity(hub.egress().identity());
  }

  /** True when it authenticates with a connection string. */
  boolean keyBased() {
    return authentication.keyBased();
  }

  /** The setting and its hub in words, e.g. {@code Routing endpoint 'orders' of hub 'hub-a'}. */
  String subject() {
    String setting = switch (kind) {
      case ROUTING_ENDPOINT -> "Routing endpoint '" + name + "'";
      case FILE_UPLOAD -> "File upload";
      case IMPORT_EXPORT -> "Import/export";
    };
    return setting + " of hub '" + hub.name() + "'";
  }

  /** The DSL call that declared it, e.g. {@code .defineRoutingEndpoint("orders")}. */
  String dslCall() {
    return switch (kind) {
      case ROUTING_ENDPOINT -> ".defineRoutingEndpoint(\"" + name + "\")";
      case FILE_UPLOAD -> ".defineFileUpload(..)";
      case IMPORT_EXPORT -> ".withImportExportStorage(..)";
    };
  }

  /** How to make it authenticate with {@code identity}, in DSL words. */
  String useIdentityCall(IdentityKind identity) {
    String constant = "IdentityKind." + identity.name();
    return kind == Kind.IMPORT_EXPORT
        ? ".withImportExportStorage(storage, container, " + constant + ")"
        : ".withIdentity(" + constant + ") on " + dslCall();
  }
}
