package io.iotnetwork.generator.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;

/**
 * A call of a template function that has the same name and arguments in ARM and Bicep, e.g.
 * {@code resourceId}, {@code subscriptionResourceId}, {@code guid} or {@code format}.
 *
 * @param function  the function's name
 * @param arguments its arguments
 */
public record Call(String function, List<Value> arguments) implements Expr {
  private static final Set<String> SHARED_FUNCTIONS =
      Set.of("resourceId", "subscriptionResourceId", "guid", "format", "uniqueString", "subscription",
          "resourceGroup", "tenant", "environment");

  public Call {
    requireNonNull(function);
    arguments = List.copyOf(arguments);
    if (!SHARED_FUNCTIONS.contains(function)) {
      throw new IllegalArgumentException("bug: " + function + " is not known to mean the same in ARM and Bicep");
    }
  }

  /** {@code function(arguments...)}. */
  public static Call of(String function, Value... arguments) {
    return new Call(function, List.of(arguments));
  }

  /** {@code format('{0}/{1}', ...)}. */
  public static Call format(String pattern, Value... arguments) {
    Value[] all = new Value[arguments.length + 1];
    all[0] = Value.of(pattern);
    System.arraycopy(arguments, 0, all, 1, arguments.length);
    return new Call("format", List.of(all));
  }
}
