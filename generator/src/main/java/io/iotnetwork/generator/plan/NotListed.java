package io.iotnetwork.generator.plan;

import static java.util.Objects.requireNonNull;

/**
 * True when {@code list} does not hold {@code item}: ARM {@code not(contains(list, item))}, Bicep
 * {@code !contains(list, item)}. A resource's deployment condition, e.g. "this hub is not one that
 * already exists".
 *
 * @param list an array value, e.g. a parameter
 * @param item the value looked for, e.g. a hub's name
 */
public record NotListed(Value list, Value item) implements Expr {
  public NotListed {
    requireNonNull(list);
    requireNonNull(item);
  }
}
