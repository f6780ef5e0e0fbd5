package dev.wsconsole.server.voiceprint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.model.SecuritySettings;
import dev.wsconsole.model.wire.VoicePolicy;
import dev.wsconsole.server.core.DomainException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pure parts of voice sign-in: gates, rate-limit arithmetic, person entities, multipart, resampling. */
class VoiceRulesTest {
  private static final UUID WS = UUID.randomUUID();
  private static final UUID USER = UUID.randomUUID();

  @Test
  void theEnvironmentGateIsReportedBeforeTheWorkspaceGate() {
    SecuritySettings off = new SecuritySettings(false, 0.5);
    assertEquals(VoicePolicy.ENVIRONMENT_OFF, VoicePolicyRules.effective(false, off, null, false).reason());
    assertEquals(VoicePolicy.WORKSPACE_OFF, VoicePolicyRules.effective(true, off, null, false).reason());
    VoicePolicy on = VoicePolicyRules.effective(true, new SecuritySettings(true, 0.6), null, false);
    assertTrue(on.enabled());
    assertEquals(0.6, on.threshold());
    DomainException refused = assertThrows(DomainException.class,
        () -> VoicePolicyRules.requireEnabled(VoicePolicyRules.effective(false, off, null, false)));
    assertEquals(DomainException.Kind.CONFLICT, refused.kind());
  }

  @Test
  void retryAfterCountsFromTheOldestAttemptInTheWindow() {
    Instant now = Instant.parse("2026-01-01T12:00:00Z");
    Duration window = Duration.ofMinutes(5);
    assertEquals(0, RateLimitRules.retryAfterSeconds(new RateLimitRules.Recent(4, now.minusSeconds(10)), 5, window, now));
    assertEquals(291, RateLimitRules.retryAfterSeconds(new RateLimitRules.Recent(5, now.minusSeconds(10)), 5, window,
        now));
    assertEquals(1, RateLimitRules.retryAfterSeconds(new RateLimitRules.Recent(9, now.minusSeconds(300)), 5, window,
        now));
  }

  @Test
  void aPersonEntityIsStablePerWorkspaceAndUser() {
    assertEquals(VoiceprintRules.personEntity(WS, USER), VoiceprintRules.personEntity(WS, USER));
    assertNotEquals(VoiceprintRules.personEntity(WS, USER), VoiceprintRules.personEntity(UUID.randomUUID(), USER));
    assertEquals(VoiceprintRules.personEntity(WS, USER), VoiceprintRules.entity("me", java.util.List.of(), WS, USER));
    assertEquals(DomainException.Kind.INVALID, assertThrows(DomainException.class,
        () -> VoiceprintRules.entity("someone", java.util.List.of("body"), WS, USER)).kind());
    assertEquals(DomainException.Kind.FORBIDDEN, assertThrows(DomainException.class,
        () -> VoiceprintRules.requireOwn(UUID.randomUUID(), WS, USER, "verify")).kind());
  }

  @Test
  void multipartPartsKeepTheirBytesExactly() {
    byte[] binary = {0, '\r', '\n', '-', '-', (byte) 0xff, 13, 10};
    String head = "--b1\r\nContent-Disposition: form-data; name=\"entity_id\"\r\n\r\nme\r\n"
        + "--b1\r\nContent-Disposition: form-data; name=\"audio\"; filename=\"x.wav\"\r\n\r\n";
    byte[] body = concat(head.getBytes(StandardCharsets.UTF_8), binary, "\r\n--b1--\r\n".getBytes(StandardCharsets.UTF_8));
    MultipartForm form = MultipartForm.parse("multipart/form-data; boundary=\"b1\"", body);
    assertEquals("me", form.text("entity_id"));
    assertArrayEquals(binary, form.all("audio").get(0));
    assertEquals(DomainException.Kind.INVALID, assertThrows(DomainException.class,
        () -> MultipartForm.parse("multipart/form-data; boundary=b1", head.getBytes(StandardCharsets.UTF_8))).kind());
    assertEquals(DomainException.Kind.INVALID, assertThrows(DomainException.class, () -> MultipartForm.parse("application/json", body)).kind());
  }

  @Test
  void aFormTextFieldWithANulIsRefusedAtItsName() {
    byte[] body = ("--b1\r\nContent-Disposition: form-data; name=\"entity_id\"\r\n\r\nm\u0000e\r\n--b1--\r\n")
        .getBytes(StandardCharsets.UTF_8);
    MultipartForm form = MultipartForm.parse("multipart/form-data; boundary=b1", body);
    DomainException e = assertThrows(DomainException.class, () -> form.text("entity_id"));
    assertEquals(DomainException.Kind.INVALID, e.kind());
    assertEquals(List.of("body", "entity_id"), ((List<?>) e.detail()).stream()
        .map(d -> ((DomainException.ValidationError) d).loc()).findFirst().orElseThrow());
  }

  @Test
  void resamplingKeepsAToneAndDropsWhatTheNewRateCannotHold() {
    short[] tone = sine(1000, 48_000, 48_000);
    short[] down = Resampler.resample(tone, 48_000, 16_000);
    assertEquals(16_000, down.length);
    assertTrue(rms(down) > 0.6 * rms(tone), "1 kHz passes");
    short[] high = sine(12_000, 48_000, 48_000);
    assertTrue(rms(Resampler.resample(high, 48_000, 16_000)) < 0.1 * rms(high), "12 kHz is above 8 kHz: filtered");
    assertFalse(rms(Resampler.resample(sine(1000, 8_000, 8_000), 8_000, 16_000)) < 1000, "upsampling keeps level");
  }

  private static short[] sine(double hz, int rate, int n) {
    short[] s = new short[n];
    for (int i = 0; i < n; i++) {
      s[i] = (short) (10_000 * Math.sin(2 * Math.PI * hz * i / rate));
    }
    return s;
  }

  private static double rms(short[] s) {
    double sum = 0;
    for (int i = 100; i < s.length - 100; i++) {
      sum += s[i] * (double) s[i];
    }
    return Math.sqrt(sum / (s.length - 200));
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
