package dev.wsconsole.server.demo;

import dev.wsconsole.model.Environment;

/** One clinic of the demo hospital system: its workspace slug and name, environment, and telephone area code. */
public record DemoClinic(String slug, String name, Environment environment, String areaCode) {}
