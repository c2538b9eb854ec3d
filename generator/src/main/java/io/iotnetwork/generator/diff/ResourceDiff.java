package io.iotnetwork.generator.diff;

import io.iotnetwork.generator.arm.read.ExportedResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares two normalized resource sets (baseline and proposed, as {@code ExportReader} returns
 * them): a resource is its type, resolved name and scope, so where a template placed it (module,
 * hub group) does not matter; properties are compared by {@link PropertyDiff}. Unchanged resources
 * are not listed.
 */
public final class ResourceDiff {
  private ResourceDiff() {}

  /** Every resource that differs, by type, then name. */
  public static List<ResourceChange> compare(List<ExportedResource> baseline, List<ExportedResource> proposed) {
    Map<String, ExportedResource> before = byKey(baseline);
    Map<String, ExportedResource> after = byKey(proposed);
    List<ResourceChange> changes = new ArrayList<>();
    after.forEach((key, resource) -> {
      ExportedResource old = before.get(key);
      if (old == null) {
        changes.add(new ResourceChange(ResourceChange.Kind.CREATE, Optional.empty(), Optional.of(resource), List.of()));
      } else {
        List<PropertyChange> properties = PropertyDiff.compare(old.body(), resource.body());
        if (!properties.isEmpty()) {
          changes.add(new ResourceChange(ResourceChange.Kind.MODIFY, Optional.of(old), Optional.of(resource), properties));
        }
      }
    });
    before.forEach((key, resource) -> {
      if (!after.containsKey(key)) {
        changes.add(new ResourceChange(ResourceChange.Kind.DELETE, Optional.of(resource), Optional.empty(), List.of()));
      }
    });
    changes.sort(Comparator.comparing((ResourceChange change) -> change.type().toLowerCase(java.util.Locale.ROOT))
        .thenComparing(change -> change.resource().name().toLowerCase(java.util.Locale.ROOT))
        .thenComparing(change -> change.kind()));
    return changes;
  }

  private static Map<String, ExportedResource> byKey(List<ExportedResource> resources) {
    Map<String, ExportedResource> byKey = new LinkedHashMap<>();
    resources.forEach(resource -> byKey.put(resource.key(), resource));
    return byKey;
  }
}
