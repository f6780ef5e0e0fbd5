package dev.wsconsole.server.promotion;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Response bodies of the promotion operations: a diff per kind of configuration, and what was applied. */
public final class PromotionResponses {
  private PromotionResponses() {}

  /** What promotion does to one item of the target. */
  public enum Change {
    ADDED, CHANGED, REMOVED, UNCHANGED;

    @JsonValue
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One item of the diff: its name in its kind, the change, and the fields that differ. */
  public record Item(String name, Change change, List<String> fields) {}

  /** How many items each change touches, over all kinds. */
  public record Counts(int added, int changed, int removed, int unchanged) {
    static Counts of(List<Item> items) {
      return new Counts(count(items, Change.ADDED), count(items, Change.CHANGED), count(items, Change.REMOVED),
          count(items, Change.UNCHANGED));
    }

    private static int count(List<Item> items, Change change) {
      return (int) items.stream().filter(i -> i.change() == change).count();
    }

    /** "added 1, changed 2, removed 0, unchanged 3", for audit reasons. */
    String summary() {
      return "added " + added + ", changed " + changed + ", removed " + removed + ", unchanged " + unchanged;
    }
  }

  /**
   * PromotionPreviewResponse: the diff promoting the source into the target would apply, its digest
   * (pass it to promote to refuse a stale preview), and what blocks it (promote answers 422 while any does).
   */
  public record Preview(UUID sourceWorkspaceId, UUID targetWorkspaceId, String digest, List<Item> services,
                        List<Item> agents, List<Item> contextGraphs, List<Item> settings, List<Item> safety,
                        List<Item> monitorConcepts, List<Item> phoneRouting, Counts counts, List<String> blocking,
                        List<String> notPromoted) {}

  /** PromoteResponse: the diff that was applied, in one transaction of the target. */
  public record Promoted(UUID sourceWorkspaceId, UUID targetWorkspaceId, String digest, Preview applied) {}
}
