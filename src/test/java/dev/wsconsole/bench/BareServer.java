package dev.wsconsole.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Json;
import dev.wsconsole.model.Page;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.wire.ApiKeyResponses;
import dev.wsconsole.model.wire.WorkspaceView;
import dev.wsconsole.server.db.DatabaseTarget;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;

/**
 * The baseline: a bare Javalin server (same version, same JVM, its own port) answering the same two
 * paths with the same SQL as the embedded superuser, with an explicit WHERE and no auth, RLS or audit.
 */
final class BareServer implements AutoCloseable {
  private static final String KEY_COLUMNS = "k.id, k.workspace_id, k.created_by, k.created_by_credential, k.name,"
      + " k.role::text AS role, k.permissions, k.expires_at, k.last_used_at, k.created_at, k.updated_at,"
      + " k.revoked_at, k.key_prefix";
  private final HikariDataSource pool;
  private final Javalin app;

  BareServer(DatabaseTarget target, int poolSize) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("bare");
    config.setJdbcUrl(target.jdbcUrl());
    config.setUsername(target.adminUser());
    config.setPassword(target.adminPassword());
    config.setMaximumPoolSize(poolSize);
    config.setMinimumIdle(Math.min(2, poolSize));
    pool = new HikariDataSource(config);
    Jdbi jdbi = Jdbi.create(pool).installPlugin(new PostgresPlugin());
    ObjectMapper mapper = Json.mapper();
    app = Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      c.routes.get("/v1/workspaces/{workspace_id}", ctx -> {
        UUID id = UUID.fromString(ctx.pathParam("workspace_id"));
        WorkspaceView ws = jdbi.withHandle(h -> h.createQuery("SELECT * FROM console.workspaces WHERE id = ?")
            .bind(0, id).map((rs, sc) -> workspace(rs)).one());
        json(ctx, mapper, ws);
      });
      c.routes.get("/v1/{workspace_id}/api-keys", ctx -> {
        UUID ws = UUID.fromString(ctx.pathParam("workspace_id"));
        // ApiKeyStore.list's query (page and window count in one statement), with an explicit WHERE.
        String where = " WHERE k.workspace_id = :ws AND k.revoked_at IS NULL";
        Page<ApiKeyResponses.View> page = jdbi.withHandle(h -> {
          long[] total = {0};
          List<ApiKeyResponses.View> items = h.createQuery("SELECT " + KEY_COLUMNS
                  + ", count(*) OVER () AS total FROM console.api_keys k" + where
                  + " ORDER BY k.created_at, k.id LIMIT :limit OFFSET :offset")
              .bind("ws", ws).bind("limit", 10).bind("offset", 0L).map((rs, sc) -> {
                total[0] = rs.getLong("total");
                return key(rs);
              }).list();
          return Page.of(items, 0, total[0]);
        });
        json(ctx, mapper, page);
      });
    });
    app.start("127.0.0.1", 0);
  }

  int port() {
    return app.port();
  }

  private static void json(Context ctx, ObjectMapper mapper, Object body) throws Exception {
    ctx.status(200).contentType("application/json").result(mapper.writeValueAsBytes(body));
  }

  private static WorkspaceView workspace(ResultSet rs) throws SQLException {
    return new WorkspaceView(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name"),
        Environment.fromWire(rs.getString("environment")), rs.getString("backend_org_id"), rs.getString("region"),
        rs.getString("connector_type"), ts(rs, "provisioned_at"), ts(rs, "created_at"), ts(rs, "updated_at"),
        ts(rs, "archived_at"));
  }

  private static ApiKeyResponses.View key(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new ApiKeyResponses.View(id, rs.getObject("workspace_id", UUID.class), rs.getObject("created_by", UUID.class),
        rs.getObject("created_by_credential", UUID.class), id.toString(), rs.getString("name"),
        Role.fromWire(rs.getString("role")), Arrays.asList((String[]) rs.getArray("permissions").getArray()),
        ts(rs, "expires_at"), ts(rs, "last_used_at"), ts(rs, "created_at"), ts(rs, "updated_at"),
        rs.getString("key_prefix"));
  }

  private static Instant ts(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  @Override
  public void close() {
    app.stop();
    pool.close();
  }
}
