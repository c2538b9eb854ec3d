package io.iotnetwork.generator.validate.rules;

import inet.ipaddr.IPAddress;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.DeclaredSubnet;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.PrivateEndpointSpec;
import io.iotnetwork.model.SubnetSpec;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code private-endpoint-static-ip}: a static private address is one IP address and, in a
 * declared subnet, lies inside that subnet's prefix.
 */
public final class StaticPrivateIpRule extends RuleSupport {

  public StaticPrivateIpRule() {
    super("private-endpoint-static-ip");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream().flatMap(hub -> hub.privateEndpoints().stream()
        .filter(endpoint -> endpoint.staticPrivateIpAddress().isPresent())
        .flatMap(endpoint -> check(hub, endpoint)));
  }

  private Stream<Diagnostic> check(IotHubSpec hub, PrivateEndpointSpec endpoint) {
    String ip = endpoint.staticPrivateIpAddress().get();
    String path = endpoint.pathIn(hub) + ".staticPrivateIpAddress";
    Optional<IPAddress> address = IpRanges.singleAddress(ip);
    if (address.isEmpty()) {
      return Stream.of(error(path, endpoint.source(),
          "'" + ip + "' is not a single IP address; allowed: e.g. 10.0.1.10.",
          "Pass one address to .withStaticPrivateIpAddress(\"10.0.1.10\")."));
    }
    if (endpoint.subnet() instanceof DeclaredSubnet declared) {
      Optional<IPAddress> prefix = declared.virtualNetwork().findSubnet(declared.subnetName())
          .map(SubnetSpec::addressPrefix).flatMap(IpRanges::cidr);
      if (prefix.isPresent() && !prefix.get().contains(address.get())) {
        return Stream.of(error(path, endpoint.source(),
            "'" + ip + "' is outside subnet '" + declared.subnetName() + "' (" + prefix.get() + ").",
            "Pass an address inside " + prefix.get() + " to .withStaticPrivateIpAddress(..)."));
      }
    }
    return Stream.empty();
  }
}
