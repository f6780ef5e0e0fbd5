package dev.wsconsole.desktop.client;

import dev.wsconsole.model.wire.ComplianceResponses;
import java.util.UUID;

/** A workspace's compliance reports: HIPAA evidence over a period, the credential access review, the dashboard. */
public final class ComplianceApi {
  private final JsonHttp http;

  public ComplianceApi(JsonHttp http) {
    this.http = http;
  }

  public ComplianceResponses.HipaaReport hipaa(UUID ws, int periodDays) {
    return http.get("/v1/" + ws + "/compliance/hipaa?report_period_days=" + periodDays,
        ComplianceResponses.HipaaReport.class);
  }

  public ComplianceResponses.AccessReview accessReview(UUID ws) {
    return http.get("/v1/" + ws + "/compliance/access-review", ComplianceResponses.AccessReview.class);
  }

  public ComplianceResponses.Dashboard dashboard(UUID ws) {
    return http.get("/v1/" + ws + "/compliance/dashboard", ComplianceResponses.Dashboard.class);
  }
}
