-- Every tenant table of the product. Rules (ARCHITECTURE.md, "Data isolation"):
-- workspace_id uuid NOT NULL in each; it leads every primary, unique and foreign key
-- between tenant tables and every index; ids are UUIDs; each table is put under
-- row-level security by app.isolate_tenant_table. Later migrations add columns.

-- Identity and access -------------------------------------------------------------

CREATE TABLE console.memberships (
  workspace_id uuid NOT NULL REFERENCES console.workspaces (id),
  id           uuid NOT NULL,
  user_id      uuid NOT NULL REFERENCES console.users (id),
  role         console.member_role NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, user_id)
);
CALL app.isolate_tenant_table('console.memberships');

CREATE TABLE console.invitations (
  workspace_id uuid NOT NULL REFERENCES console.workspaces (id),
  id           uuid NOT NULL,
  email        text NOT NULL,
  role         console.member_role NOT NULL,
  token_digest bytea NOT NULL,
  invited_by   uuid NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL DEFAULT now() + interval '7 days',
  accepted_at  timestamptz,
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, token_digest)
);
CALL app.isolate_tenant_table('console.invitations');

CREATE TABLE console.api_keys (
  workspace_id uuid NOT NULL REFERENCES console.workspaces (id),
  id           uuid NOT NULL,
  name         text NOT NULL,
  role         console.member_role NOT NULL,
  created_by   uuid NOT NULL,
  key_prefix   text NOT NULL,
  digest       bytea NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL DEFAULT now() + interval '90 days',
  revoked_at   timestamptz,
  last_used_at timestamptz,
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, digest)
);
CALL app.isolate_tenant_table('console.api_keys');

CREATE TABLE console.console_sessions (
  workspace_id        uuid NOT NULL REFERENCES console.workspaces (id),
  id                  uuid NOT NULL,
  user_id             uuid NOT NULL REFERENCES console.users (id),
  token_digest        bytea NOT NULL,
  created_at          timestamptz NOT NULL DEFAULT now(),
  last_seen_at        timestamptz NOT NULL DEFAULT now(),
  absolute_expires_at timestamptz NOT NULL DEFAULT now() + interval '12 hours',
  ended_at            timestamptz,
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, token_digest)
);
CALL app.isolate_tenant_table('console.console_sessions');

-- Append-only, hash-chained per workspace (issue: audit log).
CREATE TABLE console.audit_events (
  workspace_id uuid NOT NULL REFERENCES console.workspaces (id),
  id           uuid NOT NULL,
  seq          bigint NOT NULL,
  actor        jsonb NOT NULL DEFAULT '{}',
  action       text NOT NULL,
  target       text NOT NULL DEFAULT '',
  result       text NOT NULL DEFAULT 'allowed',
  reason       text NOT NULL DEFAULT '',
  request_id   text NOT NULL DEFAULT '',
  created_at   timestamptz NOT NULL DEFAULT now(),
  prev_hash    bytea NOT NULL DEFAULT '\x',
  hash         bytea NOT NULL DEFAULT '\x',
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, seq)
);
CREATE INDEX audit_events_by_time ON console.audit_events (workspace_id, created_at DESC);
CALL app.isolate_tenant_table('console.audit_events', append_only => true);

-- World model ------------------------------------------------------------------

CREATE TABLE console.entities (
  workspace_id uuid NOT NULL REFERENCES console.workspaces (id),
  id           uuid NOT NULL,
  entity_type  text NOT NULL,
  display_name text NOT NULL DEFAULT '',
  state        jsonb NOT NULL DEFAULT '{}',
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id)
);
CREATE INDEX entities_by_type ON console.entities (workspace_id, entity_type, updated_at DESC);
CALL app.isolate_tenant_table('console.entities');

-- Append-only: corrections are new events that supersede old ones.
CREATE TABLE console.events (
  workspace_id    uuid NOT NULL REFERENCES console.workspaces (id),
  id              uuid NOT NULL,
  entity_id       uuid NOT NULL,
  event_type      text NOT NULL,
  domain          text NOT NULL,
  source          text NOT NULL,
  confidence      real NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
  data            jsonb NOT NULL DEFAULT '{}',
  supersedes      uuid,
  idempotency_key text,
  occurred_at     timestamptz NOT NULL DEFAULT now(),
  ingested_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, entity_id) REFERENCES console.entities (workspace_id, id),
  FOREIGN KEY (workspace_id, supersedes) REFERENCES console.events (workspace_id, id),
  UNIQUE (workspace_id, idempotency_key)
);
CREATE INDEX events_by_entity ON console.events (workspace_id, entity_id, ingested_at);
CREATE INDEX events_by_time ON console.events (workspace_id, ingested_at DESC);
CALL app.isolate_tenant_table('console.events', append_only => true);

CREATE TABLE console.entity_relationships (
  workspace_id      uuid NOT NULL REFERENCES console.workspaces (id),
  id                uuid NOT NULL,
  from_entity_id    uuid NOT NULL,
  to_entity_id      uuid NOT NULL,
  relationship_type text NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, from_entity_id) REFERENCES console.entities (workspace_id, id),
  FOREIGN KEY (workspace_id, to_entity_id) REFERENCES console.entities (workspace_id, id),
  UNIQUE (workspace_id, from_entity_id, to_entity_id, relationship_type)
);
CREATE INDEX entity_relationships_to ON console.entity_relationships (workspace_id, to_entity_id);
CALL app.isolate_tenant_table('console.entity_relationships');

-- Data sources -------------------------------------------------------------------

CREATE TABLE console.data_sources (
  workspace_id      uuid NOT NULL REFERENCES console.workspaces (id),
  id                uuid NOT NULL,
  name              text NOT NULL,
  source_type       text NOT NULL,
  sync_strategy     text NOT NULL DEFAULT 'manual',
  config            jsonb NOT NULL DEFAULT '{}',
  secrets_encrypted bytea,
  status            text NOT NULL DEFAULT 'inactive',
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, name)
);
CALL app.isolate_tenant_table('console.data_sources');

CREATE TABLE console.data_source_syncs (
  workspace_id   uuid NOT NULL REFERENCES console.workspaces (id),
  id             uuid NOT NULL,
  data_source_id uuid NOT NULL,
  status         text NOT NULL DEFAULT 'running',
  started_at     timestamptz NOT NULL DEFAULT now(),
  finished_at    timestamptz,
  counts         jsonb NOT NULL DEFAULT '{}',
  errors         jsonb NOT NULL DEFAULT '[]',
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, data_source_id) REFERENCES console.data_sources (workspace_id, id)
);
CREATE INDEX data_source_syncs_by_source ON console.data_source_syncs (workspace_id, data_source_id, started_at DESC);
CALL app.isolate_tenant_table('console.data_source_syncs');
