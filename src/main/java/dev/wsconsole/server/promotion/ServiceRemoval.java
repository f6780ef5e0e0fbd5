package dev.wsconsole.server.promotion;

import java.sql.SQLException;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Removes a target service the source lacks; refused (rolling the whole promotion back) while history points at it. */
final class ServiceRemoval {
  private ServiceRemoval() {}

  /** The target still has calls or surfaces of a service the promotion would remove. */
  static final class InUse extends RuntimeException {
    final String service;

    InUse(String service) {
      super("service in use", null, false, false);
      this.service = service;
    }
  }

  static void remove(Handle h, UUID ws, String name) {
    try {
      h.createUpdate("DELETE FROM console.services WHERE workspace_id = :ws AND name = :name")
          .bind("ws", ws).bind("name", name).execute();
    } catch (UnableToExecuteStatementException e) {
      if (e.getCause() instanceof SQLException s && "23503".equals(s.getSQLState())) {
        throw new InUse(name);
      }
      throw e;
    }
  }
}
