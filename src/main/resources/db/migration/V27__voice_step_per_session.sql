-- The voice step of sign-in, enforced by the server (issue 14 point 9, decision 0033): where both voice gates
-- are on, a console sign-in session may open a workspace's data only once this table says it passed the step
-- there (verified, or skipped with a reason). No row means pending; 'failed' is final for that session and
-- workspace (a new sign-in is needed). API keys have no voice step and never appear here.
CREATE TYPE console.voice_step_state AS ENUM ('verified', 'skipped', 'failed');

CREATE TABLE console.voice_steps (
  workspace_id uuid NOT NULL REFERENCES console.workspaces (id),
  session_id   uuid NOT NULL,
  user_id      uuid NOT NULL,
  state        console.voice_step_state NOT NULL,
  reason       text NOT NULL DEFAULT '',
  decided_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, session_id)
);
CALL app.isolate_tenant_table('console.voice_steps');
