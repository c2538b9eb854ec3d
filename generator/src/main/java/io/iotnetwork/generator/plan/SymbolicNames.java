package io.iotnetwork.generator.plan;

import java.util.HashSet;
import java.util.Set;

/**
 * Allocates the plan's symbolic names: a kind prefix and the resource's name in camel case
 * ({@code iotHub} + {@code contoso-hub} = {@code iotHubContosoHub}), unique within a plan. They are
 * Bicep identifiers, so they only hold ASCII letters and digits.
 */
final class SymbolicNames {
  private final Set<String> taken = new HashSet<>();

  /** A fresh name for {@code name} under {@code prefix}; a clash gets a number appended. */
  String allocate(String prefix, String name) {
    String base = prefix + pascalCase(name);
    String candidate = base;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = base + n;
    }
    return candidate;
  }

  /** {@code contoso-hub.01} becomes {@code ContosoHub01}. */
  static String pascalCase(String name) {
    StringBuilder out = new StringBuilder();
    boolean upperNext = true;
    for (char c : name.toCharArray()) {
      if (c < 128 && Character.isLetterOrDigit(c)) {
        out.append(upperNext ? Character.toUpperCase(c) : c);
        upperNext = false;
      } else {
        upperNext = true;
      }
    }
    return out.toString();
  }
}
