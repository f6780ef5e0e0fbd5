-- The global tables (workspace directory, user identities, sign-in sessions, and the index of which
-- user belongs to which workspace) are not granted to console_app. It reaches them only through these
-- SECURITY DEFINER functions, each with a pinned search_path and on the lint's allow-list.
-- None of them reads a tenant table: tenant data stays behind row-level security.

-- Which workspaces a user belongs to (not the role: that stays in the tenant table memberships).
CREATE TABLE console.user_workspaces (
  user_id      uuid NOT NULL REFERENCES console.users (id),
  workspace_ref uuid NOT NULL REFERENCES console.workspaces (id),
  PRIMARY KEY (user_id, workspace_ref)
);

-- Console sign-in sessions: an identity-level credential, valid in each workspace the user belongs
-- to under that workspace's environment policy (idle and absolute limits).
CREATE TABLE console.user_sessions (
  id           uuid PRIMARY KEY,
  user_id      uuid NOT NULL REFERENCES console.users (id),
  token_digest bytea NOT NULL UNIQUE,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  ended_at     timestamptz
);

ALTER TABLE console.workspaces ADD COLUMN backend_org_id text, ADD COLUMN connector_type text,
  ADD COLUMN test_caller_numbers text[] NOT NULL DEFAULT '{}';
ALTER TABLE console.users ADD COLUMN last_login_at timestamptz;

-- Keeps user_workspaces in step with memberships (runs as the owner, whatever the writer).
CREATE FUNCTION app.sync_user_workspaces() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, console
AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    DELETE FROM console.user_workspaces WHERE user_id = OLD.user_id AND workspace_ref = OLD.workspace_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO console.user_workspaces (user_id, workspace_ref) VALUES (NEW.user_id, NEW.workspace_id)
      ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION app.sync_user_workspaces() FROM PUBLIC;
CREATE TRIGGER memberships_index AFTER INSERT OR UPDATE OF user_id OR DELETE ON console.memberships
  FOR EACH ROW EXECUTE FUNCTION app.sync_user_workspaces();

CREATE FUNCTION app.user_workspace_ids(p_user uuid) RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, console
AS $$ SELECT workspace_ref FROM console.user_workspaces WHERE user_id = p_user $$;

-- Directory rows for ids the caller has already shown access to.
CREATE FUNCTION app.workspace_directory(p_ids uuid[]) RETURNS SETOF console.workspaces
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, console
AS $$ SELECT * FROM console.workspaces WHERE id = ANY (p_ids) ORDER BY created_at, id $$;

CREATE FUNCTION app.create_workspace(p_id uuid, p_slug text, p_name text, p_environment text, p_region text,
                                     p_backend_org_id text) RETURNS SETOF console.workspaces
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, console
AS $$
  INSERT INTO console.workspaces (id, slug, name, environment, region, backend_org_id)
  VALUES (p_id, p_slug, p_name, p_environment::console.environment, p_region, p_backend_org_id)
  RETURNING *
$$;

-- One updater for the mutable directory fields; NULL keeps a value. Region is immutable by design.
CREATE FUNCTION app.update_workspace(p_id uuid, p_name text, p_connector_type text, p_environment text,
                                     p_provision boolean, p_archive boolean, p_test_numbers text[])
  RETURNS SETOF console.workspaces
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, console
AS $$
  UPDATE console.workspaces SET
    name = coalesce(p_name, name),
    connector_type = coalesce(p_connector_type, connector_type),
    environment = coalesce(p_environment::console.environment, environment),
    provisioned_at = CASE WHEN p_provision AND provisioned_at IS NULL THEN now() ELSE provisioned_at END,
    archived_at = CASE WHEN p_archive AND archived_at IS NULL THEN now() ELSE archived_at END,
    test_caller_numbers = coalesce(p_test_numbers, test_caller_numbers),
    updated_at = now()
  WHERE id = p_id
  RETURNING *
$$;

CREATE FUNCTION app.find_user(p_email text) RETURNS SETOF console.users
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, console
AS $$ SELECT * FROM console.users WHERE lower(email) = lower(p_email) $$;

CREATE FUNCTION app.get_user(p_id uuid) RETURNS SETOF console.users
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, console
AS $$ SELECT * FROM console.users WHERE id = p_id $$;

CREATE FUNCTION app.create_user(p_id uuid, p_email text, p_display_name text, p_password_hash text)
  RETURNS SETOF console.users
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, console
AS $$
  INSERT INTO console.users (id, email, display_name, password_hash) VALUES (p_id, p_email, p_display_name, p_password_hash)
  RETURNING *
$$;

-- Records a sign-in attempt: success resets the counter; failure counts and may lock until p_lock_until.
CREATE FUNCTION app.record_login(p_id uuid, p_success boolean, p_lock_until timestamptz)
  RETURNS SETOF console.users
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, console
AS $$
  UPDATE console.users SET
    failed_logins = CASE WHEN p_success THEN 0 ELSE failed_logins + 1 END,
    locked_until = CASE WHEN p_success THEN NULL ELSE coalesce(p_lock_until, locked_until) END,
    last_login_at = CASE WHEN p_success THEN now() ELSE last_login_at END
  WHERE id = p_id
  RETURNING *
$$;

CREATE FUNCTION app.count_users() RETURNS bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, console
AS $$ SELECT count(*) FROM console.users $$;

CREATE FUNCTION app.create_session(p_id uuid, p_user uuid, p_digest bytea) RETURNS SETOF console.user_sessions
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, console
AS $$ INSERT INTO console.user_sessions (id, user_id, token_digest) VALUES (p_id, p_user, p_digest) RETURNING * $$;

CREATE FUNCTION app.session_by_digest(p_digest bytea) RETURNS SETOF console.user_sessions
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, console
AS $$ SELECT * FROM console.user_sessions WHERE token_digest = p_digest AND ended_at IS NULL $$;

CREATE FUNCTION app.touch_session(p_id uuid) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, console
AS $$ UPDATE console.user_sessions SET last_seen_at = now() WHERE id = p_id $$;

CREATE FUNCTION app.end_session(p_id uuid) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, console
AS $$ UPDATE console.user_sessions SET ended_at = coalesce(ended_at, now()) WHERE id = p_id $$;

DO $$
DECLARE f regprocedure;
BEGIN
  FOR f IN SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = 'app' AND p.prosecdef AND p.prorettype <> 'trigger'::regtype LOOP
    EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO console_app', f);
  END LOOP;
END
$$;

-- API keys carry their permission names and the credential that created them (contract fields).
ALTER TABLE console.api_keys
  ADD COLUMN permissions text[] NOT NULL DEFAULT '{}',
  ADD COLUMN created_by_credential uuid,
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE console.api_keys ALTER COLUMN name DROP NOT NULL; -- the contract's name is optional
