package dev.wsconsole.server.fhir;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which hosts a FHIR {@code base_url} may name and which addresses a sync may reach: never metadata, link-local,
 * unspecified, multicast or any other special-purpose block ({@link SpecialPurposeRanges}), loopback only when
 * allowed, private networks yes (decisions 0022 and 0036).
 */
public final class TargetAddressRules {
  private static final List<String> METADATA_NAMES = List.of("metadata", "metadata.google.internal", "metadata.goog",
      "instance-data", "instance-data.ec2.internal", "metadata.azure.com");
  private static final Pattern DOTTED_QUAD = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)"
      + "(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
  /** Numeric hosts that are not a plain dotted quad (2852039166, 0xa9fea9fe, 0251.0376.0.1, 169.254.1): refused. */
  private static final Pattern NUMERIC_TRICK = Pattern.compile("(0x[0-9a-f]+|[0-9]+)(\\.(0x[0-9a-f]+|[0-9]+)){0,3}\\.?");

  private TargetAddressRules() {}

  /** Why the URL's host is refused, or empty; {@code host} as {@code URI.getHost()} gives it (IPv6 in brackets). */
  public static Optional<String> host(String host, boolean allowLoopback) {
    String h = host.toLowerCase(Locale.ROOT);
    h = h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    if (METADATA_NAMES.contains(h)) {
      return Optional.of("is a cloud metadata service");
    }
    if (h.equals("localhost") || h.endsWith(".localhost")) {
      return allowLoopback ? Optional.empty() : Optional.of("is this server itself (loopback is not allowed here)");
    }
    boolean v6 = h.startsWith("[") && h.endsWith("]");
    if (!v6 && !DOTTED_QUAD.matcher(h).matches()) {
      return NUMERIC_TRICK.matcher(h).matches() ? Optional.of("is not a plain IPv4 address") : Optional.empty();
    }
    try {
      // A literal address: parsed without any DNS lookup.
      return address(InetAddress.getByName(v6 ? h.substring(1, h.length() - 1) : h), allowLoopback);
    } catch (UnknownHostException e) {
      return Optional.of("is not a valid address");
    }
  }

  /** Why a sync may not connect to {@code a}, or empty. */
  public static Optional<String> address(InetAddress a, boolean allowLoopback) {
    InetAddress v4 = embeddedV4(a);
    if (v4 != null) {
      return address(v4, allowLoopback);
    }
    if (a.isLoopbackAddress()) {
      return allowLoopback ? Optional.empty() : Optional.of("is this server itself (loopback is not allowed here)");
    }
    if (a.isLinkLocalAddress() || isMetadata(a)) {
      return Optional.of("is link-local (where cloud metadata services answer)");
    }
    if (a.isAnyLocalAddress() || a.isMulticastAddress() || isBroadcast(a)) {
      return Optional.of("is not a unicast address a FHIR server can have");
    }
    return SpecialPurposeRanges.of(a).map(block -> "is " + block + ", not an address a FHIR server can have");
  }

  private static boolean isMetadata(InetAddress a) {
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      return (b[0] & 0xff) == 100 && (b[1] & 0xff) == 100 && (b[2] & 0xff) == 100 && (b[3] & 0xff) == 200;
    }
    byte[] ec2 = {(byte) 0xfd, 0, 0x0e, (byte) 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x54};
    return java.util.Arrays.equals(b, ec2);
  }

  /** 255.255.255.255 (the rest of 240.0.0.0/4 is reserved: {@link SpecialPurposeRanges}). */
  private static boolean isBroadcast(InetAddress a) {
    return a instanceof Inet4Address && java.util.Arrays.equals(a.getAddress(), new byte[] {-1, -1, -1, -1});
  }

  /** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), compatible (::a.b.c.d) or NAT64 (64:ff9b::) one. */
  private static InetAddress embeddedV4(InetAddress a) {
    if (!(a instanceof Inet6Address)) {
      return null;
    }
    byte[] b = a.getAddress();
    boolean zeros = true;
    for (int i = 0; i < 10; i++) {
      zeros &= b[i] == 0;
    }
    boolean mapped = zeros && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    boolean compatible = zeros && b[10] == 0 && b[11] == 0 && !a.isLoopbackAddress() && !a.isAnyLocalAddress();
    boolean nat64Middle = true; // 64:ff9b::/96 exactly; 64:ff9b:1::/48 is a special-purpose block of its own
    for (int i = 4; i < 12; i++) {
      nat64Middle &= b[i] == 0;
    }
    boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && nat64Middle;
    if (!mapped && !compatible && !nat64) {
      return null;
    }
    try {
      return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are an IPv4 address", e);
    }
  }
}
