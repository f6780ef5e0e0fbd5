-- Data sources, their sync runs, the safety configuration and monitor concepts (issue 4, parts 3 and 5).
-- Same rules as V2: workspace_id leads every key and index. Value checks (enums, ranges) live in Java
-- (DataSourceRules, MonitorConceptRules) so that the isolation suite's generic rows still fit.

-- config holds the connection configuration with every secret value replaced by the mask;
-- secrets_encrypted holds the secret values, AES-256-GCM sealed under a key kept outside the
-- database, with the workspace id and data source id bound as associated data (SecretCipher).
ALTER TABLE console.data_sources
  DROP COLUMN status,
  ADD COLUMN display_name      text,
  ADD COLUMN entity_types      text[],
  ADD COLUMN field_mappings    jsonb NOT NULL DEFAULT '{}',
  ADD COLUMN sync_schedule     text,
  ADD COLUMN is_active         boolean NOT NULL DEFAULT true,
  ADD COLUMN health_status     text NOT NULL DEFAULT 'unknown',
  ADD COLUMN last_health_check timestamptz,
  ADD COLUMN discovered_by     text;

-- At most one running sync per data source, enforced by the database so two concurrent
-- triggers cannot both start one (the loser's unique violation becomes a 409).
CREATE UNIQUE INDEX data_source_syncs_one_running
  ON console.data_source_syncs (workspace_id, data_source_id) WHERE status = 'running';

-- The contract's thresholds are JSON numbers: double precision returns 0.4 as 0.4.
ALTER TABLE console.monitor_concepts
  ALTER COLUMN threshold TYPE double precision,
  ALTER COLUMN threshold SET DEFAULT 0.4,
  ADD COLUMN standalone_threshold double precision NOT NULL DEFAULT 0.85
    CHECK (standalone_threshold >= 0 AND standalone_threshold <= 1);
