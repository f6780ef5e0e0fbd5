package dev.wsconsole.server.http;

import dev.wsconsole.testing.ReviewFixtures;
import dev.wsconsole.testing.VoiceFixtures;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Requests for the review-queue routes: each acts on a fresh item (unclaim on one the caller holds). */
final class ReviewRouteExamples {
  private static final String SUFFIX = "_v1__workspace_id__review_queue__item_id__";

  private ReviewRouteExamples() {}

  static void register(BiConsumer<String, Function<RouteExamples.Fixture, RouteExamples.Request>> add) {
    add.accept("list_review_items_v1__workspace_id__review_queue_get",
        f -> new RouteExamples.Request(base(f) + "?status=pending&sort_by=priority&sort_order=desc", null));
    add.accept("get_review_item" + SUFFIX + "get", f -> new RouteExamples.Request(one(f), null));
    add.accept("claim_review_item" + SUFFIX + "claim_post", f -> new RouteExamples.Request(one(f) + "/claim", null));
    add.accept("unclaim_review_item" + SUFFIX + "unclaim_post", f -> {
      UUID caller = VoiceFixtures.userByEmail(f.api(), f.caller().get(), f.owner());
      UUID id = ReviewFixtures.claimed(f.api(), f.workspace(), caller).id();
      return new RouteExamples.Request(base(f) + "/" + id + "/unclaim", null);
    });
    add.accept("approve_review_item" + SUFFIX + "approve_post",
        f -> new RouteExamples.Request(one(f) + "/approve", Map.of("notes", "checked against the chart")));
    add.accept("reject_review_item" + SUFFIX + "reject_post",
        f -> new RouteExamples.Request(one(f) + "/reject", Map.of("reason", "caller misheard")));
    add.accept("correct_review_item" + SUFFIX + "correct_post", f -> new RouteExamples.Request(base(f) + "/"
        + ReviewFixtures.itemWithEvent(f.api(), f.workspace()).id() + "/correct",
        Map.of("corrected_data", Map.of("medication", "lisinopril 20 mg"), "notes", "dose per chart")));
  }

  private static String base(RouteExamples.Fixture f) {
    return RouteExamples.in(f) + "/review-queue";
  }

  private static String one(RouteExamples.Fixture f) {
    return base(f) + "/" + ReviewFixtures.item(f.api(), f.workspace()).id();
  }
}
