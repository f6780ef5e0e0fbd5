-- Tenant tables for workspace configuration (agents, graphs, services, numbers,
-- settings, safety) and for operations (calls, sessions, operators, review queue).
-- Same rules as V2.

CREATE TABLE console.agents (
  workspace_id   uuid NOT NULL REFERENCES console.workspaces (id),
  id             uuid NOT NULL,
  name           text NOT NULL,
  description    text NOT NULL DEFAULT '',
  latest_version integer NOT NULL DEFAULT 0,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, name)
);
CALL app.isolate_tenant_table('console.agents');

-- Versions are immutable documents: a new version is a new row.
CREATE TABLE console.agent_versions (
  workspace_id uuid NOT NULL REFERENCES console.workspaces (id),
  id           uuid NOT NULL,
  agent_id     uuid NOT NULL,
  version      integer NOT NULL CHECK (version > 0),
  document     jsonb NOT NULL DEFAULT '{}',
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, agent_id) REFERENCES console.agents (workspace_id, id),
  UNIQUE (workspace_id, agent_id, version)
);
CALL app.isolate_tenant_table('console.agent_versions');

CREATE TABLE console.context_graphs (
  workspace_id   uuid NOT NULL REFERENCES console.workspaces (id),
  id             uuid NOT NULL,
  name           text NOT NULL,
  description    text NOT NULL DEFAULT '',
  latest_version integer NOT NULL DEFAULT 0,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, name)
);
CALL app.isolate_tenant_table('console.context_graphs');

CREATE TABLE console.context_graph_versions (
  workspace_id     uuid NOT NULL REFERENCES console.workspaces (id),
  id               uuid NOT NULL,
  context_graph_id uuid NOT NULL,
  version          integer NOT NULL CHECK (version > 0),
  document         jsonb NOT NULL DEFAULT '{}',
  created_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, context_graph_id) REFERENCES console.context_graphs (workspace_id, id),
  UNIQUE (workspace_id, context_graph_id, version)
);
CALL app.isolate_tenant_table('console.context_graph_versions');

CREATE TABLE console.services (
  workspace_id           uuid NOT NULL REFERENCES console.workspaces (id),
  id                     uuid NOT NULL,
  name                   text NOT NULL,
  description            text NOT NULL DEFAULT '',
  agent_id               uuid,
  context_graph_id       uuid,
  channel_type           text NOT NULL DEFAULT 'voice',
  environment            text NOT NULL DEFAULT 'development',
  keyterms               text[] NOT NULL DEFAULT '{}',
  tags                   text[] NOT NULL DEFAULT '{}',
  tool_capacity          integer,
  safety_filters_enabled boolean NOT NULL DEFAULT true,
  escalation             jsonb NOT NULL DEFAULT '{}',
  version_sets           jsonb NOT NULL DEFAULT '{}',
  is_active              boolean NOT NULL DEFAULT true,
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, agent_id) REFERENCES console.agents (workspace_id, id),
  FOREIGN KEY (workspace_id, context_graph_id) REFERENCES console.context_graphs (workspace_id, id),
  UNIQUE (workspace_id, name)
);
CALL app.isolate_tenant_table('console.services');

CREATE TABLE console.phone_numbers (
  workspace_id       uuid NOT NULL REFERENCES console.workspaces (id),
  id                 uuid NOT NULL,
  phone_number       text NOT NULL,
  inbound_service_id uuid,
  forwarding         jsonb,
  status             text NOT NULL DEFAULT 'active',
  capabilities       jsonb NOT NULL DEFAULT '{}',
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, inbound_service_id) REFERENCES console.services (workspace_id, id),
  UNIQUE (workspace_id, phone_number)
);
CALL app.isolate_tenant_table('console.phone_numbers');

-- One row per settings section (voice, security, retention, test_caller_numbers...).
CREATE TABLE console.settings (
  workspace_id uuid NOT NULL REFERENCES console.workspaces (id),
  id           uuid NOT NULL,
  section      text NOT NULL,
  body         jsonb NOT NULL DEFAULT '{}',
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, section)
);
CALL app.isolate_tenant_table('console.settings');

CREATE TABLE console.safety_config (
  workspace_id uuid NOT NULL REFERENCES console.workspaces (id),
  id           uuid NOT NULL,
  body         jsonb NOT NULL DEFAULT '{}',
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id)
);
CALL app.isolate_tenant_table('console.safety_config');

CREATE TABLE console.monitor_concepts (
  workspace_id uuid NOT NULL REFERENCES console.workspaces (id),
  id           uuid NOT NULL,
  name         text NOT NULL,
  description  text NOT NULL DEFAULT '',
  threshold    real NOT NULL DEFAULT 0.5 CHECK (threshold >= 0 AND threshold <= 1),
  tags         text[] NOT NULL DEFAULT '{}',
  escalation   jsonb NOT NULL DEFAULT '{}',
  agent_config jsonb NOT NULL DEFAULT '{}',
  template_id  text,
  is_active    boolean NOT NULL DEFAULT true,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, name)
);
CALL app.isolate_tenant_table('console.monitor_concepts');

-- Operations ---------------------------------------------------------------------

CREATE TABLE console.calls (
  workspace_id    uuid NOT NULL REFERENCES console.workspaces (id),
  id              uuid NOT NULL,
  service_id      uuid,
  phone_number_id uuid,
  direction       text NOT NULL DEFAULT 'inbound',
  status          text NOT NULL DEFAULT 'in_progress',
  caller          text NOT NULL DEFAULT '',
  turns           jsonb NOT NULL DEFAULT '[]',
  started_at      timestamptz NOT NULL DEFAULT now(),
  ended_at        timestamptz,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, service_id) REFERENCES console.services (workspace_id, id),
  FOREIGN KEY (workspace_id, phone_number_id) REFERENCES console.phone_numbers (workspace_id, id)
);
CREATE INDEX calls_by_time ON console.calls (workspace_id, started_at DESC);
CALL app.isolate_tenant_table('console.calls');

CREATE TABLE console.operators (
  workspace_id    uuid NOT NULL REFERENCES console.workspaces (id),
  id              uuid NOT NULL,
  user_id         uuid REFERENCES console.users (id),
  display_name    text NOT NULL,
  status          text NOT NULL DEFAULT 'offline',
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id)
);
CALL app.isolate_tenant_table('console.operators');

CREATE TABLE console.call_sessions (
  workspace_id uuid NOT NULL REFERENCES console.workspaces (id),
  id           uuid NOT NULL,
  call_id      uuid NOT NULL,
  operator_id  uuid,
  mode         text NOT NULL DEFAULT 'autonomous',
  status       text NOT NULL DEFAULT 'active',
  started_at   timestamptz NOT NULL DEFAULT now(),
  ended_at     timestamptz,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, call_id) REFERENCES console.calls (workspace_id, id),
  FOREIGN KEY (workspace_id, operator_id) REFERENCES console.operators (workspace_id, id)
);
CREATE INDEX call_sessions_by_call ON console.call_sessions (workspace_id, call_id);
CALL app.isolate_tenant_table('console.call_sessions');

-- Surfaces: the places a workspace's agents appear (phone, web widget, SMS...).
CREATE TABLE console.surfaces (
  workspace_id uuid NOT NULL REFERENCES console.workspaces (id),
  id           uuid NOT NULL,
  surface_type text NOT NULL,
  name         text NOT NULL,
  service_id   uuid,
  config       jsonb NOT NULL DEFAULT '{}',
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, service_id) REFERENCES console.services (workspace_id, id),
  UNIQUE (workspace_id, name)
);
CALL app.isolate_tenant_table('console.surfaces');

CREATE TABLE console.review_items (
  workspace_id uuid NOT NULL REFERENCES console.workspaces (id),
  id           uuid NOT NULL,
  item_type    text NOT NULL,
  status       text NOT NULL DEFAULT 'pending',
  entity_id    uuid,
  event_id     uuid,
  call_id      uuid,
  claimed_by   uuid,
  claimed_at   timestamptz,
  resolution   jsonb,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, entity_id) REFERENCES console.entities (workspace_id, id),
  FOREIGN KEY (workspace_id, event_id) REFERENCES console.events (workspace_id, id),
  FOREIGN KEY (workspace_id, call_id) REFERENCES console.calls (workspace_id, id)
);
CREATE INDEX review_items_by_status ON console.review_items (workspace_id, status, created_at);
CALL app.isolate_tenant_table('console.review_items');
