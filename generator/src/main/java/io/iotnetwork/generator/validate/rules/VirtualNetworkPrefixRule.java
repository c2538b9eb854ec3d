package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.SourceLocation;
import io.iotnetwork.model.VirtualNetworkSpec;
import java.util.stream.Stream;

/**
 * {@code virtual-network-prefix}: a declared network has an address space, and each of its
 * prefixes and its subnets' prefixes is a CIDR range written as its network address
 * ({@code 10.0.1.0/24}, not {@code 10.0.1.5/24}).
 */
public final class VirtualNetworkPrefixRule extends RuleSupport {

  public VirtualNetworkPrefixRule() {
    super("virtual-network-prefix");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.declaredVirtualNetworks().stream().flatMap(this::check);
  }

  private Stream<Diagnostic> check(VirtualNetworkSpec network) {
    Stream.Builder<Diagnostic> found = Stream.builder();
    if (network.addressPrefixes().isEmpty()) {
      found.add(error(network.path(), network.source(),
          "Virtual network '" + network.name() + "' has no address prefix.",
          "Pass at least one CIDR range to .withAddressSpace(\"10.0.0.0/16\")."));
    }
    AddressInputs.of(network).forEach(input -> check(input.value(), input.path(), input.source(), input.dslCall(),
        found));
    return found.build();
  }

  private void check(String prefix, String path, SourceLocation source, String dslCall,
      Stream.Builder<Diagnostic> found) {
    if (IpRanges.cidr(prefix).isEmpty()) {
      found.add(error(path, source,
          "'" + prefix + "' is not a CIDR range; allowed: an address with a prefix length, e.g. 10.0.0.0/16.",
          "Write the range with its prefix length in " + dslCall + "."));
    } else if (IpRanges.hasHostBits(prefix)) {
      found.add(error(path, source,
          "'" + prefix + "' has host bits set beyond its prefix length; the range starts at "
              + IpRanges.cidr(prefix).get().getLower().toCanonicalString() + ".",
          "Write the network address, " + IpRanges.cidr(prefix).get() + ", in " + dslCall + "."));
    }
  }
}
