package dev.wsconsole.server.safety;

import dev.wsconsole.model.wire.MonitorConceptRequests.AgentConfig;
import dev.wsconsole.model.wire.MonitorConceptRequests.Escalation;
import java.util.List;

/** A monitor concept's settings as they will be stored (checked by MonitorConceptRules). */
public record MonitorConceptDraft(String name, String description, double threshold, double standaloneThreshold,
                                  List<String> tags, Escalation escalation, AgentConfig agentConfig,
                                  String templateId) {}
