package dev.wsconsole.server.db;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Chooses the console_app login password.
 *
 * <p>Several {@code serve} nodes share one database, so they must agree on the password without
 * talking to each other: it is {@code WSC_APP_PASSWORD} when set, otherwise an HMAC of the
 * administering role's password (the secret every node already holds). Only when that role has no
 * password (peer or trust auth) is a random one set per start; see docs/decisions/0002.
 */
public final class AppPassword {
  private AppPassword() {}

  public static String choose(DatabaseTarget target, String fromEnvironment) {
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return fromEnvironment.strip();
    }
    if (!target.adminPassword().isEmpty()) {
      return derive(target.adminPassword(), target.host() + ":" + target.port() + "/" + target.database());
    }
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  static String derive(String secret, String context) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] out = mac.doFinal(("console_app password for " + context).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
