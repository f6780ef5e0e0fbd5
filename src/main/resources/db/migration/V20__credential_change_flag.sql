-- Decision 0021: the node that commits a change to a key, membership or workspace row learns it from
-- its own transaction instead of evicting its credential cache after every commit. The V16 trigger
-- function keeps announcing the change to every node (NOTIFY at commit) and now also leaves the
-- workspace id in a transaction-local setting, app.credentials_changed ("id,id,..."), which TenantTx
-- reads just before it commits: set, it evicts those workspaces; empty, nothing that decides a key's
-- rights changed, so the cache stays warm. A trigger, as before, so no code path can change rights
-- without the flag.
CREATE OR REPLACE FUNCTION app.announce_credential_change() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog
AS $$
DECLARE
  ws   text := to_jsonb(OLD) ->> TG_ARGV[0];
  seen text := coalesce(current_setting('app.credentials_changed', true), '');
BEGIN
  PERFORM pg_notify('wsc_credentials', ws);
  IF position(ws || ',' IN seen) = 0 THEN
    PERFORM set_config('app.credentials_changed', seen || ws || ',', true);
  END IF;
  RETURN NULL;
END
$$;

-- Who wrote an event through the API (the audit actor's shape: kind, credential and user ids, ip); NULL for the
-- product's own writers (importer, review corrections, voiceprints), whose source names them.
ALTER TABLE console.events ADD COLUMN recorded_by jsonb;
