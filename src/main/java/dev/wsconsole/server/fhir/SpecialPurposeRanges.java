package dev.wsconsole.server.fhir;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * The IANA special-purpose address blocks (RFC 6890 registries) that no FHIR server reachable from here can
 * legitimately have: protocol assignments (192.0.0.0/24, where 192.0.0.192 is a cloud metadata service), shared
 * carrier-grade NAT space, benchmarking, documentation, relay anycast, discard and translation prefixes. Loopback,
 * link-local, multicast and the private networks are judged by {@link TargetAddressRules} itself (decision 0036).
 */
final class SpecialPurposeRanges {
  private record Block(byte[] prefix, int bits, String name) {
    boolean contains(byte[] address) {
      if (address.length != prefix.length) {
        return false;
      }
      for (int bit = 0; bit < bits; bit++) {
        int mask = 0x80 >>> (bit % 8);
        if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }

  private static final List<Block> BLOCKS = List.of(
      block("0.0.0.0", 8, "\"this network\""),
      block("100.64.0.0", 10, "shared carrier-grade NAT space"),
      block("192.0.0.0", 24, "reserved for IETF protocol assignments"),
      block("192.0.2.0", 24, "reserved for documentation"),
      block("192.88.99.0", 24, "a deprecated relay anycast block"),
      block("198.18.0.0", 15, "reserved for benchmarking"),
      block("198.51.100.0", 24, "reserved for documentation"),
      block("203.0.113.0", 24, "reserved for documentation"),
      block("240.0.0.0", 4, "reserved"),
      block("64:ff9b:1::", 48, "a local-use IPv4/IPv6 translation prefix"),
      block("100::", 64, "discard-only"),
      block("2001::", 23, "reserved for IETF protocol assignments (Teredo included)"),
      block("2001:db8::", 32, "reserved for documentation"),
      block("2002::", 16, "a 6to4 relay prefix"),
      block("3fff::", 20, "reserved for documentation"),
      block("5f00::", 16, "reserved for segment routing"),
      block("fec0::", 10, "deprecated site-local"));

  private SpecialPurposeRanges() {}

  /** The name of the special-purpose block holding {@code a}, or empty when it is in none. */
  static Optional<String> of(InetAddress a) {
    byte[] bytes = a.getAddress();
    return BLOCKS.stream().filter(b -> b.contains(bytes)).map(Block::name).findFirst();
  }

  private static Block block(String literal, int bits, String name) {
    try {
      return new Block(InetAddress.getByName(literal).getAddress(), bits, name); // a literal: no DNS lookup
    } catch (UnknownHostException e) {
      throw new IllegalStateException(literal + " is not an address literal", e);
    }
  }
}
