package io.iotnetwork.generator.validate.rules;

import java.util.regex.Pattern;

/**
 * Azure's naming rules for the resources a definition names, from Microsoft's "Naming rules and
 * restrictions for Azure resources" (azure-resource-manager/management/resource-name-rules): a
 * length range and the characters allowed.
 */
enum AzureName {
  RESOURCE_GROUP("resource group", 1, 90, "[\\p{L}\\p{Nd}_().-]*[\\p{L}\\p{Nd}_()-]",
      "letters, digits, underscores, parentheses, hyphens and periods, not ending with a period"),
  VIRTUAL_NETWORK("virtual network", 2, 64, Patterns.NETWORK, Patterns.NETWORK_WORDS),
  SUBNET("subnet", 1, 80, Patterns.NETWORK, Patterns.NETWORK_WORDS),
  PRIVATE_ENDPOINT("private endpoint", 2, 64, Patterns.NETWORK, Patterns.NETWORK_WORDS),
  NETWORK_INTERFACE("network interface", 1, 80, Patterns.NETWORK, Patterns.NETWORK_WORDS),
  USER_ASSIGNED_IDENTITY("user-assigned identity", 3, 128, "[a-zA-Z0-9][a-zA-Z0-9_-]*",
      "ASCII letters, digits, hyphens and underscores, starting with a letter or digit"),
  STORAGE_ACCOUNT("storage account", 3, 24, "[a-z0-9]+", "lowercase letters and digits"),
  NAMESPACE("namespace", 6, 50, "[a-zA-Z][a-zA-Z0-9-]*[a-zA-Z0-9]",
      "ASCII letters, digits and hyphens, starting with a letter and ending with a letter or digit"),
  EVENT_HUB("event hub", 1, 256, "[a-zA-Z0-9]([a-zA-Z0-9._-]*[a-zA-Z0-9])?",
      "ASCII letters, digits, periods, hyphens and underscores, starting and ending with a letter or digit"),
  SERVICE_BUS_ENTITY("Service Bus queue or topic", 1, 260, "[a-zA-Z0-9]([a-zA-Z0-9._/-]*[a-zA-Z0-9])?",
      "ASCII letters, digits, periods, hyphens, underscores and slashes, starting and ending with a letter or digit");

  private final String kind;
  private final int minLength;
  private final int maxLength;
  private final Pattern pattern;
  private final String characters;

  AzureName(String kind, int minLength, int maxLength, String pattern, String characters) {
    this.kind = kind;
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.pattern = Pattern.compile(pattern);
    this.characters = characters;
  }

  /** True when Azure accepts {@code name} for this kind of resource. */
  boolean allows(String name) {
    return name.length() >= minLength && name.length() <= maxLength && pattern.matcher(name).matches();
  }

  /** The message for a name Azure rejects: the name, its length and what is allowed. */
  String rejected(String name) {
    return kind.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + kind.substring(1) + " name '" + name + "' ("
        + name.length() + " characters) is not allowed: Azure takes " + minLength + "-" + maxLength + " "
        + characters + ".";
  }

  /** The kind of resource in words, e.g. {@code event hub}. */
  String kindWords() {
    return kind;
  }

  private static final class Patterns {
    static final String NETWORK = "[a-zA-Z0-9]([a-zA-Z0-9_.-]*[a-zA-Z0-9_])?";
    static final String NETWORK_WORDS =
        "ASCII letters, digits, underscores, periods and hyphens, starting with a letter or digit and ending with "
            + "a letter, digit or underscore";
  }
}
