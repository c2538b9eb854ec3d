package io.iotnetwork.generator.plan;

import static java.util.Objects.requireNonNull;

/**
 * A property of an expression's result, e.g. {@code subscription().subscriptionId}; the same text in
 * ARM and Bicep.
 *
 * @param target   the expression
 * @param property the property name
 */
public record Member(Expr target, String property) implements Expr {
  public Member {
    requireNonNull(target);
    requireNonNull(property);
  }
}
