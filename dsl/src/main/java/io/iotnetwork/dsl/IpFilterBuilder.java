package io.iotnetwork.dsl;

import static java.util.Objects.requireNonNull;

import com.azure.resourcemanager.iothub.models.DefaultAction;
import io.iotnetwork.model.IpFilterSpec;
import io.iotnetwork.model.IpRuleSpec;
import io.iotnetwork.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/** Builds a hub's IP filter. */
final class IpFilterBuilder implements IotHubStages.IpFilter {
  private final IotHub hub;
  private final DefaultAction defaultAction;
  private final SourceLocation source;
  private final List<IpRuleSpec> rules = new ArrayList<>();
  private boolean applyToBuiltInEndpoint;

  IpFilterBuilder(IotHub hub, DefaultAction defaultAction, SourceLocation source) {
    this.hub = hub;
    this.defaultAction = defaultAction;
    this.source = source;
  }

  @Override
  public IotHubStages.IpFilter allow(String filterName, String ipMask) {
    rules.add(new IpRuleSpec(requireNonNull(filterName, "filterName"), requireNonNull(ipMask, "ipMask"),
        Callers.location()));
    return this;
  }

  @Override
  public IotHubStages.IpFilter applyToBuiltInEventHubEndpoint() {
    applyToBuiltInEndpoint = true;
    return this;
  }

  @Override
  public IotHubStages.WithOptions attach() {
    hub.setIpFilter(new IpFilterSpec(defaultAction, applyToBuiltInEndpoint, rules, source));
    return hub;
  }
}
