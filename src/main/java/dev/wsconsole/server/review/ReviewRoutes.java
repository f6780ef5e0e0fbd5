package dev.wsconsole.server.review;

import static dev.wsconsole.model.Permission.REVIEW_ACT;
import static dev.wsconsole.model.Permission.REVIEW_VIEW;
import static dev.wsconsole.server.http.Scope.WORKSPACE;

import dev.wsconsole.model.Page;
import dev.wsconsole.server.http.Route;
import java.util.List;
import dev.wsconsole.server.db.TenantTx;

import dev.wsconsole.model.wire.ReviewViews;
/** The review-queue routes (issue 5, part 4), operation ids as the contract spells them. */
public final class ReviewRoutes {
  private static final String Q = "/v1/{workspace_id}/review-queue";
  private static final String ONE = Q + "/{item_id}";
  private static final String SUFFIX = "_v1__workspace_id__review_queue__item_id__";

  private ReviewRoutes() {}

  public static List<Route> routes(ReviewItemStore reviewItems, TenantTx tx) {
    ReviewHandlers h = new ReviewHandlers(reviewItems, new ReviewSubjectStore(tx),
        new ReviewCorrectionStore(reviewItems));
    Class<?> item = ReviewViews.ReviewItemResponse.class;
    Class<?> claim = ReviewViews.ClaimResponse.class;
    return List.of(
        Route.of("GET", Q, WORKSPACE, REVIEW_VIEW, "list_review_items_v1__workspace_id__review_queue_get", 200,
            Page.of(item), h::list),
        Route.of("GET", ONE, WORKSPACE, REVIEW_VIEW, "get_review_item" + SUFFIX + "get", 200, item, h::get),
        Route.of("POST", ONE + "/claim", WORKSPACE, REVIEW_ACT, "claim_review_item" + SUFFIX + "claim_post", 200,
            claim, h::claim),
        Route.of("POST", ONE + "/unclaim", WORKSPACE, REVIEW_ACT, "unclaim_review_item" + SUFFIX + "unclaim_post",
            200, claim, h::unclaim),
        Route.of("POST", ONE + "/approve", WORKSPACE, REVIEW_ACT, "approve_review_item" + SUFFIX + "approve_post",
            200, item, h::approve),
        Route.of("POST", ONE + "/reject", WORKSPACE, REVIEW_ACT, "reject_review_item" + SUFFIX + "reject_post",
            200, item, h::reject),
        Route.of("POST", ONE + "/correct", WORKSPACE, REVIEW_ACT, "correct_review_item" + SUFFIX + "correct_post",
            200, item, h::correct));
  }
}
