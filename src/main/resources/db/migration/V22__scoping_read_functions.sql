-- Hot list reads whose plan the server keeps (decision 0020).
--
-- TenantTx.readOnce sends set_config(..., true) and its query as one batch; it has to stay unnamed
-- (re-planned on every call), because once pgjdbc server-prepares a batch it forces a Sync before any
-- described statement whose row size is unbounded (text, arrays), and that Sync ends the implicit
-- transaction that held the scope. A scoping function is ONE statement: it sets the transaction-local
-- scope and returns its page, so nothing between client and server can run the two apart, and
-- PL/pgSQL keeps the page query's plan for the session.
--
-- Rules for every scoping function (checked by IsolationLint, tested by ScopingFunctionsTest):
-- SECURITY INVOKER (the caller's rights, row-level security as always), pinned search_path, on the
-- lint's scoping allow-list, refuses a NULL workspace, and refuses to move a transaction that is
-- already scoped to another workspace (it can never widen a transaction).

CREATE FUNCTION app.api_key_page(p_workspace uuid, p_created_by uuid, p_limit integer, p_offset bigint)
  RETURNS TABLE (id uuid, workspace_id uuid, created_by uuid, created_by_credential uuid, name text,
                 role text, permissions text[], expires_at timestamptz, last_used_at timestamptz,
                 created_at timestamptz, updated_at timestamptz, revoked_at timestamptz, key_prefix text,
                 total bigint)
  LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = pg_catalog
AS $$
#variable_conflict use_column
DECLARE
  scoped text := coalesce(current_setting('app.workspace_id', true), '');
BEGIN
  IF p_workspace IS NULL THEN
    RAISE EXCEPTION 'WORKSPACE_CONTEXT_MISSING' USING ERRCODE = '42501';
  END IF;
  IF scoped NOT IN ('', p_workspace::text) THEN
    RAISE EXCEPTION 'this transaction is scoped to another workspace' USING ERRCODE = '42501';
  END IF;
  PERFORM set_config('app.workspace_id', p_workspace::text, true);
  RETURN QUERY
    SELECT k.id, k.workspace_id, k.created_by, k.created_by_credential, k.name, k.role::text, k.permissions,
           k.expires_at, k.last_used_at, k.created_at, k.updated_at, k.revoked_at, k.key_prefix,
           count(*) OVER ()
      FROM console.api_keys k
     WHERE k.workspace_id = p_workspace AND k.revoked_at IS NULL
       AND (p_created_by IS NULL OR k.created_by = p_created_by)
     ORDER BY k.created_at, k.id
     LIMIT p_limit OFFSET p_offset;
END
$$;

REVOKE ALL ON FUNCTION app.api_key_page(uuid, uuid, integer, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.api_key_page(uuid, uuid, integer, bigint) TO console_app;
