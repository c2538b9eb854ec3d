package io.iotnetwork.generator.plan;

import static java.util.Objects.requireNonNull;

/**
 * The scope of an extension resource such as a role assignment: the resource it applies to.
 * ARM: the relative id {@code Microsoft.Storage/storageAccounts/st/blobServices/default/containers/c}
 * (as {@code format(..)}); Bicep: the resource's symbol.
 *
 * @param target the resource the extension applies to
 */
public record ScopeOf(PlannedResource target) implements Expr {
  public ScopeOf {
    requireNonNull(target);
  }
}
