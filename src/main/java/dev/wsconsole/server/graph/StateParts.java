package dev.wsconsole.server.graph;

import static dev.wsconsole.server.core.FieldRules.at;

import dev.wsconsole.server.core.FieldRules;
import dev.wsconsole.server.graph.GraphParts.Action;
import dev.wsconsole.server.graph.GraphParts.ChannelOverride;
import dev.wsconsole.server.graph.GraphParts.CollectionField;
import dev.wsconsole.server.graph.GraphParts.Guardrail;
import dev.wsconsole.server.graph.GraphParts.ProgressHint;
import dev.wsconsole.server.graph.GraphParts.StateRiskOverride;
import dev.wsconsole.server.graph.GraphParts.ToolCallSpec;
import dev.wsconsole.server.graph.GraphParts.TurnPolicy;
import java.util.List;
import java.util.Map;

/** Pure checks of the parts inside a state (part of {@link GraphRules}); ranges and enums from the contract. */
final class StateParts {
  private static final int MAX_PARTS = 50;

  private StateParts() {}

  static void actions(List<Action> actions, List<Object> loc) {
    FieldRules.list(FieldRules.required(actions, loc), loc, GraphRules.MAX_ITEMS);
    for (int i = 0; i < actions.size(); i++) {
      Action a = FieldRules.required(actions.get(i), at(loc, i));
      FieldRules.nonEmpty(a.description(), at(loc, i, "description"), GraphRules.MAX_TEXT);
      FieldRules.text(a.fillerHint(), at(loc, i, "filler_hint"), 500);
    }
  }

  static void tools(List<ToolCallSpec> tools, List<Object> loc) {
    FieldRules.list(tools, loc, MAX_PARTS);
    for (int i = 0; i < tools.size(); i++) {
      ToolCallSpec t = FieldRules.required(tools.get(i), at(loc, i));
      FieldRules.nonEmpty(t.toolId(), at(loc, i, "tool_id"), 256);
      FieldRules.text(t.additionalInstruction(), at(loc, i, "additional_instruction"), 2000);
      FieldRules.range(t.audioFillerTriggeredAfter(), at(loc, i, "audio_filler_triggered_after"), 0, 60);
      FieldRules.strings(t.audioFillers(), at(loc, i, "audio_fillers"), 20, 500, true);
      FieldRules.oneOf(t.resultPersistence(), at(loc, i, "result_persistence"), List.of("accumulate", "override"));
      progress(t.progress(), at(loc, i, "progress"));
    }
  }

  static void progress(ProgressHint p, List<Object> loc) {
    if (p == null) {
      return;
    }
    FieldRules.text(p.customPhrase(), at(loc, "custom_phrase"), 500);
    FieldRules.range(p.expectedLatencyMs(), at(loc, "expected_latency_ms"), 0, 60000);
    FieldRules.range(p.intervalMs(), at(loc, "interval_ms"), 100, 30000);
    FieldRules.range(p.triggerDelayMs(), at(loc, "trigger_delay_ms"), 0, 30000);
    FieldRules.oneOf(p.mode(), at(loc, "mode"), List.of("auto", "silent", "backchannel", "verbal"));
    FieldRules.oneOf(p.progressClass(), at(loc, "progress_class"),
        List.of("lookup", "write", "external_call", "compute", "multi_step"));
    if (p.phrases() != null && p.phrases().isEmpty()) {
      throw dev.wsconsole.server.core.DomainException.invalid(at(loc, "phrases"),
          "List should have at least 1 item after validation, not 0", "too_short");
    }
    FieldRules.strings(p.phrases(), at(loc, "phrases"), 10, 500, true);
  }

  /** Channel overrides, guardrails and turn policy: shared by action, decision and data collection states. */
  static void common(Map<String, ChannelOverride> overrides, List<Guardrail> guardrails, TurnPolicy turn,
                     List<Object> loc) {
    FieldRules.map(overrides, at(loc, "channel_overrides"), 10);
    if (overrides != null) {
      for (var e : overrides.entrySet()) {
        List<Object> ol = at(loc, "channel_overrides", e.getKey());
        ChannelOverride o = FieldRules.required(e.getValue(), ol);
        FieldRules.strings(o.actionGuidelines(), at(ol, "action_guidelines"), GraphRules.MAX_ITEMS, 2000, false);
        FieldRules.text(o.objective(), at(ol, "objective"), GraphRules.MAX_TEXT);
        progress(o.progress(), at(ol, "progress"));
      }
    }
    List<Object> gl = at(loc, "guardrails");
    FieldRules.list(guardrails, gl, MAX_PARTS);
    for (int i = 0; i < guardrails.size(); i++) {
      Guardrail g = FieldRules.required(guardrails.get(i), at(gl, i));
      FieldRules.nonEmpty(g.name(), at(gl, i, "name"), 128);
      FieldRules.nonEmpty(g.description(), at(gl, i, "description"), 1000);
      FieldRules.oneOf(g.enforcement(), at(gl, i, "enforcement"), List.of("hard", "soft"));
    }
    turn(turn, at(loc, "turn_policy"));
  }

  static void turn(TurnPolicy t, List<Object> loc) {
    if (t == null) {
      return;
    }
    FieldRules.range(t.blockForwardCallAfterTurns(), at(loc, "block_forward_call_after_turns"), -1, 1000);
    FieldRules.range(t.degradationThreshold(), at(loc, "degradation_threshold"), -1, 1000);
    FieldRules.oneOf(t.contextStrategy(), at(loc, "context_strategy"), List.of("full", "summarize", "compact"));
    FieldRules.oneOf(t.safetyResponse(), at(loc, "safety_response"),
        List.of("suspend_forward", "stay_empathize", "alert"));
    FieldRules.range(t.greetingShieldS(), at(loc, "greeting_shield_s"), 0, 30);
    FieldRules.range(t.sttEagerEotThreshold(), at(loc, "stt_eager_eot_threshold"), 0, 1);
    FieldRules.range(t.sttEotThreshold(), at(loc, "stt_eot_threshold"), 0, 1);
    FieldRules.range(t.sttEotTimeoutMs(), at(loc, "stt_eot_timeout_ms"), 0, 60000);
  }

  static void risk(StateRiskOverride r, List<Object> loc) {
    if (r == null) {
      return;
    }
    FieldRules.range(r.autoEscalateThreshold(), at(loc, "auto_escalate_threshold"), 0, 1);
    FieldRules.range(r.maxLoopCount(), at(loc, "max_loop_count"), 1, 100);
    FieldRules.range(r.topicRiskScore(), at(loc, "topic_risk_score"), 0, 1);
    FieldRules.text(r.operatorSkill(), at(loc, "operator_skill"), 256);
  }

  static void fields(List<CollectionField> fields, List<Object> loc) {
    FieldRules.list(FieldRules.required(fields, loc), loc, 100);
    for (int i = 0; i < fields.size(); i++) {
      CollectionField f = FieldRules.required(fields.get(i), at(loc, i));
      FieldRules.nonEmpty(f.key(), at(loc, i, "key"), 128);
      FieldRules.nonEmpty(f.type(), at(loc, i, "type"), 64);
      FieldRules.nonEmpty(f.label(), at(loc, i, "label"), 256);
      FieldRules.text(f.askPrompt(), at(loc, i, "ask_prompt"), 2000);
      FieldRules.text(f.fhirPath(), at(loc, i, "fhir_path"), 512);
      FieldRules.text(f.validation(), at(loc, i, "validation"), 512);
      FieldRules.strings(f.options(), at(loc, i, "options"), MAX_PARTS, 256, false);
    }
  }
}
