package io.iotnetwork.maven;

import io.iotnetwork.generator.diff.RiskClass;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The change classes named in {@code failOn} ({@code opens-access,immutable}). */
final class FailOnClasses {
  private FailOnClasses() {}

  /** The classes in {@code names} (each may hold a comma list); an unknown name is a {@link UserError}. */
  static Set<RiskClass> parse(List<String> names) throws UserError {
    Set<RiskClass> classes = EnumSet.noneOf(RiskClass.class);
    if (names == null) {
      return classes;
    }
    for (String name : names.stream().flatMap(item -> Arrays.stream(item.split(","))).map(String::strip)
        .filter(item -> !item.isEmpty()).toList()) {
      classes.add(RiskClass.of(name).orElseThrow(() -> new UserError("Unknown change class '" + name + "' in <failOn> / -D"
          + PluginProperties.FAIL_ON + "; allowed: " + allowed() + ".")));
    }
    return classes;
  }

  /** Every class, most serious first. */
  static String allowed() {
    return Arrays.stream(RiskClass.values()).map(RiskClass::id).collect(Collectors.joining(", "));
  }
}
