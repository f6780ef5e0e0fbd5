package dev.wsconsole.server.db;

import dev.wsconsole.server.core.DomainException;
import java.sql.SQLException;

/**
 * The database's refusal of a new key, membership or invitation in an archived workspace (SQLSTATE
 * {@value #SQLSTATE}, raised by a trigger of migration V28), turned into the API's 409.
 */
final class ArchivedWorkspaceWrite {
  static final String SQLSTATE = "WSARC";
  static final String DETAIL = "This workspace is archived; an owner can restore it.";

  private ArchivedWorkspaceWrite() {}

  /** A 409 when {@code e} is that refusal; {@code e} itself otherwise. */
  static RuntimeException refusalOr(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && SQLSTATE.equals(s.getSQLState())) {
        return DomainException.conflict(DETAIL);
      }
    }
    return e;
  }
}
