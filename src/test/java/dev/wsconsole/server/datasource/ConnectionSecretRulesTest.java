package dev.wsconsole.server.datasource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsconsole.server.core.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which configuration fields are secrets, and how masking and keeping work. */
class ConnectionSecretRulesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ObjectNode json(String text) throws Exception {
    return (ObjectNode) JSON.readTree(text.replace('\'', '"'));
  }

  @Test
  void secretsAreRecognisedByNameButUrlsOfTokensAreNot() {
    for (String name : List.of("password", "db_password", "clientSecret", "client-secret", "access_token", "apiKey",
        "api_key", "private_key", "Authorization", "refresh_token", "passphrase", "aws_access_key_id")) {
      assertTrue(ConnectionSecretRules.isSecretName(name), name);
    }
    for (String name : List.of("username", "client_id", "token_url", "token_endpoint", "base_url", "grant_type",
        "token_expires_at", "host")) {
      assertFalse(ConnectionSecretRules.isSecretName(name), name);
    }
  }

  @Test
  void secretsAreTakenOutAtAnyDepthAndMasked() throws Exception {
    var split = ConnectionSecretRules.split(json("{'user':'u','password':'p1','auth':{'client_secret':'s1',"
        + "'token_url':'https://t'},'hosts':[{'api_key':'k1'}],'empty_password':''}"), null, List.of("body"));
    assertEquals(ConnectionSecretRules.MASK, split.masked().get("password").asText());
    assertEquals(ConnectionSecretRules.MASK, split.masked().at("/auth/client_secret").asText());
    assertEquals(ConnectionSecretRules.MASK, split.masked().at("/hosts/0/api_key").asText());
    assertEquals("https://t", split.masked().at("/auth/token_url").asText());
    assertEquals("", split.masked().get("empty_password").asText());
    assertEquals("p1", split.secrets().get("/password").asText());
    assertEquals("s1", split.secrets().get("/auth/client_secret").asText());
    assertEquals("k1", split.secrets().get("/hosts/0/api_key").asText());
    assertEquals(3, split.secrets().size());
  }

  @Test
  void theMaskKeepsTheStoredSecretAtTheSamePlaceOnly() throws Exception {
    ObjectNode stored = json("{'/password':'old'}");
    var split = ConnectionSecretRules.split(json("{'password':'" + ConnectionSecretRules.MASK + "'}"), () -> stored,
        List.of("body"));
    assertEquals("old", split.secrets().get("/password").asText());
    DomainException e = assertThrows(DomainException.class, () -> ConnectionSecretRules.split(
        json("{'nested':{'password':'" + ConnectionSecretRules.MASK + "'}}"), () -> stored, List.of("body")));
    assertEquals(DomainException.Kind.INVALID, e.kind());
  }
}
