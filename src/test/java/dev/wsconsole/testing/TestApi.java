package dev.wsconsole.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.server.app.Backend;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.auth.PasswordHasher;
import dev.wsconsole.server.db.Database;
import dev.wsconsole.server.db.DatabaseOptions;
import dev.wsconsole.server.db.DatabaseTarget;
import dev.wsconsole.server.http.ApiServer;
import dev.wsconsole.server.workspace.MembershipStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The real backend for API tests: a fresh database, the real HTTP server on a random loopback port,
 * and helpers to set up accounts, workspaces and keys the way the product does.
 */
public final class TestApi implements AutoCloseable {
  /** One test password; hashing it at full cost once per account is the real path. */
  public static final String PASSWORD = "correct horse battery staple";
  private static final ObjectMapper JSON = new ObjectMapper();
  public final DatabaseTarget target;
  public final Database database;
  public final Backend backend;
  private final ApiServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private final String passwordHash = PasswordHasher.hash(PASSWORD.toCharArray());

  private TestApi(DatabaseTarget target, Database database, Backend backend, ApiServer server) {
    this.target = target;
    this.database = database;
    this.backend = backend;
    this.server = server;
  }

  public static TestApi start(String label) {
    try {
      DatabaseTarget target = TestDatabases.fresh(label);
      Database db = Database.open(new DatabaseOptions(Path.of("unused"), TestDatabases.url(target),
          TestDatabases.APP_PASSWORD, 8, CommitMode.nonDurable()));
      Backend backend = new Backend(db, TestDatabases.backendSettings().withCipher(dev.wsconsole.server.datasource.SecretCipher.random()));
      return new TestApi(target, db, backend, backend.serve("127.0.0.1", 0));
    } catch (Exception e) {
      throw new IllegalStateException("could not start the test backend", e);
    }
  }

  /** The real backend over a database opened elsewhere (an embedded one of a test's own, say); closes it too. */
  public static TestApi serving(Database db) {
    Backend backend = new Backend(db, TestDatabases.backendSettings());
    return new TestApi(db.target(), db, backend, backend.serve("127.0.0.1", 0));
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /** An HTTP answer: status, headers and the body as JSON (null when empty or not JSON). */
  public record Answer(int status, Map<String, List<String>> headers, String text) {
    public JsonNode json() {
      try {
        return text.isEmpty() ? null : JSON.readTree(text);
      } catch (Exception e) {
        throw new AssertionError("not JSON: " + text, e);
      }
    }

    public String header(String name) {
      return headers.getOrDefault(name, List.of()).stream().findFirst().orElse(null);
    }
  }

  /** A request body sent as it is (multipart uploads), with its content type. */
  public record RawBody(String contentType, byte[] bytes) {}

  public Answer call(String method, String path, String token, Object body) {
    if (body instanceof RawBody raw) {
      return send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
          .method(method, HttpRequest.BodyPublishers.ofByteArray(raw.bytes()))
          .header("Content-Type", raw.contentType()), method + " " + path, token);
    }
    try {
      String text = body == null ? null : body instanceof String ? (String) body : JSON.writeValueAsString(body);
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path))
          .method(method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text));
      if (token != null) {
        b.header("Authorization", "Bearer " + token);
      }
      if (text != null) {
        b.header("Content-Type", "application/json");
      }
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.headers().map(), r.body());
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    }
  }

  private Answer send(HttpRequest.Builder b, String what, String token) {
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.headers().map(), r.body());
    } catch (Exception e) {
      throw new IllegalStateException(what + " failed", e);
    }
  }

  public Answer get(String path, String token) {
    return call("GET", path, token, null);
  }

  public Answer post(String path, String token, Object body) {
    return call("POST", path, token, body);
  }

  /** A new account (real PBKDF2 hash), returning its id. */
  public UUID user(String email) {
    return backend.users().create(email, email, passwordHash).id();
  }

  /** Signs in through the API and returns the session token. */
  public String signIn(String email) {
    Answer a = post("/v1/auth/login", null, Map.of("email", email, "password", PASSWORD));
    if (a.status() != 200) {
      throw new AssertionError("sign-in failed: " + a.status() + " " + a.text());
    }
    return a.json().get("access_token").asText();
  }

  /** A workspace created the product's way, owned by {@code owner}. */
  public UUID workspace(String slug, Environment environment, UUID owner) {
    UUID id = UUID.randomUUID();
    backend.directory().createWithOwner(id, slug, "Clinic " + slug, environment, "us-east-1", null, owner,
        AuditRecord.allowed(Map.of("kind", "test"), "workspace.create", "workspace:" + id, "test"));
    return id;
  }

  /** Adds {@code user} to {@code workspace} with {@code role}. */
  public void member(UUID workspace, UUID user, Role role) {
    backend.tx().run(workspace, h -> MembershipStore.add(h, workspace, user, role));
  }

  /** An API key of {@code role} created by {@code creator}, returning its secret. */
  public String key(UUID workspace, UUID creator, Role role) {
    return issueKey(workspace, creator, role).secret();
  }

  /** The same, returning the stored key with its secret. */
  public dev.wsconsole.server.apikey.ApiKeyStore.Issued issueKey(UUID workspace, UUID creator, Role role) {
    return backend.apiKeys().create(workspace, "test " + role.wireName(), role,
        dev.wsconsole.model.RolePermissions.of(role).stream().map(p -> p.wireName()).sorted().toList(),
        creator, null, 30, AuditRecord.allowed(Map.of("kind", "test"), "api_key.create", "", "test"));
  }

  /** An invitation to {@code workspace} from {@code inviter}, returning its one-time token. */
  public String invitation(UUID workspace, UUID inviter, String email, Role role) {
    return issueInvitation(workspace, inviter, email, role).token();
  }

  /** The same, returning the stored invitation with its token. */
  public dev.wsconsole.server.member.InvitationStore.Issued issueInvitation(UUID workspace, UUID inviter, String email,
                                                                          Role role) {
    return backend.invitations().create(workspace, email, role, inviter,
        AuditRecord.allowed(Map.of("kind", "test"), "member.invite", "", "test"));
  }

  /** Sets {@code user}'s role in {@code workspace} the product's way (no permission checks). */
  public void setRole(UUID workspace, UUID user, Role role) {
    backend.members().changeRole(workspace, user, role, current -> { },
        AuditRecord.allowed(Map.of("kind", "test"), "member.role_change", "user:" + user, "test"));
  }

  /** Removes {@code user} from {@code workspace} the product's way (no permission checks). */
  public void removeMember(UUID workspace, UUID user) {
    backend.members().remove(workspace, user, current -> { },
        AuditRecord.allowed(Map.of("kind", "test"), "member.remove", "user:" + user, "test"));
  }

  /** The workspace's audit trail as "action:result target" lines, oldest first (read under its RLS scope). */
  public List<String> auditTrail(UUID workspace) {
    return backend.tx().call(workspace, h -> h.createQuery("SELECT action || ':' || result || ' ' || target"
            + " FROM console.audit_events WHERE workspace_id = :ws ORDER BY seq")
        .bind("ws", workspace).mapTo(String.class).list());
  }

  @Override
  public void close() throws Exception {
    server.close();
    database.close();
  }
}
