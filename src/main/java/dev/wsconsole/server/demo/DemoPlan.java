package dev.wsconsole.server.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the demo builds in every clinic, in order, by name: configuration ({@link DemoSteps}), then a living
 * world and operations ({@link DemoWorldSteps}, {@link DemoOperationSteps}).
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
    steps.put("patients", DemoWorldSteps::patients);
    steps.put("voice extractions", DemoWorldSteps::voiceExtractions);
    steps.put("calls", DemoOperationSteps::calls);
    steps.put("review queue", DemoOperationSteps::reviewQueue);
    return steps;
  }
}
