package dev.wsconsole.server.promotion;

import dev.wsconsole.model.Environment;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.db.TenantTx;
import dev.wsconsole.server.promotion.PromotionResponses.Preview;
import java.util.List;
import java.util.UUID;

/**
 * Promotion of configuration between two workspaces. Row-level security scopes a transaction to one
 * workspace, so the source is read in a transaction of its own, and the target is read, compared,
 * checked and written in ONE transaction of the target (atomic: all of the diff or nothing). The
 * source's audit entry follows the target's commit (decision 0010).
 */
final class PromotionStore {
  private final TenantTx tx;

  PromotionStore(TenantTx tx) {
    this.tx = tx;
  }

  Preview preview(UUID source, UUID target, Environment targetEnvironment) {
    ConfigSnapshot from = tx.call(source, h -> ConfigSnapshotStore.read(h, source));
    ConfigSnapshot to = tx.call(target, h -> ConfigSnapshotStore.read(h, target));
    return PromotionRules.plan(source, target, from, to, targetEnvironment).preview();
  }

  /** Applies the diff; 409 when {@code digest} names another preview, 422 while something blocks it. */
  Preview promote(UUID source, UUID target, Environment targetEnvironment, String digest, AuditRecord audit) {
    ConfigSnapshot from = tx.call(source, h -> ConfigSnapshotStore.read(h, source));
    Preview applied = tx.call(target, h -> {
      // One promotion into a workspace at a time: a second waits and then sees the first one's result.
      h.createQuery("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
          .bind("key", "promotion:" + target).mapTo(String.class).one();
      PromotionPlan plan = PromotionRules.plan(source, target, from, ConfigSnapshotStore.read(h, target),
          targetEnvironment);
      check(plan.preview(), digest);
      try {
        PromotionWriteStore.apply(h, target, plan);
      } catch (ServiceWriteStore.InUse e) {
        throw DomainException.conflict("Cannot remove service '" + e.service + "' from the target workspace: it still"
            + " has calls or surfaces there. Add a service of that name to the source, or keep it; nothing was"
            + " promoted.");
      }
      AuditStore.append(h, target, record(audit, "promotion-in", source, plan.preview()));
      return plan.preview();
    });
    tx.run(source, h -> AuditStore.append(h, source, record(audit, "promotion-out", target, applied)));
    return applied;
  }

  private static void check(Preview preview, String digest) {
    if (digest != null && !digest.equals(preview.digest())) {
      throw DomainException.conflict("The preview is stale: the source or the target changed since it was made."
          + " Preview again and promote with the new digest; nothing was promoted.");
    }
    if (!preview.blocking().isEmpty()) {
      throw DomainException.invalid(List.of("body", "target_workspace_id"), String.join("; ", preview.blocking())
          + "; nothing was promoted", "value_error");
    }
  }

  private static AuditRecord record(AuditRecord r, String action, UUID other, Preview p) {
    return new AuditRecord(r.actor(), action, "workspace:" + other, r.result(), p.counts().summary()
        + " (digest " + p.digest() + ")", r.requestId());
  }
}
