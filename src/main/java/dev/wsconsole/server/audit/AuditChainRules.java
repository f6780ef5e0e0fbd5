package dev.wsconsole.server.audit;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;

/** Checks a workspace's audit chain: gapless seq, each prev_hash the previous hash, each hash recomputed. */
public final class AuditChainRules {
  private AuditChainRules() {}

  /** The outcome: valid, how many entries were checked, and where and why the chain first breaks. */
  public record Verdict(boolean valid, int entriesChecked, Long firstBrokenSeq, String detail) {}

  public static Verdict verify(List<AuditEntry> chain) {
    byte[] prev = new byte[0];
    long expectedSeq = 1;
    int checked = 0;
    for (AuditEntry e : chain) {
      if (e.seq() != expectedSeq) {
        return broken(checked, expectedSeq, "entry " + expectedSeq + " is missing (next is " + e.seq() + ")");
      }
      if (!MessageDigest.isEqual(prev, e.prevHash())) {
        return broken(checked, e.seq(), "entry " + e.seq() + " does not point at the hash of the entry before it");
      }
      byte[] recomputed = AuditStore.chainHash(e.prevHash(), e.workspaceId(), e.seq(),
          AuditStore.canonicalActor(e.actor()), e.action(), e.target(), e.result(), e.reason(), e.requestId(),
          e.createdAt());
      if (!MessageDigest.isEqual(recomputed, e.hash())) {
        return broken(checked, e.seq(), "entry " + e.seq() + " was changed after it was written");
      }
      prev = Arrays.copyOf(e.hash(), e.hash().length);
      expectedSeq++;
      checked++;
    }
    return new Verdict(true, checked, null, "all " + checked + " entries chain correctly");
  }

  private static Verdict broken(int checked, long seq, String detail) {
    return new Verdict(false, checked, seq, detail);
  }
}
