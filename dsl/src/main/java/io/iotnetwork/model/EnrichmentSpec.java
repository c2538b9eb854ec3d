package io.iotnetwork.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A message enrichment ({@code properties.routing.enrichments[]}).
 *
 * @param key            {@code key}, the application property added
 * @param value          {@code value}, a literal or a twin/hub reference such as {@code $twin.tags.site}
 * @param endpointNames  {@code endpointNames}: custom endpoint names or {@code events}
 * @param source         where it was declared
 */
public record EnrichmentSpec(String key, String value, List<String> endpointNames, SourceLocation source) {
  public EnrichmentSpec {
    requireNonNull(key);
    requireNonNull(value);
    endpointNames = List.copyOf(endpointNames);
    requireNonNull(source);
  }
}
