package io.iotnetwork.generator.plan;

import static java.util.Objects.requireNonNull;

import io.iotnetwork.model.EgressAuthentication;
import io.iotnetwork.model.EgressTarget;
import io.iotnetwork.model.IdentityKind;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.RoutingEndpointKind;
import io.iotnetwork.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One way a hub sends to a target's entity: a routing endpoint, file upload or import/export.
 *
 * @param purpose         what for
 * @param name            the endpoint's name, or the purpose's
 * @param path            the DSL path of the setting
 * @param target          the account or namespace
 * @param entityKind      which kind of entity: container, event hub, queue or topic
 * @param entityName      the entity
 * @param authentication  identity-based or key-based
 * @param source          where it was declared
 */
public record EgressUse(Purpose purpose, String name, String path, EgressTarget target, RoutingEndpointKind entityKind,
    String entityName, EgressAuthentication authentication, SourceLocation source) {

  /** What the hub uses a target for. */
  public enum Purpose {
    /** A custom routing endpoint. */
    ROUTING,
    /** File upload's {@code $default} storage endpoint. */
    FILE_UPLOAD,
    /** Bulk device import/export jobs (an RBAC grant only). */
    IMPORT_EXPORT,
    /** Access prepared for an endpoint the hub's owner adds later (an RBAC grant and firewall only). */
    ACCESS
  }

  public EgressUse {
    requireNonNull(purpose);
    requireNonNull(name);
    requireNonNull(path);
    requireNonNull(target);
    requireNonNull(entityKind);
    requireNonNull(entityName);
    requireNonNull(authentication);
    requireNonNull(source);
  }

  /** Every use of {@code hub}, in DSL order: endpoints, then file upload, then import/export, then access grants. */
  public static List<EgressUse> of(IotHubSpec hub) {
    List<EgressUse> uses = new ArrayList<>();
    hub.egress().endpoints().forEach(endpoint -> uses.add(new EgressUse(Purpose.ROUTING, endpoint.name(),
        endpoint.pathIn(hub), endpoint.target(), endpoint.kind(), endpoint.entityName(), endpoint.authentication(),
        endpoint.source())));
    hub.egress().fileUpload().ifPresent(upload -> uses.add(new EgressUse(Purpose.FILE_UPLOAD, "fileUpload",
        hub.path() + ".fileUpload", upload.storage(), RoutingEndpointKind.STORAGE_CONTAINER, upload.containerName(),
        upload.authentication(), upload.source())));
    hub.egress().importExport().ifPresent(jobs -> uses.add(new EgressUse(Purpose.IMPORT_EXPORT, "importExport",
        hub.path() + ".importExport", jobs.storage(), RoutingEndpointKind.STORAGE_CONTAINER, jobs.containerName(),
        jobs.authentication(), jobs.source())));
    hub.egress().access().forEach(grant -> uses.add(new EgressUse(Purpose.ACCESS, grant.name(), grant.pathIn(hub),
        grant.target(), grant.kind(), grant.entityName(), grant.authentication(), grant.source())));
    return uses;
  }

  /** The identity this use authenticates with on {@code hub}; empty when key-based or unresolvable. */
  public Optional<IdentityKind> identity(IotHubSpec hub) {
    return authentication.resolveIdentity(hub.egress().identity());
  }

  /** The role the identity needs on the entity. */
  public DataRole role() {
    return DataRole.forTarget(target);
  }
}
