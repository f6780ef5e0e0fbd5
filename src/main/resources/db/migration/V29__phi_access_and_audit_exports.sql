-- Issue 14, point 11: PHI access is audited, and audit exports are kept.
--
-- One row per request that read protected health information (a patient or person entity, its fields or
-- timeline, a call transcript, review items): who, which records, which operation, when, under which
-- request id. A list read of N records is one row listing the N ids, not N rows. Append-only, beside the
-- hash-chained audit log rather than in it (decision 0035): reads are far more frequent than the chained
-- log's writes and must not queue on its per-workspace writer lock.
CREATE TABLE console.phi_access_events (
  workspace_id  uuid NOT NULL REFERENCES console.workspaces (id),
  id            uuid NOT NULL,
  actor         jsonb NOT NULL DEFAULT '{}',
  action        text NOT NULL,
  resource_type text NOT NULL,
  resource_ids  uuid[] NOT NULL,
  request_id    text NOT NULL DEFAULT '',
  created_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (workspace_id, id)
);
CREATE INDEX phi_access_events_by_time ON console.phi_access_events (workspace_id, created_at DESC);
-- "Who read this patient" filters the workspace's rows on resource_ids through this index: every index
-- here leads with workspace_id (the isolation lint), and a GIN index on the array alone would not.
CALL app.isolate_tenant_table('console.phi_access_events', append_only => true);

-- An audit export as written when it was requested: the NDJSON body itself, so a later download returns
-- exactly what was exported even after more entries arrive. Listed by GET audit/exports.
CREATE TABLE console.audit_exports (
  workspace_id uuid NOT NULL REFERENCES console.workspaces (id),
  id           uuid NOT NULL,
  object_key   text NOT NULL,
  filters      jsonb NOT NULL DEFAULT '{}',
  row_count    integer NOT NULL,
  body         bytea NOT NULL,
  actor        jsonb NOT NULL DEFAULT '{}',
  request_id   text NOT NULL DEFAULT '',
  created_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (workspace_id, id)
);
CREATE INDEX audit_exports_by_time ON console.audit_exports (workspace_id, created_at DESC);
CALL app.isolate_tenant_table('console.audit_exports', append_only => true);
