package dev.wsconsole.server.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the demo builds in every clinic, in order, by name. Synthetic patients with events, calls and
 * review items are each one more {@link DemoStep} method (in DemoSteps) and one more line here, once
 * the world and operations APIs exist on this branch.
 */
final class DemoPlan {
  private DemoPlan() {}

  static Map<String, DemoStep> standard() {
    Map<String, DemoStep> steps = new LinkedHashMap<>();
    steps.put("members", DemoSteps::members);
    steps.put("services", DemoSteps::services);
    steps.put("phone numbers", DemoSteps::phoneNumbers);
    steps.put("data sources", DemoSteps::dataSources);
    steps.put("settings", DemoSteps::settings);
    steps.put("safety templates", DemoSteps::safetyTemplates);
    return steps;
  }
}
