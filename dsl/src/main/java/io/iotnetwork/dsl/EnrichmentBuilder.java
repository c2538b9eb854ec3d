package io.iotnetwork.dsl;

import static java.util.Objects.requireNonNull;

import io.iotnetwork.model.EnrichmentSpec;
import io.iotnetwork.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/** Builds one message enrichment of a hub. */
final class EnrichmentBuilder implements IotHubStages.EnrichmentBlank, IotHubStages.EnrichmentOptions {
  private final IotHub hub;
  private final HubSettingsBuilder settings;
  private final String key;
  private final String value;
  private final SourceLocation source;
  private final List<String> endpointNames = new ArrayList<>();

  EnrichmentBuilder(IotHub hub, HubSettingsBuilder settings, String key, String value, SourceLocation source) {
    this.hub = hub;
    this.settings = settings;
    this.key = key;
    this.value = value;
    this.source = source;
  }

  @Override
  public IotHubStages.EnrichmentOptions toEndpoints(String endpointName, String... moreEndpointNames) {
    endpointNames.add(requireNonNull(endpointName, "endpointName"));
    for (String more : requireNonNull(moreEndpointNames, "moreEndpointNames")) {
      endpointNames.add(requireNonNull(more, "moreEndpointNames[]"));
    }
    return this;
  }

  @Override
  public IotHubStages.WithOptions attach() {
    settings.addEnrichment(new EnrichmentSpec(key, value, endpointNames, source));
    return hub;
  }
}
