-- Issue 14, point 10 (decision 0034): operator records bound to accounts, archived workspaces read-only.

-- 1. An operator record belongs to the workspace member whose account email is the record's email
-- (console.operators.user_id, a column since V3 that nothing filled). The server lets a caller act as
-- an operator record only when it is bound to the caller's own account, unless the caller may manage
-- members (admins, owners). Existing records are bound here, workspace by workspace: the tables force
-- row-level security on their owner too, so each workspace's rows are reached inside its own scope.
DO $$
DECLARE
  w uuid;
BEGIN
  FOR w IN SELECT id FROM console.workspaces LOOP
    PERFORM set_config('app.workspace_id', w::text, true);
    UPDATE console.operators o SET user_id = m.user_id
      FROM console.memberships m JOIN console.users u ON u.id = m.user_id
     WHERE o.workspace_id = w AND m.workspace_id = w AND o.user_id IS NULL AND o.email IS NOT NULL
       AND lower(u.email) = lower(o.email);
  END LOOP;
  PERFORM set_config('app.workspace_id', '', true);
END
$$;

CREATE INDEX operators_by_user ON console.operators (workspace_id, user_id);

-- 2. The database's backstop for the API's rule that an archived workspace takes no writes: no new API
-- key, membership or invitation can be inserted into an archived workspace, whatever code path tries.
-- The API refuses those requests first (409); this catches a write racing the archive itself.
-- SQLSTATE WSARC is what the stores recognise. The function runs with the caller's rights and reads the
-- row's own workspace through the allow-listed directory function (no new SECURITY DEFINER function).
CREATE FUNCTION app.refuse_archived_workspace() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog
AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM app.workspace_directory(ARRAY[NEW.workspace_id]) d WHERE d.archived_at IS NOT NULL) THEN
    RAISE EXCEPTION 'This workspace is archived; an owner can restore it.' USING ERRCODE = 'WSARC';
  END IF;
  RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION app.refuse_archived_workspace() FROM PUBLIC;

CREATE TRIGGER api_keys_refuse_archived_workspace
  BEFORE INSERT ON console.api_keys
  FOR EACH ROW EXECUTE FUNCTION app.refuse_archived_workspace();

CREATE TRIGGER memberships_refuse_archived_workspace
  BEFORE INSERT ON console.memberships
  FOR EACH ROW EXECUTE FUNCTION app.refuse_archived_workspace();

CREATE TRIGGER invitations_refuse_archived_workspace
  BEFORE INSERT ON console.invitations
  FOR EACH ROW EXECUTE FUNCTION app.refuse_archived_workspace();

-- 3. Restoring an archived workspace (owners, POST /v1/workspaces/{id}/restore). It acts only on the
-- workspace of the caller's tenant context: called for any other id, or without a context, it changes
-- nothing and returns no row. A workspace that is not archived is left alone (no row either).
CREATE FUNCTION app.restore_workspace(p_id uuid) RETURNS SETOF console.workspaces
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, console
AS $$
  UPDATE console.workspaces SET archived_at = NULL, updated_at = now()
   WHERE id = p_id AND id = app.current_workspace() AND archived_at IS NOT NULL
  RETURNING *
$$;
REVOKE ALL ON FUNCTION app.restore_workspace(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.restore_workspace(uuid) TO console_app;
