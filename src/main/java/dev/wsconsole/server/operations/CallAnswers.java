package dev.wsconsole.server.operations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Pure mapping of stored calls to the contract's answers (list row, detail, active session). */
final class CallAnswers {
  private CallAnswers() {}

  static CallViews.CallSummary summary(CallRecord c, Instant now) {
    return new CallViews.CallSummary(c.id(), c.callSid(), c.caller(), c.phoneNumber(), c.serviceId(), c.direction(),
        c.status(), c.source(), c.completionReason(), c.finalState(), round(c.durationSeconds(now)), c.turns().size(),
        c.qualityScore(), false, c.startedAt());
  }

  static CallViews.CallDetailResponse detail(CallRecord c, List<CallViews.Participant> operators, Instant now) {
    List<CallViews.Participant> people = new ArrayList<>();
    people.add(new CallViews.Participant("caller", "caller", null, c.caller(), c.startedAt(), c.endedAt()));
    people.add(new CallViews.Participant("agent", "agent", c.scenario().isEmpty() ? "agent" : c.scenario() + " agent",
        c.phoneNumber(), c.startedAt(), c.endedAt()));
    people.addAll(operators);
    return new CallViews.CallDetailResponse(c.id(), c.workspaceId(), c.callSid(), c.caller(), c.phoneNumber(),
        c.serviceId(), c.direction(), c.status(), c.source(), c.completionReason(), c.finalState(), c.startedAt(),
        c.endedAt(), round(c.durationSeconds(now)), c.qualityScore(), false, c.statesVisited(), c.turns(), people);
  }

  static CallViews.ActiveSession active(CallRecord c, Instant now) {
    return new CallViews.ActiveSession(c.callSid(), c.caller(), c.direction(), round(c.durationSeconds(now)),
        c.currentState(), c.scenario(), c.serviceId(), c.workspaceId());
  }

  static double round(double seconds) {
    return Math.round(seconds * 10) / 10.0;
  }
}
