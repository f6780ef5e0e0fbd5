-- Test migration: a tenant table added by someone who forgot app.isolate_tenant_table.
-- The startup lint and the isolation suite must both catch it.
CREATE TABLE console.leaky_notes (
  workspace_id uuid NOT NULL REFERENCES console.workspaces (id),
  id           uuid NOT NULL,
  body         text NOT NULL,
  PRIMARY KEY (workspace_id, id)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON console.leaky_notes TO console_app;
