package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the hub reaches customer resources: its identity, routing, file upload, import/export and
 * outbound restriction.
 *
 * @param identity       the hub's managed identities
 * @param endpoints      custom routing endpoints
 * @param routes         routes
 * @param fallbackRoute  the fallback route (always written)
 * @param fileUpload     file upload, if configured
 * @param importExport   the import/export container, if configured
 * @param outbound       the outbound restriction, if on
 * @param access         role assignments and firewalls prepared without a hub property using them
 */
public record EgressSpec(HubIdentitySpec identity, List<RoutingEndpointSpec> endpoints, List<RouteSpec> routes,
    FallbackRouteSpec fallbackRoute, Optional<FileUploadSpec> fileUpload, Optional<ImportExportSpec> importExport,
    Optional<OutboundRestrictionSpec> outbound, List<AccessGrantSpec> access) {

  /** No egress: no identity, no custom routing, the default fallback route. */
  public static final EgressSpec NONE = new EgressSpec(HubIdentitySpec.NONE, List.of(), List.of(),
      FallbackRouteSpec.DEFAULT, Optional.empty(), Optional.empty(), Optional.empty(), List.of());

  /** Egress as before access grants existed: none prepared. */
  public EgressSpec(HubIdentitySpec identity, List<RoutingEndpointSpec> endpoints, List<RouteSpec> routes,
      FallbackRouteSpec fallbackRoute, Optional<FileUploadSpec> fileUpload, Optional<ImportExportSpec> importExport,
      Optional<OutboundRestrictionSpec> outbound) {
    this(identity, endpoints, routes, fallbackRoute, fileUpload, importExport, outbound, List.of());
  }

  public EgressSpec {
    requireNonNull(identity);
    endpoints = List.copyOf(endpoints);
    routes = List.copyOf(routes);
    requireNonNull(fallbackRoute);
    requireNonNull(fileUpload);
    requireNonNull(importExport);
    requireNonNull(outbound);
    access = List.copyOf(access);
  }

  /** Every target this hub sends to, each once (by kind and name), in the order first named. */
  public List<EgressTarget> targets() {
    Map<String, EgressTarget> byKey = new LinkedHashMap<>();
    endpoints.forEach(endpoint -> byKey.putIfAbsent(key(endpoint.target()), endpoint.target()));
    fileUpload.ifPresent(upload -> byKey.putIfAbsent(key(upload.storage()), upload.storage()));
    importExport.ifPresent(jobs -> byKey.putIfAbsent(key(jobs.storage()), jobs.storage()));
    access.forEach(grant -> byKey.putIfAbsent(key(grant.target()), grant.target()));
    return new ArrayList<>(byKey.values());
  }

  /** True when the hub sends, or is prepared to send, anywhere but its built-in endpoint. */
  public boolean any() {
    return !endpoints.isEmpty() || fileUpload.isPresent() || importExport.isPresent() || !access.isEmpty();
  }

  /** A key equal for two references to the same target. */
  public static String key(EgressTarget target) {
    return target.getClass().getSimpleName() + "/" + target.name().toLowerCase(Locale.ROOT);
  }
}
