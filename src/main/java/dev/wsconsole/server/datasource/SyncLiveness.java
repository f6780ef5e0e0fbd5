package dev.wsconsole.server.datasource;

import java.util.UUID;
import java.util.function.Predicate;

/**
 * What this node knows about the runs it executes: its runner name (stamped on the runs it picks up) and
 * whether a run is still going here. A run stamped with this node's name that is no longer going here was
 * abandoned by a crash of its thread; runs of other nodes (or earlier processes) are judged by their age.
 */
public record SyncLiveness(String node, Predicate<UUID> runningHere) {
  /** For stores used without an importer (tools, tests): nothing runs here. */
  public static final SyncLiveness NONE = new SyncLiveness("", id -> false);
}
