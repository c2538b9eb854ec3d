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
 */
public record EgressSpec(HubIdentitySpec identity, List<RoutingEndpointSpec> endpoints, List<RouteSpec> routes,
    FallbackRouteSpec fallbackRoute, Optional<FileUploadSpec> fileUpload, Optional<ImportExportSpec> importExport,
    Optional<OutboundRestrictionSpec> outbound) {

  /** No egress: no identity, no custom routing, the default fallback route. */
  public static final EgressSpec NONE = new EgressSpec(HubIdentitySpec.NONE, List.of(), List.of(),
      FallbackRouteSpec.DEFAULT, Optional.empty(), Optional.empty(), Optional.empty());

  public EgressSpec {
    requireNonNull(identity);
    endpoints = List.copyOf(endpoints);
    routes = List.copyOf(routes);
    requireNonNull(fallbackRoute);
    requireNonNull(fileUpload);
    requireNonNull(importExport);
    requireNonNull(outbound);
  }

  /** Every target this hub sends to, each once (by kind and name), in the order first named. */
  public List<EgressTarget> targets() {
    Map<String, EgressTarget> byKey = new LinkedHashMap<>();
    endpoints.forEach(endpoint -> byKey.putIfAbsent(key(endpoint.target()), endpoint.target()));
    fileUpload.ifPresent(upload -> byKey.putIfAbsent(key(upload.storage()), upload.storage()));
    importExport.ifPresent(jobs -> byKey.putIfAbsent(key(jobs.storage()), jobs.storage()));
    return new ArrayList<>(byKey.values());
  }

  /** True when the hub sends anywhere but its built-in endpoint. */
  public boolean any() {
    return !endpoints.isEmpty() || fileUpload.isPresent() || importExport.isPresent();
  }

  /** A key equal for two references to the same target. */
  public static String key(EgressTarget target) {
    return target.getClass().getSimpleName() + "/" + target.name().toLowerCase(Locale.ROOT);
  }
}
