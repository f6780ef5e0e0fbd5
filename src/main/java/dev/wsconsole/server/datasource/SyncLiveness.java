package dev.wsconsole.server.datasource;

import java.util.UUID;
import java.util.function.Predicate;

/**
 * What this process knows about the sync runs it executes (its runner name, stamped on the runs it picks up,
 * and whether a run still goes here), so that {@link SyncRunRules} can tell an abandoned run from a live one.
 */
public record SyncLiveness(String node, Predicate<UUID> runningHere) {
  /** For stores used without an importer (tools, tests): nothing runs here. */
  public static final SyncLiveness NONE = new SyncLiveness("", id -> false);
}
