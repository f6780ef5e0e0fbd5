package dev.wsconsole.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.server.apikey.ApiKeyToken;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiKeyTokenTest {

  @Test
  void parsesTheWorkspaceBackOutOfAGeneratedKey() {
    for (int i = 0; i < 200; i++) {
      UUID ws = UUID.randomUUID();
      ApiKeyToken token = ApiKeyToken.generate(ws);
      ApiKeyToken parsed = ApiKeyToken.parse(token.text()).orElseThrow();
      assertEquals(ws, parsed.workspaceId());
      assertEquals(token.text(), parsed.text());
    }
  }

  @Test
  void refusesABrokenChecksumAndUppercaseHex() {
    String text = ApiKeyToken.generate(UUID.fromString("00000000-0000-0000-0000-0000000000ab")).text();
    char last = text.charAt(text.length() - 1);
    String typo = text.substring(0, text.length() - 1) + (last == 'a' ? 'b' : 'a');
    assertTrue(ApiKeyToken.parse(typo).isEmpty());
    assertTrue(ApiKeyToken.parse(text.replace("ab_", "AB_")).isEmpty());
    assertTrue(ApiKeyToken.parse("wsk_short").isEmpty());
  }
}
