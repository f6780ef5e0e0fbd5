package dev.wsconsole.server.db;

import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;

/**
 * The only way to run tenant SQL: one explicit transaction whose first statement scopes the
 * connection to a workspace with a transaction-local setting, so the scope ends with the
 * transaction and a pooled connection never carries a tenant into the next request.
 */
public final class TenantTx {
  private final Jdbi jdbi;

  public TenantTx(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Runs {@code work} in {@code workspaceId}'s scope and returns its result. */
  public <T> T call(UUID workspaceId, HandleCallback<T, RuntimeException> work) {
    if (workspaceId == null) {
      throw new WorkspaceContextMissingException();
    }
    return jdbi.inTransaction(handle -> {
      scope(handle, workspaceId);
      return work.withHandle(handle);
    });
  }

  /** Runs {@code work} in {@code workspaceId}'s scope. */
  public void run(UUID workspaceId, HandleConsumer<RuntimeException> work) {
    call(workspaceId, handle -> {
      work.useHandle(handle);
      return null;
    });
  }

  private static void scope(Handle handle, UUID workspaceId) {
    // set_config(..., true) is local to this transaction; the value is a UUID's text, never user text.
    handle.createQuery("SELECT set_config('app.workspace_id', :ws, true)")
        .bind("ws", workspaceId.toString())
        .mapTo(String.class)
        .one();
  }
}
