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

-- Records one PHI access in ONE statement (the request's audit entry costs one round trip, not a transaction's
-- four): a scoping function under decision 0020's rules (SECURITY INVOKER, pinned search_path, on the lint's
-- allow-list, refuses a NULL workspace and a transaction scoped to another). With p_phi_types given, only the
-- ids of entities of those types are kept (reads whose answer carries no entity type); no id left, no row.
-- Text parameters (cast here) so the driver binds plain strings and string arrays. Returns the rows written.
-- Its commit does not wait for the WAL flush (synchronous_commit off for this one transaction, decision 0035):
-- the entry is committed before the read answers, so a crash of the JVM loses none, and only a crash of
-- PostgreSQL or of the machine within the WAL writer's delay (at most 3 x wal_writer_delay, 600 ms by default)
-- can lose the newest entries; every later durable commit flushes them too. Other writes stay durable.
CREATE FUNCTION app.record_phi_access(p_workspace uuid, p_id uuid, p_actor text, p_action text,
                                      p_resource_type text, p_ids text[], p_request_id text, p_phi_types text[])
  RETURNS TABLE (recorded integer)
  LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = pg_catalog
AS $$
DECLARE
  scoped text := coalesce(current_setting('app.workspace_id', true), '');
  kept uuid[];
BEGIN
  IF p_workspace IS NULL THEN
    RAISE EXCEPTION 'WORKSPACE_CONTEXT_MISSING' USING ERRCODE = '42501';
  END IF;
  IF scoped NOT IN ('', p_workspace::text) THEN
    RAISE EXCEPTION 'this transaction is scoped to another workspace' USING ERRCODE = '42501';
  END IF;
  PERFORM set_config('app.workspace_id', p_workspace::text, true);
  PERFORM set_config('synchronous_commit', 'off', true);
  IF p_phi_types IS NULL THEN
    kept := p_ids::uuid[];
  ELSE
    SELECT array_agg(e.id ORDER BY e.id) INTO kept FROM console.entities e
     WHERE e.workspace_id = p_workspace AND e.id = ANY (p_ids::uuid[]) AND lower(e.entity_type) = ANY (p_phi_types);
  END IF;
  IF p_id IS NULL OR kept IS NULL OR cardinality(kept) = 0 THEN
    RETURN QUERY SELECT 0;
    RETURN;
  END IF;
  INSERT INTO console.phi_access_events (workspace_id, id, actor, action, resource_type, resource_ids, request_id)
  VALUES (p_workspace, p_id, p_actor::jsonb, p_action, p_resource_type, kept, coalesce(p_request_id, ''));
  RETURN QUERY SELECT 1;
END
$$;
REVOKE ALL ON FUNCTION app.record_phi_access(uuid, uuid, text, text, text, text[], text, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.record_phi_access(uuid, uuid, text, text, text, text[], text, text[]) TO console_app;
