package dev.wsconsole.desktop.client;

import dev.wsconsole.model.Page;
import dev.wsconsole.model.wire.CallRequests;
import dev.wsconsole.model.wire.CallViews;
import java.util.List;
import java.util.UUID;

/** A workspace's calls with turns and participants, live sessions and the simulator ({@code /v1/{ws}/calls}). */
public final class CallsApi {
  private final JsonHttp http;

  CallsApi(JsonHttp http) {
    this.http = http;
  }

  /** The list's filters the console offers (null: any). */
  public record Filter(String direction, String status) {
    public static final Filter NONE = new Filter(null, null);
  }

  /** {@code limit} calls, newest first, from {@code token} (null for the first page). */
  public Page<CallViews.CallSummary> list(UUID ws, Filter filter, int limit, Integer token) {
    String query = "?limit=" + limit + QueryText.token(token)
        + (filter.direction() == null ? "" : "&direction=" + QueryText.enc(filter.direction()))
        + (filter.status() == null ? "" : "&status=" + QueryText.enc(filter.status()));
    CallViews.CallListResponse list = http.get("/v1/" + ws + "/calls" + query, CallViews.CallListResponse.class);
    return new Page<>(list.items(), list.hasMore(), list.continuationToken(), list.total());
  }

  /** The call with this id or call SID. */
  public CallViews.CallDetailResponse detail(UUID ws, String idOrSid) {
    return http.get("/v1/" + ws + "/calls/" + QueryText.enc(idOrSid), CallViews.CallDetailResponse.class);
  }

  public List<CallViews.ActiveSession> active(UUID ws) {
    return http.list("/v1/" + ws + "/sessions/active", CallViews.ActiveSession.class);
  }

  /** Writes {@code count} simulated calls (development workspaces only; otherwise the server answers 409). */
  public CallViews.SimulationResult simulate(UUID ws, int count) {
    return http.send("POST", "/v1/" + ws + "/calls/simulate", new CallRequests.Simulate(count),
        CallViews.SimulationResult.class);
  }
}
