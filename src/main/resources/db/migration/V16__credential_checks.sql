-- Two things keep authentication cheap without weakening it (decision 0019).
--
-- 1. The directory reads every request makes (key lookup, sign-in session, workspace list) become
-- PL/pgSQL: a SECURITY DEFINER function with a pinned search_path is never inlined, and a non-inlined
-- SQL function plans its query again on every call on PostgreSQL 15-17, while PL/pgSQL keeps the plan
-- for the session. Same signatures, owners, grants and results (decision 0019, docs/BENCHMARKS.md).

CREATE OR REPLACE FUNCTION app.workspace_directory(p_ids uuid[]) RETURNS SETOF console.workspaces
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, console
AS $$
BEGIN
  RETURN QUERY SELECT * FROM console.workspaces WHERE id = ANY (p_ids) ORDER BY created_at, id;
END
$$;

CREATE OR REPLACE FUNCTION app.user_workspace_ids(p_user uuid) RETURNS SETOF uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, console
AS $$
BEGIN
  RETURN QUERY SELECT workspace_ref FROM console.user_workspaces WHERE user_id = p_user;
END
$$;

CREATE OR REPLACE FUNCTION app.get_user(p_id uuid) RETURNS SETOF console.users
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, console
AS $$
BEGIN
  RETURN QUERY SELECT * FROM console.users WHERE id = p_id;
END
$$;

CREATE OR REPLACE FUNCTION app.session_by_digest(p_digest bytea) RETURNS SETOF console.user_sessions
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, console
AS $$
BEGIN
  RETURN QUERY SELECT * FROM console.user_sessions WHERE token_digest = p_digest AND ended_at IS NULL;
END
$$;

-- 2. Every change to what decides an API key's rights (the key itself, its creator's membership, the
-- workspace's directory entry) is announced on channel wsc_credentials with the workspace id, at
-- commit, to every node: each node's CredentialCache evicts that workspace at once. The announcement
-- comes from the database, so no code path (and no hand-written SQL) can change rights unheard.
-- last_used_at alone is not announced: it changes nothing about rights.
CREATE FUNCTION app.announce_credential_change() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog
AS $$
BEGIN
  PERFORM pg_notify('wsc_credentials', to_jsonb(OLD) ->> TG_ARGV[0]);
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION app.announce_credential_change() FROM PUBLIC;

CREATE TRIGGER api_keys_announce_credential_change
  AFTER UPDATE OF revoked_at, expires_at, role, permissions, digest, created_by, workspace_id OR DELETE
  ON console.api_keys FOR EACH ROW EXECUTE FUNCTION app.announce_credential_change('workspace_id');

CREATE TRIGGER memberships_announce_credential_change
  AFTER UPDATE OR DELETE ON console.memberships
  FOR EACH ROW EXECUTE FUNCTION app.announce_credential_change('workspace_id');

CREATE TRIGGER workspaces_announce_credential_change
  AFTER UPDATE OR DELETE ON console.workspaces
  FOR EACH ROW EXECUTE FUNCTION app.announce_credential_change('id');
