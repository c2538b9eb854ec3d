package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.stream.Stream;

/**
 * {@code resource-group-name}: every resource group a definition names, by name or inside an
 * existing resource's id, follows Azure's rule: 1-90 letters, digits, underscores, parentheses,
 * hyphens and periods, not ending with a period.
 */
public final class ResourceGroupNameRule extends RuleSupport {

  public ResourceGroupNameRule() {
    super("resource-group-name");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return ExistingReferences.all(spec).flatMap(reference -> reference.group()
        .filter(group -> !AzureName.RESOURCE_GROUP.allows(group)).stream()
        .map(group -> error(reference.path(), reference.source(), AzureName.RESOURCE_GROUP.rejected(group),
            "Name the existing resource's resource group exactly as Azure shows it, e.g. 'rg-contoso-network'.")));
  }
}
