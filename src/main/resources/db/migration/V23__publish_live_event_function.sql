-- Publishing a live event in one round trip (decision 0016, refined in BENCHMARKS "world writes").
--
-- A publish takes the workspace's writer lock (the audit log's advisory lock, always before the
-- counter so audit-then-publish and publish-then-audit cannot deadlock), numbers the event from the
-- workspace's counter row and inserts it. Both locks are held until commit, so every statement sent
-- while they are held delays every other writer of the workspace. As three statements that was three
-- round trips under the lock; as this function it is one, and PL/pgSQL keeps the plans per session.
--
-- SECURITY INVOKER with a pinned search_path: it runs with the caller's rights, so row-level security
-- checks the rows against the caller's scope exactly as the three statements did. It never sets the
-- scope itself.

CREATE FUNCTION app.publish_live_event(p_workspace uuid, p_type text, p_permission text, p_data jsonb)
  RETURNS bigint
  LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = pg_catalog
AS $$
DECLARE
  next_seq bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('audit:' || p_workspace::text, 0));
  INSERT INTO console.live_event_counters AS c (workspace_id, last_seq) VALUES (p_workspace, 1)
    ON CONFLICT (workspace_id) DO UPDATE SET last_seq = c.last_seq + 1
    RETURNING c.last_seq INTO next_seq;
  INSERT INTO console.live_events (workspace_id, seq, event_type, permission, data)
    VALUES (p_workspace, next_seq, p_type, p_permission, p_data);
  RETURN next_seq;
END
$$;

REVOKE ALL ON FUNCTION app.publish_live_event(uuid, text, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.publish_live_event(uuid, text, text, jsonb) TO console_app;
