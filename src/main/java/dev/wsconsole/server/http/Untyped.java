package dev.wsconsole.server.http;

/**
 * Marks a route whose response record is not written yet: our OpenAPI document shows an open object
 * ({@code x-untyped}), and ContractDriftTest checks its live answers against the contract instead.
 */
public final class Untyped {
  private Untyped() {}
}
