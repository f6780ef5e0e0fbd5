package dev.wsconsole.server.http;

import dev.wsconsole.server.db.Database;
import io.javalin.Javalin;
import java.util.Map;
import java.util.UUID;

/** The HTTP API on loopback (or a host asked for), over one opened {@link Database}. */
public final class ApiServer implements AutoCloseable {
  private final Javalin app;

  private ApiServer(Javalin app) {
    this.app = app;
  }

  /** Starts on {@code host}:{@code port}; port 0 picks a free one. */
  public static ApiServer start(Database database, String host, int port) {
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.http.maxRequestSize = 1024L * 1024L;
      config.routes.before(ctx -> {
        String requestId = ctx.header("x-request-id");
        if (requestId == null || requestId.isBlank() || requestId.length() > 128) {
          requestId = UUID.randomUUID().toString();
        }
        ctx.header("x-request-id", requestId);
      });
      config.routes.get("/healthz", ctx -> ctx.json(Map.of("status", "ok", "database", database.describe())));
    });
    app.start(host, port);
    return new ApiServer(app);
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
