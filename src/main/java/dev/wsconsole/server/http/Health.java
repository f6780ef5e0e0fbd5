package dev.wsconsole.server.http;

/** The answer of {@code GET /healthz}. */
public record Health(String status) {}
