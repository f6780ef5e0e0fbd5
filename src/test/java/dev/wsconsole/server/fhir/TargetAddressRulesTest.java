package dev.wsconsole.server.fhir;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which FHIR server hosts and addresses are refused: metadata, link-local and odd numeric forms always, loopback when told. */
class TargetAddressRulesTest {
  @Test
  void metadataAndLinkLocalHostsAreRefusedWhateverTheyAreCalled() {
    for (String host : List.of("169.254.169.254", "169.254.0.1", "[fd00:ec2::254]", "[fe80::1]",
        "[::ffff:169.254.169.254]", "[::ffff:a9fe:a9fe]", "[64:ff9b::a9fe:a9fe]", "100.100.100.200",
        "metadata.google.internal", "METADATA.google.internal.", "metadata", "instance-data")) {
      assertTrue(TargetAddressRules.host(host, true).isPresent(), host);
    }
  }

  @Test
  void numericTricksUnspecifiedMulticastAndReservedAddressesAreRefused() {
    for (String host : List.of("2852039166", "0xa9fea9fe", "0251.0376.0251.0376", "169.254.43518", "127.1",
        "0.0.0.0", "[::]", "224.0.0.1", "[ff02::1]", "255.255.255.255", "240.0.0.1")) {
      assertTrue(TargetAddressRules.host(host, true).isPresent(), host);
    }
  }

  @Test
  void everySpecialPurposeBlockThatIsNotPublicIsRefused() {
    for (String host : List.of("192.0.0.192", "192.0.0.1", "[::ffff:192.0.0.192]", "[64:ff9b::c000:c0]",
        "100.64.0.1", "100.127.255.254", "198.18.0.1", "198.19.255.255", "192.0.2.10", "198.51.100.7", "203.0.113.9",
        "192.88.99.1", "0.1.2.3", "240.0.0.1", "239.255.255.250", "[64:ff9b:1::a00:1]", "[100::1]",
        "[2001::1]", "[2001:db8::1]", "[2002:c000:c0::1]", "[3fff::1]", "[5f00::1]", "[fec0::1]", "[ff05::2]")) {
      assertTrue(TargetAddressRules.host(host, true).isPresent(), host);
    }
  }

  @Test
  void addressesJustOutsideTheBlocksAreAllowed() {
    for (String host : List.of("100.63.255.255", "100.128.0.1", "192.0.1.1", "198.17.255.255", "198.20.0.1",
        "[2001:4860:4860::8888]", "[2600::1]", "223.255.255.254")) {
      assertTrue(TargetAddressRules.host(host, false).isEmpty(), host);
    }
  }

  @Test
  void loopbackFollowsTheSetting() {
    for (String host : List.of("127.0.0.1", "127.0.1.1", "[::1]", "localhost", "fhir.localhost", "[::ffff:127.0.0.1]")) {
      assertTrue(TargetAddressRules.host(host, true).isEmpty(), host);
      assertTrue(TargetAddressRules.host(host, false).orElseThrow().contains("loopback"), host);
    }
  }

  @Test
  void privateNetworksAndOrdinaryNamesAreAllowed() {
    for (String host : List.of("10.1.2.3", "172.16.0.9", "192.168.1.20", "[fd12:3456::1]", "ehr.example.org",
        "fhir-01.hospital.internal", "8.8.8.8")) {
      assertTrue(TargetAddressRules.host(host, false).isEmpty(), host);
    }
  }

  @Test
  void resolvedAddressesAreJudgedTheSameWay() throws Exception {
    assertTrue(TargetAddressRules.address(InetAddress.getByName("169.254.169.254"), true).isPresent());
    assertTrue(TargetAddressRules.address(InetAddress.getByName("fd00:ec2::254"), true).isPresent());
    assertTrue(TargetAddressRules.address(InetAddress.getByName("::1"), false).isPresent());
    assertTrue(TargetAddressRules.address(InetAddress.getByName("::1"), true).isEmpty());
    assertTrue(TargetAddressRules.address(InetAddress.getByName("10.0.0.5"), false).isEmpty());
  }
}
