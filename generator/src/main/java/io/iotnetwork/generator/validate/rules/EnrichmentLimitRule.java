package io.iotnetwork.generator.validate.rules;

import com.azure.resourcemanager.iothub.models.IotHubSku;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.EnrichmentSpec;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code enrichment-limit}: a hub has at most 10 message enrichments ({@code routing.enrichments[]}), a Free
 * (F1) hub 2 (azure-facts §1); each has a key and a value that are not blank.
 */
public final class EnrichmentLimitRule extends RuleSupport {
  private static final int PAID_LIMIT = 10;
  private static final int FREE_LIMIT = 2;

  public EnrichmentLimitRule() {
    super("enrichment-limit");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream().flatMap(hub -> Stream.concat(count(hub),
        hub.settings().enrichments().stream().filter(EnrichmentLimitRule::blank).map(enrichment -> blank(hub, enrichment))));
  }

  private Stream<Diagnostic> count(IotHubSpec hub) {
    List<EnrichmentSpec> enrichments = hub.settings().enrichments();
    boolean free = IotHubSku.F1.equals(hub.sku());
    int max = free ? FREE_LIMIT : PAID_LIMIT;
    if (enrichments.size() <= max) {
      return Stream.empty();
    }
    return Stream.of(error(hub.path() + ".routing.enrichments", enrichments.get(max).source(),
        "Hub '" + hub.name() + "' (" + hub.sku() + ") has " + enrichments.size() + " enrichments; " + hub.sku()
            + " allows at most " + max + ".",
        "Remove " + (enrichments.size() - max) + " .defineEnrichment(..) calls"
            + (free ? ", or use a paid SKU (.withSku(IotHubSku.S1, 1)), which allows " + PAID_LIMIT + "." : ".")));
  }

  private static boolean blank(EnrichmentSpec enrichment) {
    return enrichment.key().isBlank() || enrichment.value().isBlank();
  }

  private Diagnostic blank(IotHubSpec hub, EnrichmentSpec enrichment) {
    return error(hub.path() + ".routing.enrichments[" + enrichment.key() + "]", enrichment.source(),
        "Enrichment key '" + enrichment.key() + "' with value '" + enrichment.value() + "' has a blank key or value; "
            + "both are required.",
        "Pass a non-blank key and value to .defineEnrichment(key, value).");
  }
}
