-- Foundation: the workspace context function, the isolation helper used by every
-- later migration, and the two global tables (workspace directory, user identities).
-- Runs as console_owner; the schemas `app` and `console` already exist and belong to it.

-- The one source of the current tenant. NULLIF turns "never set" and "set in an
-- earlier, committed transaction" (current_setting then returns '') into NULL, and
-- `workspace_id = NULL` is never true: no context means no rows.
-- Plain STABLE SQL so the planner inlines it and can use it as an index condition.
CREATE FUNCTION app.current_workspace() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT NULLIF(current_setting('app.workspace_id', true), '')::uuid $$;

REVOKE ALL ON FUNCTION app.current_workspace() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.current_workspace() TO console_app;

-- Puts a tenant table under the isolation rules in one call, so no migration can
-- half-do it: ENABLE + FORCE row-level security, the single policy on the current
-- workspace for reads and writes, and the app role's grants (never TRUNCATE,
-- REFERENCES or TRIGGER; append-only tables get no UPDATE or DELETE).
-- The startup lint checks the outcome independently of this helper.
CREATE PROCEDURE app.isolate_tenant_table(tbl regclass, append_only boolean DEFAULT false)
  LANGUAGE plpgsql
  SET search_path = pg_catalog
AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('CREATE POLICY workspace_isolation ON %s FOR ALL TO PUBLIC '
                 'USING (workspace_id = app.current_workspace()) '
                 'WITH CHECK (workspace_id = app.current_workspace())', tbl);
  IF append_only THEN
    EXECUTE format('GRANT SELECT, INSERT ON %s TO console_app', tbl);
  ELSE
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO console_app', tbl);
  END IF;
END
$$;

REVOKE ALL ON PROCEDURE app.isolate_tenant_table(regclass, boolean) FROM PUBLIC;

CREATE TYPE console.environment AS ENUM ('production', 'staging', 'development');
CREATE TYPE console.member_role AS ENUM ('owner', 'admin', 'member', 'operator', 'viewer');
GRANT USAGE ON TYPE console.environment, console.member_role TO console_app;

-- Global: the workspace directory. Not granted to console_app; later issues reach it
-- only through allow-listed SECURITY DEFINER functions.
CREATE TABLE console.workspaces (
  id             uuid PRIMARY KEY,
  slug           text NOT NULL UNIQUE,
  name           text NOT NULL,
  environment    console.environment NOT NULL,
  region         text NOT NULL DEFAULT 'us-east-1',
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  provisioned_at timestamptz,
  archived_at    timestamptz,
  CONSTRAINT workspaces_slug_format CHECK (slug ~ '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])$')
);

-- Global: user identities (console accounts). Same access rule as the directory.
CREATE TABLE console.users (
  id            uuid PRIMARY KEY,
  email         text NOT NULL,
  display_name  text NOT NULL DEFAULT '',
  password_hash text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  locked_until  timestamptz,
  failed_logins integer NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX users_email_key ON console.users (lower(email));
