package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.stream.Stream;

/**
 * {@code ip-address-whitespace}: no IP address or CIDR range the definition gives (IP filter masks,
 * target firewall IP rules, address spaces, subnet prefixes, static private addresses) has leading
 * or trailing whitespace. The templates carry each value as written, so it is rejected rather than
 * trimmed; the other address rules judge the value without its whitespace.
 */
public final class IpAddressWhitespaceRule extends RuleSupport {

  public IpAddressWhitespaceRule() {
    super("ip-address-whitespace");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return AddressInputs.of(spec)
        .filter(input -> !input.value().equals(input.value().strip()))
        .map(input -> error(input.path(), input.source(),
            "IP address or range '" + input.value() + "' has leading or trailing whitespace; Azure takes the value "
                + "as written.",
            "Remove the whitespace: pass \"" + input.value().strip() + "\" to " + input.dslCall() + "."));
  }
}
