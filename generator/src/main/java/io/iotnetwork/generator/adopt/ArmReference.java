package io.iotnetwork.generator.adopt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to a resource as an export writes it: a literal resource id
 * ({@code /subscriptions/s/resourceGroups/g/providers/T/n}) or a template's
 * {@code [resourceId(['g',] 'T', 'n'...)]} with literal arguments, which the reader leaves as text, or our own
 * templates' {@code [format('{0}/subnets/{1}', resourceId('Microsoft.Network/virtualNetworks', 'v'), 's')]}.
 *
 * @param resourceGroup  the resource group, when it names one
 * @param type           the resource type ({@code Microsoft.Network/virtualNetworks/subnets})
 * @param names          the name segments ({@code vnet}, {@code snet})
 * @param literalId      the id, when it was a literal one
 */
record ArmReference(Optional<String> resourceGroup, String type, List<String> names, Optional<String> literalId) {
  private static final Pattern RESOURCE_ID = Pattern.compile("^\\[resourceId\\(((?:\\s*'[^']*'\\s*,?)+)\\)\\]$");
  private static final Pattern ARGUMENT = Pattern.compile("'([^']*)'");
  /** How our own templates name a subnet of a network they declare. */
  private static final Pattern DECLARED_SUBNET = Pattern.compile(
      "^\\[format\\('\\{0\\}/subnets/\\{1\\}', resourceId\\('Microsoft\\.Network/virtualNetworks', '([^']+)'\\), '([^']+)'\\)\\]$");

  /** The reference in {@code text}, or empty when it is neither form. */
  static Optional<ArmReference> parse(String text) {
    if (text.toLowerCase(Locale.ROOT).startsWith("/subscriptions/")) {
      return literal(text);
    }
    Matcher declared = DECLARED_SUBNET.matcher(text.strip());
    if (declared.matches()) {
      return Optional.of(new ArmReference(Optional.empty(), "Microsoft.Network/virtualNetworks/subnets",
          List.of(declared.group(1), declared.group(2)), Optional.empty()));
    }
    Matcher matcher = RESOURCE_ID.matcher(text.strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    List<String> arguments = new ArrayList<>();
    Matcher argument = ARGUMENT.matcher(matcher.group(1));
    while (argument.find()) {
      arguments.add(argument.group(1));
    }
    int typeAt = arguments.get(0).contains("/") ? 0 : 1;
    if (arguments.size() <= typeAt + 1 || !arguments.get(typeAt).contains("/")) {
      return Optional.empty();
    }
    Optional<String> group = typeAt == 1 ? Optional.of(arguments.get(0)) : Optional.empty();
    return Optional.of(new ArmReference(group, arguments.get(typeAt), arguments.subList(typeAt + 1, arguments.size()),
        Optional.empty()));
  }

  /** The last name segment. */
  String leafName() {
    return names.get(names.size() - 1);
  }

  /** Whether this refers to a resource of {@code resourceType}, without case. */
  boolean isA(String resourceType) {
    return type.equalsIgnoreCase(resourceType);
  }

  private static Optional<ArmReference> literal(String id) {
    String[] parts = id.split("/");
    int providers = -1;
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].equalsIgnoreCase("providers")) {
        providers = i;
      }
    }
    if (parts.length < 5 || providers < 0 || providers + 3 > parts.length) {
      return Optional.empty();
    }
    StringBuilder type = new StringBuilder(parts[providers + 1]);
    List<String> names = new ArrayList<>();
    for (int i = providers + 2; i + 1 < parts.length; i += 2) {
      type.append('/').append(parts[i]);
      names.add(parts[i + 1]);
    }
    if (names.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> group = parts[3].isEmpty() ? Optional.empty() : Optional.of(parts[4]);
    return Optional.of(new ArmReference(group, type.toString(), names, Optional.of(id)));
  }
}
