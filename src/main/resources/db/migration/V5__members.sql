-- Members and invitations (issue 3, part 4).

-- An invitation can be withdrawn before it is used; accepted_by records who used it.
ALTER TABLE console.invitations
  ADD COLUMN revoked_at  timestamptz,
  ADD COLUMN accepted_by uuid;

-- Profiles (id, email, display name: never password hashes or sign-in state) of the given users,
-- limited to members of the workspace in the current tenant context. Without a context, or for ids of
-- people outside that workspace, it returns nothing: it cannot be used to look up arbitrary accounts.
-- It reads the global index user_workspaces, not the tenant table memberships.
CREATE FUNCTION app.users_by_ids(p_ids uuid[])
  RETURNS TABLE (id uuid, email text, display_name text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, console
AS $$
  SELECT u.id, u.email, u.display_name
  FROM console.users u
  JOIN console.user_workspaces uw ON uw.user_id = u.id AND uw.workspace_ref = app.current_workspace()
  WHERE u.id = ANY (p_ids)
$$;
REVOKE ALL ON FUNCTION app.users_by_ids(uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.users_by_ids(uuid[]) TO console_app;
