package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.CreatedTarget;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.NewUserAssignedIdentity;
import io.iotnetwork.model.SourceLocation;
import io.iotnetwork.model.StorageAccountSpec;
import io.iotnetwork.model.Tags;
import io.iotnetwork.model.TargetOrigin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code tag-limits}: Azure's tag limits (azure-facts §2) on every resource the template creates,
 * whose tags are the network's merged with its own: at most 50 name/value pairs; a name of 1-512
 * characters (128 on a storage account) without {@code < > % & \ ? /}; a value of at most 256
 * characters. Each offending tag is reported where it was declared.
 */
public final class TagLimitsRule extends RuleSupport {
  static final int MAX_TAGS = 50;
  static final int MAX_NAME = 512;
  static final int MAX_STORAGE_NAME = 128;
  static final int MAX_VALUE = 256;
  private static final String FORBIDDEN = "<>%&\\?/";

  public TagLimitsRule() {
    super("tag-limits");
  }

  /** A resource the template creates with tags of its own. */
  private record Tagged(String path, SourceLocation source, Map<String, String> tags, boolean storageAccount) {}

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    List<Tagged> resources = taggedResources(spec);
    boolean anyStorageAccount = resources.stream().anyMatch(Tagged::storageAccount);
    Stream.Builder<Diagnostic> found = Stream.builder();
    checkTags(new Tagged(spec.path(), spec.source(), spec.tags(), anyStorageAccount), "IotNetwork.define(..)", found);
    if (spec.tags().size() > MAX_TAGS) {
      found.add(tooMany(spec.path(), spec.source(), spec.tags().size(), "the network's tags", "IotNetwork.define(..)"));
    }
    for (Tagged resource : resources) {
      checkTags(resource, "this resource", found);
      int merged = Tags.merge(spec.tags(), resource.tags()).size();
      if (merged > MAX_TAGS && !resource.tags().isEmpty()) {
        found.add(tooMany(resource.path(), resource.source(), merged, "the network's tags and its own", "this resource or the network"));
      }
    }
    return found.build();
  }

  private static List<Tagged> taggedResources(IotNetworkSpec spec) {
    List<Tagged> resources = new ArrayList<>();
    for (IotHubSpec hub : spec.iotHubs()) {
      resources.add(new Tagged(hub.path(), hub.source(), hub.tags(), false));
      hub.privateEndpoints().forEach(endpoint ->
          resources.add(new Tagged(endpoint.pathIn(hub), endpoint.source(), endpoint.tags(), false)));
      hub.egress().identity().userAssigned().filter(NewUserAssignedIdentity.class::isInstance)
          .map(NewUserAssignedIdentity.class::cast)
          .ifPresent(identity -> resources.add(
              new Tagged(hub.path() + ".identity.userAssigned", identity.source(), identity.tags(), false)));
    }
    spec.declaredVirtualNetworks().forEach(network ->
        resources.add(new Tagged(network.path(), network.source(), network.tags(), false)));
    EgressUses.targets(spec).forEach(target -> createdTags(target.origin()).ifPresent(tags ->
        resources.add(new Tagged(target.path(), target.source(), tags, target instanceof StorageAccountSpec))));
    return resources;
  }

  private static Optional<Map<String, String>> createdTags(TargetOrigin origin) {
    return origin instanceof CreatedTarget created ? Optional.of(created.tags()) : Optional.empty();
  }

  private void checkTags(Tagged owner, String dslOwner, Stream.Builder<Diagnostic> found) {
    int maxName = owner.storageAccount() ? MAX_STORAGE_NAME : MAX_NAME;
    owner.tags().forEach((name, value) -> {
      List<String> problems = new ArrayList<>();
      if (name.isEmpty() || name.length() > maxName) {
        problems.add("its name has " + name.length() + " characters; allowed: 1-" + maxName
            + (owner.storageAccount() ? " (a storage account gets it)" : ""));
      }
      String forbidden = forbiddenIn(name);
      if (!forbidden.isEmpty()) {
        problems.add("its name contains " + forbidden + ", which Azure does not allow in tag names (< > % & \\ ? /)");
      }
      if (value.length() > MAX_VALUE) {
        problems.add("its value has " + value.length() + " characters; allowed: at most " + MAX_VALUE);
      }
      if (!problems.isEmpty()) {
        found.add(error(owner.path() + ".tags[" + name + "]", owner.source(),
            "Tag '" + name + "' = '" + value + "' is not allowed: " + String.join("; ", problems) + ".",
            "Shorten or rename it in .withTag(\"" + name + "\", ..) of " + dslOwner + "."));
      }
    });
  }

  private Diagnostic tooMany(String path, SourceLocation source, int count, String whose, String dslOwner) {
    return error(path + ".tags", source,
        count + " tags (" + whose + ") would be written on one resource; Azure allows at most " + MAX_TAGS + ".",
        "Drop .withTag(..) calls from " + dslOwner + " until at most " + MAX_TAGS + " remain.");
  }

  private static String forbiddenIn(String name) {
    StringBuilder found = new StringBuilder();
    name.chars().filter(c -> FORBIDDEN.indexOf(c) >= 0).distinct()
        .forEach(c -> found.append(found.length() == 0 ? "" : " ").append('\'').append((char) c).append('\''));
    return found.toString();
  }
}
