package io.iotnetwork.generator.adopt;

import java.util.HashSet;
import java.util.Set;

/** The local variables of one generated definition: each resource's name in camel case, made unique. */
final class VariableNames {
  private final Set<String> taken = new HashSet<>(Set.of("network", "hub"));

  /** A new variable for the resource named {@code resourceName} ({@code sbns-contoso-alerts} → {@code sbnsContosoAlerts}). */
  String forResource(String resourceName) {
    StringBuilder camel = new StringBuilder();
    boolean upper = false;
    for (char c : resourceName.toCharArray()) {
      if (Character.isLetterOrDigit(c) && c < 0x80) {
        camel.append(upper ? Character.toUpperCase(c) : camel.length() == 0 ? Character.toLowerCase(c) : c);
        upper = false;
      } else {
        upper = camel.length() > 0;
      }
    }
    String base = camel.length() == 0 || !Character.isLetter(camel.charAt(0)) ? "resource" + camel : camel.toString();
    String variable = base;
    for (int i = 2; !taken.add(variable); i++) {
      variable = base + i;
    }
    return variable;
  }
}
