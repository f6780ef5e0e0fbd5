package dev.wsconsole.desktop.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A workspace's calls with turns and participants, live sessions and the simulator ({@code /v1/{ws}/calls}). */
public final class CallsApi {
  private final JsonHttp http;

  CallsApi(JsonHttp http) {
    this.http = http;
  }

  /** A call as listed. */
  public record Call(UUID id, String callSid, String callerId, String direction, String status, String source,
                     String completionReason, double durationSeconds, int turns, Instant startedAt) {}

  /** The list's filters the console offers (null: any). */
  public record Filter(String direction, String status) {
    public static final Filter NONE = new Filter(null, null);
  }

  /** One conversation turn. */
  public record Turn(String state, String userTranscript, String agentTranscript, String emotion,
                     Double sttConfidence, Instant timestamp) {}

  /** Someone on the call: caller, agent or an operator who joined (a session), and when. */
  public record Participant(String role, String name, Instant joinedAt, Instant leftAt) {}

  /** A call with its turns and participants. */
  public record Detail(UUID id, String callSid, String callerId, String direction, String status,
                       String finalState, double durationSeconds, Double qualityScore, List<String> statesVisited,
                       List<Turn> turns, List<Participant> participants) {}

  /** A call in progress. */
  public record ActiveSession(String callSid, String callerId, String direction, double durationSeconds,
                              String currentState, String scenario) {}

  /** What a simulation run wrote. */
  public record Simulated(String runId, int created, int reviewItems) {}

  /** {@code limit} calls, newest first, from {@code token} (null for the first page). */
  public Page<Call> list(UUID ws, Filter filter, int limit, String token) {
    String query = "?limit=" + limit + (token == null ? "" : "&continuation_token=" + Nodes.enc(token))
        + (filter.direction() == null ? "" : "&direction=" + Nodes.enc(filter.direction()))
        + (filter.status() == null ? "" : "&status=" + Nodes.enc(filter.status()));
    return Nodes.page(http.get("/v1/" + ws + "/calls" + query), c -> new Call(Nodes.uuid(c, "entity_id"),
        c.path("call_sid").asText(), c.path("caller_id").asText(), c.path("direction").asText(),
        c.path("status").asText(), c.path("source").asText(), Nodes.text(c, "completion_reason"),
        c.path("duration_seconds").asDouble(), c.path("turns").asInt(), Nodes.instant(c, "started_at")));
  }

  /** The call with this id or call SID. */
  public Detail detail(UUID ws, String idOrSid) {
    JsonNode d = http.get("/v1/" + ws + "/calls/" + Nodes.enc(idOrSid));
    return new Detail(Nodes.uuid(d, "id"), d.path("call_sid").asText(), d.path("caller_id").asText(),
        d.path("direction").asText(), d.path("status").asText(), Nodes.text(d, "final_state"),
        d.path("call_duration_seconds").asDouble(), number(d, "quality_score"), Nodes.strings(d.path("states_visited")),
        Nodes.list(d.path("turns"), t -> new Turn(t.path("state").asText(), Nodes.text(t, "user_transcript"),
            Nodes.text(t, "agent_transcript"), Nodes.text(t, "emotion_label"), number(t, "stt_confidence"),
            Nodes.instant(t, "timestamp"))),
        Nodes.list(d.path("participants"), p -> new Participant(p.path("role").asText(),
            p.hasNonNull("display_name") ? p.path("display_name").asText() : Nodes.text(p, "phone_number"),
            Nodes.instant(p, "joined_at"), Nodes.instant(p, "left_at"))));
  }

  public List<ActiveSession> active(UUID ws) {
    return Nodes.list(http.get("/v1/" + ws + "/sessions/active"), s -> new ActiveSession(s.path("call_sid").asText(),
        s.path("caller_id").asText(), s.path("direction").asText(), s.path("duration_seconds").asDouble(),
        s.path("current_state").asText(), s.path("scenario").asText()));
  }

  /** Writes {@code count} simulated calls (development workspaces only; otherwise the server answers 409). */
  public Simulated simulate(UUID ws, int count) {
    JsonNode r = http.send("POST", "/v1/" + ws + "/calls/simulate", Map.of("count", count));
    return new Simulated(r.path("run_id").asText(), r.path("created").asInt(), r.path("review_items").asInt());
  }

  private static Double number(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isNumber() ? v.asDouble() : null;
  }
}
