package dev.wsconsole.server.safety;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsconsole.model.Json;
import dev.wsconsole.model.wire.SafetyTemplateBodies.Rule;
import dev.wsconsole.model.wire.SafetyTemplateBodies.Template;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog of regulation templates, read once from {@code dev/wsconsole/safety/templates.json} with
 * the API's strict JSON rules (a typo in the file fails startup, not a request). A composite template
 * lists other templates; its rules are theirs, in order.
 */
public final class SafetyTemplates {
  private static final String RESOURCE = "/dev/wsconsole/safety/templates.json";
  private final Map<String, Template> byId;

  private SafetyTemplates(Map<String, Template> byId) {
    this.byId = byId;
  }



  /** The file's shape. */
  private record Catalog(List<Template> templates) {}

  public static SafetyTemplates load() {
    try (InputStream in = SafetyTemplates.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      ObjectMapper mapper = Json.mapper();
      Map<String, Template> byId = new LinkedHashMap<>();
      for (Template t : mapper.readValue(in, Catalog.class).templates()) {
        byId.put(t.id(), Boolean.TRUE.equals(t.isComposite()) ? composite(t, byId) : withDefaults(t));
      }
      return new SafetyTemplates(byId);
    } catch (IOException e) {
      throw new IllegalStateException(RESOURCE + " does not parse: " + e.getMessage(), e);
    }
  }

  public List<Template> all() {
    return List.copyOf(byId.values());
  }

  public Optional<Template> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The monitor concepts applying {@code t} creates: one per rule, named as the rule. */
  public static List<MonitorConceptDraft> concepts(Template t) {
    return t.rules().stream().map(r -> MonitorConceptRules.check(new MonitorConceptDraft(r.name(), r.description(),
        r.threshold(), r.standaloneThreshold(), r.tags(), r.escalation(), r.agentConfig(), t.id()))).toList();
  }

  private static Template withDefaults(Template t) {
    return new Template(t.id(), t.name(), t.regulation(), t.description(), t.category(), t.version(), t.rules(),
        false, t.templateIds() == null ? List.of() : t.templateIds());
  }

  private static Template composite(Template t, Map<String, Template> earlier) {
    List<Rule> rules = new ArrayList<>();
    for (String part : t.templateIds()) {
      Template member = earlier.get(part);
      if (member == null) {
        throw new IllegalStateException("composite template " + t.id() + " names " + part + ", not listed before it");
      }
      rules.addAll(member.rules());
    }
    return new Template(t.id(), t.name(), t.regulation(), t.description(), t.category(), t.version(),
        List.copyOf(rules), true, t.templateIds());
  }
}
