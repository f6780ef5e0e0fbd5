package dev.wsconsole.desktop.client;

import dev.wsconsole.model.wire.AuthRequests;
import dev.wsconsole.model.wire.AuthResponses;

/** Sign-in, sign-out and "who am I" ({@code /v1/auth/*}). */
public final class AuthApi {
  private final JsonHttp http;

  public AuthApi(JsonHttp http) {
    this.http = http;
  }

  /** Opens a console session: its bearer token ({@code access_token}) and the account's workspaces. */
  public AuthResponses.Login login(String email, String password) {
    return http.send("POST", "/v1/auth/login", new AuthRequests.Login(email, password),
        AuthResponses.Login.class);
  }

  /** What the server knows of the credential in use; {@code role}/{@code permissions} only for API keys. */
  public AuthResponses.AuthInfo me() {
    return http.get("/v1/auth/me", AuthResponses.AuthInfo.class);
  }

  public void logout() {
    http.send("POST", "/v1/auth/logout", null);
  }
}
