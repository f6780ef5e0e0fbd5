-- Live events (issue 5, part 5; decision 0016): what a workspace's event stream carries, kept for the
-- replay window only. A row is written in the same transaction as the change it announces; at commit a
-- trigger announces (workspace_id, seq) on channel wsc_live_events — never the payload — and every node
-- reads the payload back through its own RLS-scoped query in that workspace.

-- One counter row per workspace: taking the next number locks the row until commit, so numbers become
-- visible in the order they were taken and a reader asking for "seq > n" never skips one.
CREATE TABLE console.live_event_counters (
  workspace_id uuid NOT NULL REFERENCES console.workspaces (id),
  last_seq     bigint NOT NULL,
  PRIMARY KEY (workspace_id)
);
CALL app.isolate_tenant_table('console.live_event_counters');

CREATE TABLE console.live_events (
  workspace_id uuid NOT NULL REFERENCES console.workspaces (id),
  id           uuid NOT NULL DEFAULT gen_random_uuid(),
  seq          bigint NOT NULL,
  event_type   text NOT NULL CHECK (length(event_type) BETWEEN 3 AND 100), -- shape checked by LiveEventRules
  permission   text NOT NULL,
  data         jsonb NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, seq)
);
CALL app.isolate_tenant_table('console.live_events');
CREATE INDEX live_events_by_age ON console.live_events (workspace_id, created_at);

CREATE FUNCTION app.announce_live_event() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog
AS $$
BEGIN
  PERFORM pg_notify('wsc_live_events', NEW.workspace_id::text || ':' || NEW.seq::text);
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION app.announce_live_event() FROM PUBLIC;

CREATE TRIGGER live_events_announce
  AFTER INSERT ON console.live_events
  FOR EACH ROW EXECUTE FUNCTION app.announce_live_event();

-- The demo builder (issue 5, part 6) makes the platform's first account owner of the demo clinics:
-- only that account's id is returned, nothing else about any account.
CREATE FUNCTION app.first_user_id() RETURNS uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, console
AS $$
BEGIN
  RETURN (SELECT id FROM console.users ORDER BY created_at, id LIMIT 1);
END
$$;
REVOKE ALL ON FUNCTION app.first_user_id() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.first_user_id() TO console_app;
