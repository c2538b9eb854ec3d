package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.plan.EgressUse.Purpose;
import io.iotnetwork.model.EgressAuthentication;
import io.iotnetwork.model.EgressTarget;
import io.iotnetwork.model.IdentityKind;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.RoutingEndpointKind;
import io.iotnetwork.model.SourceLocation;
import java.util.Optional;

/**
 * One place a hub sends to an egress target, as rules talk about it: the planner's
 * {@link io.iotnetwork.generator.plan.EgressUse} (one walk over a hub's settings for both) with its
 * hub and the words and DSL calls diagnostics use.
 *
 * @param hub  the hub
 * @param use  the routing endpoint, file upload or import/export
 */
record EgressUse(IotHubSpec hub, io.iotnetwork.generator.plan.EgressUse use) {

  Purpose kind() {
    return use.purpose();
  }

  /** The routing endpoint's name; empty for file upload and import/export. */
  String name() {
    return use.purpose() == Purpose.ROUTING ? use.name() : "";
  }

  String path() {
    return use.path();
  }

  EgressTarget target() {
    return use.target();
  }

  /** The blob container, for storage uses; empty for event hubs, queues and topics. */
  Optional<String> container() {
    return use.entityKind() == RoutingEndpointKind.STORAGE_CONTAINER ? Optional.of(use.entityName()) : Optional.empty();
  }

  EgressAuthentication authentication() {
    return use.authentication();
  }

  SourceLocation source() {
    return use.source();
  }

  /** The identity this use authenticates with, as the hub resolves it; empty when key-based or none. */
  Optional<IdentityKind> identity() {
    return use.identity(hub);
  }

  /** True when it authenticates with a connection string. */
  boolean keyBased() {
    return use.authentication().keyBased();
  }

  /** The setting and its hub in words, e.g. {@code Routing endpoint 'orders' of hub 'hub-a'}. */
  String subject() {
    String setting = switch (kind()) {
      case ROUTING -> "Routing endpoint '" + name() + "'";
      case FILE_UPLOAD -> "File upload";
      case IMPORT_EXPORT -> "Import/export";
      case ACCESS -> "Access grant on '" + use.name() + "'";
    };
    return setting + " of hub '" + hub.name() + "'";
  }

  /** The DSL call that declared it, e.g. {@code .defineRoutingEndpoint("orders")}. */
  String dslCall() {
    return switch (kind()) {
      case ROUTING -> ".defineRoutingEndpoint(\"" + name() + "\")";
      case FILE_UPLOAD -> ".defineFileUpload(..)";
      case IMPORT_EXPORT -> ".withImportExportStorage(..)";
      case ACCESS -> ".grantAccess()";
    };
  }

  /** How to give the hub its system-assigned identity, in DSL words: declared, for an existing hub. */
  String systemAssignedIdentityCall() {
    return hub.isExisting() ? ".withExistingSystemAssignedIdentity()" : ".withSystemAssignedIdentity()";
  }

  /** How to make it authenticate with {@code identity}, in DSL words. */
  String useIdentityCall(IdentityKind identity) {
    String constant = "HubIdentity." + identity.name();
    return kind() == Purpose.IMPORT_EXPORT
        ? ".withImportExportStorage(storage, container, " + constant + ")"
        : ".withIdentity(" + constant + ") on " + dslCall();
  }
}
