-- Agents, context graphs and services (issue 4). Versions are append-only documents:
-- the app role may insert and read them, never rewrite or delete them. Deleting an
-- agent or graph marks it deleted (its history stays), so a name is unique only among
-- live rows. Services gain the contract's typed tags and voice configuration.

ALTER TABLE console.agents ADD COLUMN deleted_at timestamptz;
ALTER TABLE console.agents DROP CONSTRAINT agents_workspace_id_name_key;
CREATE UNIQUE INDEX agents_live_name ON console.agents (workspace_id, name) WHERE deleted_at IS NULL;

ALTER TABLE console.context_graphs ADD COLUMN deleted_at timestamptz;
ALTER TABLE console.context_graphs DROP CONSTRAINT context_graphs_workspace_id_name_key;
CREATE UNIQUE INDEX context_graphs_live_name ON console.context_graphs (workspace_id, name)
  WHERE deleted_at IS NULL;

REVOKE UPDATE, DELETE ON console.agent_versions, console.context_graph_versions FROM console_app;

-- tags (text[]) keeps the tag keys for filtering; service_tags holds the contract's {key, value} list.
ALTER TABLE console.services
  ADD COLUMN service_tags jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN voice_config jsonb;
CREATE INDEX services_by_agent ON console.services (workspace_id, agent_id);
CREATE INDEX services_by_context_graph ON console.services (workspace_id, context_graph_id);
