package dev.wsconsole.server.http;

/** Any refusal as the OpenAPI document describes it: a {@code detail} (text, or for some contract errors more). */
record ErrorBody(Object detail) {}
