package dev.wsconsole.model.wire;

/** Request bodies of sign-in (an extension of the contract). */
public final class AuthRequests {
  private AuthRequests() {}

  /** A console sign-in: the account's email and password. */
  public record Login(String email, String password) {}
}
