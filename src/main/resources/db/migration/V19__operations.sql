-- Operations (issue 5, part 4): calls with turns, the operator roster and their call sessions, and
-- the review queue. The tables exist since V3 with few columns; this adds what the contract answers.

ALTER TABLE console.calls
  ALTER COLUMN status SET DEFAULT 'in-progress',
  ADD COLUMN call_sid          text NOT NULL DEFAULT '',
  ADD COLUMN source            text NOT NULL DEFAULT 'real',
  ADD COLUMN scenario          text NOT NULL DEFAULT '',
  ADD COLUMN current_state     text NOT NULL DEFAULT '',
  ADD COLUMN final_state       text,
  ADD COLUMN completion_reason text,
  ADD COLUMN quality_score     double precision,
  ADD COLUMN risk_score        double precision,
  ADD COLUMN run_id            text,
  ADD COLUMN states_visited    jsonb NOT NULL DEFAULT '[]';
CREATE INDEX calls_by_sid ON console.calls (workspace_id, call_sid);
CREATE INDEX calls_by_status ON console.calls (workspace_id, status, started_at);

ALTER TABLE console.operators
  ADD COLUMN email                     text,
  ADD COLUMN phone_number              text,
  ADD COLUMN role                      text NOT NULL DEFAULT 'operator',
  ADD COLUMN operator_type             text NOT NULL DEFAULT 'clinical',
  ADD COLUMN connection_method         text NOT NULL DEFAULT 'browser',
  ADD COLUMN skills                    jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN total_escalations_handled integer NOT NULL DEFAULT 0,
  ADD COLUMN total_handle_seconds      double precision NOT NULL DEFAULT 0,
  ADD COLUMN last_call_at              timestamptz,
  ADD COLUMN last_status_change        timestamptz;

-- An operator's participation in a call: active, left, or wrapped_up (with its outcome).
ALTER TABLE console.call_sessions
  ALTER COLUMN mode SET DEFAULT 'takeover',
  ADD COLUMN outcome        text,
  ADD COLUMN notes          text NOT NULL DEFAULT '',
  ADD COLUMN guidance_count integer NOT NULL DEFAULT 0;
-- One active call per operator, enforced by the database so two concurrent joins cannot both win.
CREATE UNIQUE INDEX call_sessions_one_active_per_operator ON console.call_sessions (workspace_id, operator_id)
  WHERE status = 'active';

ALTER TABLE console.review_items
  ADD COLUMN priority         integer NOT NULL DEFAULT 0,
  ADD COLUMN reason           text NOT NULL DEFAULT '',
  ADD COLUMN entity_type      text,
  ADD COLUMN session_id       text NOT NULL DEFAULT '',
  ADD COLUMN event_ids        jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN judge_analysis   jsonb,
  ADD COLUMN proposed_data    jsonb NOT NULL DEFAULT '{}',
  ADD COLUMN completed_at     timestamptz,
  ADD COLUMN completed_action text;

-- Every operator action (join, leave, switch-mode, guidance, wrap-up, roster changes): append-only, read by
-- GET operators/audit-log; the hash-chained workspace audit log records the same actions as well.
CREATE TABLE console.operator_actions (
  workspace_id uuid NOT NULL REFERENCES console.workspaces (id),
  id           uuid NOT NULL,
  operator_id  uuid NOT NULL,
  action       text NOT NULL,
  call_sid     text,
  data         jsonb NOT NULL DEFAULT '{}',
  actor        text NOT NULL DEFAULT '',
  created_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, operator_id) REFERENCES console.operators (workspace_id, id)
);
CREATE INDEX operator_actions_by_time ON console.operator_actions (workspace_id, created_at DESC);
CALL app.isolate_tenant_table('console.operator_actions', append_only => true);
