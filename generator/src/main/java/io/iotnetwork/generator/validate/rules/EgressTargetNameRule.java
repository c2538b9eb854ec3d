package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.EgressTarget;
import io.iotnetwork.model.EventHubsNamespaceSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.StorageAccountSpec;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code egress-target-name}: names the ARM schemas of the emitted API versions state. A created
 * storage account has 3-24 lowercase letters and digits (Microsoft.Storage 2023-05-01); a created
 * Event Hubs namespace has 6-50 characters and matches {@code ^[a-zA-Z][a-zA-Z0-9-]{6,50}[a-zA-Z0-9]$}
 * (Microsoft.EventHub 2024-01-01; together: 8-50); a blob container has 3-63 lowercase letters,
 * digits and hyphens, each hyphen between a letter or digit and another (Microsoft.Storage
 * 2023-05-01, {@code blobServices/containers}).
 */
public final class EgressTargetNameRule extends RuleSupport {
  private static final Pattern STORAGE_ACCOUNT = Pattern.compile("^[a-z0-9]{3,24}$");
  private static final Pattern EVENT_HUBS_NAMESPACE = Pattern.compile("^[a-zA-Z][a-zA-Z0-9-]{6,50}[a-zA-Z0-9]$");
  private static final Pattern CONTAINER = Pattern.compile("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$");

  public EgressTargetNameRule() {
    super("egress-target-name");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    Stream<Diagnostic> targets = EgressUses.targets(spec).filter(EgressTarget::created).flatMap(this::check);
    Stream<Diagnostic> containers = EgressUses.of(spec)
        .flatMap(use -> use.container().stream()
            .filter(container -> !CONTAINER.matcher(container).matches())
            .map(container -> error(use.path(), use.source(),
                "Blob container name '" + container + "' is not allowed: a name has 3-63 lowercase letters, digits "
                    + "and hyphens, and every hyphen sits between two letters or digits.",
                "Pass a name such as 'telemetry-archive' as the container of " + use.dslCall() + ".")));
    return Stream.concat(targets, containers);
  }

  private Stream<Diagnostic> check(EgressTarget target) {
    if (target instanceof StorageAccountSpec && !STORAGE_ACCOUNT.matcher(target.name()).matches()) {
      return Stream.of(error(target.path(), target.source(),
          "Storage account name '" + target.name() + "' (" + target.name().length() + " characters) is not allowed: "
              + "a name has 3-24 lowercase letters and digits.",
          "Pass a name such as 'stcontosoiot01' to StorageAccount.define(..)."));
    }
    String name = target.name();
    if (target instanceof EventHubsNamespaceSpec
        && (name.length() < 6 || name.length() > 50 || !EVENT_HUBS_NAMESPACE.matcher(name).matches())) {
      return Stream.of(error(target.path(), target.source(),
          "Event Hubs namespace name '" + name + "' (" + name.length() + " characters) is not allowed: the ARM "
              + "schema asks for 6-50 characters matching ^[a-zA-Z][a-zA-Z0-9-]{6,50}[a-zA-Z0-9]$, i.e. 8-50 "
              + "letters, digits and hyphens, starting with a letter and ending with a letter or digit.",
          "Pass a name such as 'evhns-contoso-iot' to EventHubsNamespace.define(..)."));
    }
    return Stream.empty();
  }
}
