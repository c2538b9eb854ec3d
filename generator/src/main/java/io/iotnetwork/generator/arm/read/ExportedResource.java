package io.iotnetwork.generator.arm.read;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One resource of an export in normalized form: its type, resolved name and scope, and a body of
 * wire names ({@code location}, {@code tags}, {@code sku}, {@code identity}, {@code properties})
 * with ISO 8601 durations, parameters resolved, read-only properties and Azure's defaults gone,
 * and secrets taken out (listed in {@link #secrets()}). {@code source} is the JSON path in the file
 * it was read from, for messages; {@code apiVersion} is what a template named (a GET does not say).
 */
public record ExportedResource(String type, String name, ResourceScope scope, Optional<String> apiVersion, ObjectNode body,
    List<ExportedSecret> secrets, String source) {
  public ExportedResource {
    requireNonNull(type, "type");
    requireNonNull(name, "name");
    requireNonNull(scope, "scope");
    requireNonNull(apiVersion, "apiVersion");
    requireNonNull(body, "body");
    secrets = List.copyOf(secrets);
    requireNonNull(source, "source");
  }

  /** The identity Azure gives this resource: type, name and scope, without case. */
  public String key() {
    return (type + "|" + name + "|" + scope).toLowerCase(Locale.ROOT);
  }

  /** Whether this is a resource of {@code resourceType}, ignoring case. */
  public boolean isA(String resourceType) {
    return type.equalsIgnoreCase(resourceType);
  }
}
