package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.EgressTarget;
import io.iotnetwork.model.EventHubsNamespaceSpec;
import io.iotnetwork.model.ExistingTarget;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.RoutingEndpointKind;
import io.iotnetwork.model.StorageAccountSpec;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code egress-target-name}: the names of egress targets and of their entities. A storage account
 * has 3-24 lowercase letters and digits (Microsoft.Storage 2023-05-01). A created Event Hubs
 * namespace matches the ARM schema's {@code ^[a-zA-Z][a-zA-Z0-9-]{6,50}[a-zA-Z0-9]$} with 6-50
 * characters (Microsoft.EventHub 2024-01-01; together: 8-50); any other namespace has 6-50 ASCII
 * letters, digits and hyphens, starting with a letter and ending with a letter or digit. A blob
 * container has 3-63 lowercase letters, digits and hyphens, each hyphen between a letter or digit
 * and another (Microsoft.Storage 2023-05-01, {@code blobServices/containers}); an event hub 1-256
 * and a queue or topic 1-260 characters (Microsoft's resource name rules).
 */
public final class EgressTargetNameRule extends RuleSupport {
  private static final Pattern EVENT_HUBS_NAMESPACE = Pattern.compile("^[a-zA-Z][a-zA-Z0-9-]{6,50}[a-zA-Z0-9]$");
  private static final Pattern CONTAINER = Pattern.compile("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$");

  public EgressTargetNameRule() {
    super("egress-target-name");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    Stream<Diagnostic> targets = EgressUses.targets(spec)
        .filter(target -> !(target.origin() instanceof ExistingTarget existing)
            || ResourceIds.namesParse(existing.resourceId()))
        .flatMap(this::check);
    Stream<Diagnostic> entities = EgressUses.of(spec).flatMap(this::checkEntity);
    return Stream.concat(targets, entities);
  }

  private Stream<Diagnostic> checkEntity(EgressUse use) {
    RoutingEndpointKind kind = use.use().entityKind();
    String entity = use.use().entityName();
    if (kind == RoutingEndpointKind.STORAGE_CONTAINER && !CONTAINER.matcher(entity).matches()) {
      return Stream.of(error(use.path(), use.source(),
          "Blob container name '" + entity + "' is not allowed: a name has 3-63 lowercase letters, digits "
              + "and hyphens, and every hyphen sits between two letters or digits.",
          "Pass a name such as 'telemetry-archive' as the container of " + use.dslCall() + "."));
    }
    AzureName rule = kind == RoutingEndpointKind.EVENT_HUB ? AzureName.EVENT_HUB : AzureName.SERVICE_BUS_ENTITY;
    if (kind != RoutingEndpointKind.STORAGE_CONTAINER && !rule.allows(entity)) {
      return Stream.of(error(use.path(), use.source(), rule.rejected(entity),
          "Pass a name such as 'telemetry' as the " + rule.kindWords() + " of " + use.dslCall() + "."));
    }
    return Stream.empty();
  }

  private Stream<Diagnostic> check(EgressTarget target) {
    String name = target.name();
    if (target instanceof StorageAccountSpec) {
      return AzureName.STORAGE_ACCOUNT.allows(name) ? Stream.empty() : Stream.of(error(target.path(), target.source(),
          AzureName.STORAGE_ACCOUNT.rejected(name),
          "Pass a name such as 'stcontosoiot01' to StorageAccount.define(..), or an existing account's id."));
    }
    if (target instanceof EventHubsNamespaceSpec && target.created()
        && (name.length() < 6 || name.length() > 50 || !EVENT_HUBS_NAMESPACE.matcher(name).matches())) {
      return Stream.of(error(target.path(), target.source(),
          "Event Hubs namespace name '" + name + "' (" + name.length() + " characters) is not allowed: the ARM "
              + "schema asks for 6-50 characters matching ^[a-zA-Z][a-zA-Z0-9-]{6,50}[a-zA-Z0-9]$, i.e. 8-50 "
              + "letters, digits and hyphens, starting with a letter and ending with a letter or digit.",
          "Pass a name such as 'evhns-contoso-iot' to EventHubsNamespace.define(..)."));
    }
    if (!AzureName.NAMESPACE.allows(name)) {
      return Stream.of(error(target.path(), target.source(), AzureName.NAMESPACE.rejected(name),
          "Pass a name such as 'sbns-contoso-iot' to " + TargetWords.of(target).dslClass()
              + ".define(..), or an existing namespace's id."));
    }
    return Stream.empty();
  }
}
