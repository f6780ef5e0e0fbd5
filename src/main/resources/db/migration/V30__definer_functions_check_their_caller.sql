-- Every SECURITY DEFINER function that acts on or reads one workspace checks that the caller is scoped to it,
-- and every one that answers for an account checks that the caller acts as that account (decision 0036, which
-- tables each function's rule). Until now the app role could call app.update_workspace(B, ...) while scoped to
-- A, or to nothing: harmless while no SQL injection exists, but the database should not rely on that. A refusal
-- is SQLSTATE 42501 (insufficient_privilege), which the application never meets on a correct path.
--
-- Not here: the sign-in functions (find_user, get_user, create_user, record_login, create_session), which V25
-- reshapes so no password hash reaches the app role, and the session functions (session_by_digest,
-- touch_session, end_session), which act on no workspace and are reached only through the token's digest.

-- The account a statement acts for: a transaction-local setting, like app.workspace_id (decision 0001), set by
-- the server's AccountTx for the account-level directory reads. NULL when unset, so nothing matches.
CREATE FUNCTION app.current_account() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT NULLIF(current_setting('app.user_id', true), '')::uuid $$;
REVOKE ALL ON FUNCTION app.current_account() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.current_account() TO console_app;

-- The one check of the workspace-acting functions: the workspace they are asked to act on is the caller's scope.
CREATE FUNCTION app.require_workspace_scope(p_workspace uuid, p_function text) RETURNS void
  LANGUAGE plpgsql STABLE SET search_path = pg_catalog
AS $$
BEGIN
  IF p_workspace IS NULL OR p_workspace IS DISTINCT FROM app.current_workspace() THEN
    RAISE EXCEPTION '%: the workspace asked for is not the workspace in scope', p_function
      USING ERRCODE = '42501';
  END IF;
END
$$;
REVOKE ALL ON FUNCTION app.require_workspace_scope(uuid, text) FROM PUBLIC;

-- Creating: the transaction is already scoped to the new workspace (DirectoryStore.createWithOwner adds the
-- owner's membership and the audit entry in the same scope).
CREATE OR REPLACE FUNCTION app.create_workspace(p_id uuid, p_slug text, p_name text, p_environment text,
                                                p_region text, p_backend_org_id text) RETURNS SETOF console.workspaces
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, console
AS $$
BEGIN
  PERFORM app.require_workspace_scope(p_id, 'create_workspace');
  RETURN QUERY
    INSERT INTO console.workspaces (id, slug, name, environment, region, backend_org_id)
    VALUES (p_id, p_slug, p_name, p_environment::console.environment, p_region, p_backend_org_id)
    RETURNING *;
END
$$;

-- Updating: only the workspace in scope.
CREATE OR REPLACE FUNCTION app.update_workspace(p_id uuid, p_name text, p_connector_type text, p_environment text,
                                                p_provision boolean, p_archive boolean, p_test_numbers text[])
  RETURNS SETOF console.workspaces
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, console
AS $$
BEGIN
  PERFORM app.require_workspace_scope(p_id, 'update_workspace');
  RETURN QUERY
    UPDATE console.workspaces w SET
      name = coalesce(p_name, w.name),
      connector_type = coalesce(p_connector_type, w.connector_type),
      environment = coalesce(p_environment::console.environment, w.environment),
      provisioned_at = CASE WHEN p_provision AND w.provisioned_at IS NULL THEN now() ELSE w.provisioned_at END,
      archived_at = CASE WHEN p_archive AND w.archived_at IS NULL THEN now() ELSE w.archived_at END,
      test_caller_numbers = coalesce(p_test_numbers, w.test_caller_numbers),
      updated_at = now()
    WHERE w.id = p_id
    RETURNING w.*;
END
$$;

-- Directory rows: each id asked for is the workspace in scope, or a workspace the account in scope belongs to
-- (the caller's own workspace list). Anything else refuses the whole call.
CREATE OR REPLACE FUNCTION app.workspace_directory(p_ids uuid[]) RETURNS SETOF console.workspaces
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, console
AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM unnest(p_ids) AS asked(id)
             WHERE asked.id IS DISTINCT FROM app.current_workspace()
               AND NOT EXISTS (SELECT 1 FROM console.user_workspaces uw
                               WHERE uw.user_id = app.current_account() AND uw.workspace_ref = asked.id)) THEN
    RAISE EXCEPTION 'workspace_directory: a workspace asked for is neither in scope nor the account''s'
      USING ERRCODE = '42501';
  END IF;
  RETURN QUERY SELECT * FROM console.workspaces WHERE id = ANY (p_ids) ORDER BY created_at, id;
END
$$;

-- An account's workspaces: only for the account in scope.
CREATE OR REPLACE FUNCTION app.user_workspace_ids(p_user uuid) RETURNS SETOF uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, console
AS $$
BEGIN
  IF p_user IS NULL OR p_user IS DISTINCT FROM app.current_account() THEN
    RAISE EXCEPTION 'user_workspace_ids: the account asked for is not the account in scope'
      USING ERRCODE = '42501';
  END IF;
  RETURN QUERY SELECT workspace_ref FROM console.user_workspaces WHERE user_id = p_user;
END
$$;

-- The membership index follows memberships, whose rows row-level security already confines to the workspace in
-- scope; the trigger says so itself, so a writer that bypasses row-level security (a superuser) cannot use it to
-- index a membership of a workspace it is not scoped to.
CREATE OR REPLACE FUNCTION app.sync_user_workspaces() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, console
AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    PERFORM app.require_workspace_scope(OLD.workspace_id, 'sync_user_workspaces');
    DELETE FROM console.user_workspaces WHERE user_id = OLD.user_id AND workspace_ref = OLD.workspace_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM app.require_workspace_scope(NEW.workspace_id, 'sync_user_workspaces');
    INSERT INTO console.user_workspaces (user_id, workspace_ref) VALUES (NEW.user_id, NEW.workspace_id)
      ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;
