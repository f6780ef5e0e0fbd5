package dev.wsconsole.desktop.client;

/** The operations facets of one backend: calls, operators and the review queue. */
public final class OperationsApi {
  private final JsonHttp http;

  OperationsApi(JsonHttp http) {
    this.http = http;
  }

  public CallsApi calls() {
    return new CallsApi(http);
  }

  public OperatorsApi operators() {
    return new OperatorsApi(http);
  }

  public ReviewQueueApi reviewQueue() {
    return new ReviewQueueApi(http);
  }
}
