package io.iotnetwork.generator.validate.rules;

import inet.ipaddr.AddressStringParameters.RangeParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import java.util.Optional;

/**
 * Strict parsing of the IP addresses and CIDR ranges users write, with the ipaddress library:
 * dotted or colon notation only (no wildcards, ranges, masks or inet_aton forms).
 */
final class IpRanges {
  private static final IPAddressStringParameters STRICT = strict(true);
  private static final IPAddressStringParameters STRICT_IPV4 = strict(false);

  private IpRanges() {}

  /** An IPv4 address or CIDR range as the IP filter takes it ({@code 203.0.113.7}, {@code 203.0.113.0/24}). */
  static Optional<IPAddress> ipv4AddressOrRange(String text) {
    return Optional.ofNullable(new IPAddressString(text.strip(), STRICT_IPV4).getAddress())
        .filter(IPAddress::isIPv4)
        .map(IpRanges::asBlock);
  }

  /** A CIDR range with a prefix length ({@code 10.0.0.0/16}), IPv4 or IPv6, as a prefix block. */
  static Optional<IPAddress> cidr(String text) {
    IPAddress address = new IPAddressString(text.strip(), STRICT).getAddress();
    if (address == null || !address.isPrefixed()) {
      return Optional.empty();
    }
    return Optional.of(address.toPrefixBlock());
  }

  /** A single address without prefix ({@code 10.0.1.4}), IPv4 or IPv6. */
  static Optional<IPAddress> singleAddress(String text) {
    IPAddress address = new IPAddressString(text.strip(), STRICT).getAddress();
    return address == null || address.isPrefixed() ? Optional.empty() : Optional.of(address);
  }

  /** True when {@code text} has host bits set beyond its prefix, e.g. {@code 10.0.1.5/16}. */
  static boolean hasHostBits(String text) {
    IPAddress address = new IPAddressString(text.strip(), STRICT).getAddress();
    return address != null && address.isPrefixed()
        && !address.getLower().equals(address.toPrefixBlock().getLower());
  }

  private static IPAddress asBlock(IPAddress address) {
    return address.isPrefixed() ? address.toPrefixBlock() : address;
  }

  private static IPAddressStringParameters strict(boolean allowIpv6) {
    IPAddressStringParameters.Builder builder = new IPAddressStringParameters.Builder()
        .allowEmpty(false)
        .allowAll(false)
        .allowSingleSegment(false)
        .allowMask(false)
        .allowPrefixOnly(false)
        .allowWildcardedSeparator(false)
        .allow_inet_aton(false)
        .allowIPv6(allowIpv6)
        .setRangeOptions(RangeParameters.NO_RANGE);
    builder.getIPv4AddressParametersBuilder().allowLeadingZeros(false);
    return builder.toParams();
  }
}
