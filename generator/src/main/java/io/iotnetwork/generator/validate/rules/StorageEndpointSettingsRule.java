package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.RoutingEndpointSpec;
import io.iotnetwork.model.StorageEndpointSettings;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code storage-endpoint-settings}: a storage container endpoint batches every 60-720 seconds, in
 * chunks of 10485760-524288000 bytes, and its {@code fileNameFormat} holds every token
 * {@code {iothub} {partition} {YYYY} {MM} {DD} {HH} {mm}}, in any order (azure-facts §1).
 */
public final class StorageEndpointSettingsRule extends RuleSupport {
  private static final List<String> TOKENS =
      List.of("{iothub}", "{partition}", "{YYYY}", "{MM}", "{DD}", "{HH}", "{mm}");

  public StorageEndpointSettingsRule() {
    super("storage-endpoint-settings");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream().flatMap(hub -> hub.egress().endpoints().stream()
        .flatMap(endpoint -> endpoint.storage().stream().flatMap(settings -> check(hub, endpoint, settings))));
  }

  private Stream<Diagnostic> check(IotHubSpec hub, RoutingEndpointSpec endpoint, StorageEndpointSettings settings) {
    Stream.Builder<Diagnostic> found = Stream.builder();
    int seconds = settings.batchFrequencyInSeconds();
    if (seconds < 60 || seconds > 720) {
      found.add(error(endpoint.pathIn(hub), endpoint.source(),
          "batchFrequencyInSeconds " + seconds + " is out of range; allowed: 60 to 720 (default 300).",
          "Pass a value from 60 to 720 to .withBatchFrequencyInSeconds(..)."));
    }
    long bytes = settings.maxChunkSizeInBytes();
    if (bytes < 10_485_760L || bytes > 524_288_000L) {
      found.add(error(endpoint.pathIn(hub), endpoint.source(),
          "maxChunkSizeInBytes " + bytes + " is out of range; allowed: 10485760 (10 MiB) to 524288000 (500 MiB), "
              + "default 314572800.",
          "Pass a value from 10485760 to 524288000 to .withMaxChunkSizeInBytes(..)."));
    }
    List<String> missing = TOKENS.stream().filter(token -> !settings.fileNameFormat().contains(token)).toList();
    if (!missing.isEmpty()) {
      found.add(error(endpoint.pathIn(hub), endpoint.source(),
          "fileNameFormat '" + settings.fileNameFormat() + "' lacks " + String.join(" ", missing)
              + "; every token " + String.join(" ", TOKENS) + " must appear, in any order.",
          "Pass a format such as '" + StorageEndpointSettings.DEFAULT.fileNameFormat()
              + "' to .withFileNameFormat(..)."));
    }
    return found.build();
  }
}
