-- World model (issue 5): the entity projection columns that WorldStore keeps up to date from the
-- append-only event log, an external key so importers can ensure an entity idempotently, and the
-- relationship details the contract shows. Projection rules: docs/decisions/0011-world-projection.md.

-- external_key: the importer's own id for the entity (e.g. "Patient/123"); NULL for entities made
-- without one (NULLs never collide, so such entities are always new).
ALTER TABLE console.entities
  ADD COLUMN external_key  text,
  ADD COLUMN provenance    jsonb NOT NULL DEFAULT '{}',
  ADD COLUMN event_count   bigint NOT NULL DEFAULT 0,
  ADD COLUMN confidence    real NOT NULL DEFAULT 0,
  ADD COLUMN source        text NOT NULL DEFAULT '',
  ADD COLUMN first_seen_at timestamptz,
  ADD COLUMN last_event_at timestamptz,
  ADD CONSTRAINT entities_external_key UNIQUE (workspace_id, entity_type, external_key);
CREATE INDEX entities_by_name ON console.entities (workspace_id, lower(display_name));

CREATE INDEX events_by_supersedes ON console.events (workspace_id, supersedes) WHERE supersedes IS NOT NULL;
CREATE INDEX events_by_type ON console.events (workspace_id, event_type);

ALTER TABLE console.entity_relationships
  ADD COLUMN confidence    real NOT NULL DEFAULT 1 CHECK (confidence >= 0 AND confidence <= 1),
  ADD COLUMN data          jsonb NOT NULL DEFAULT '{}',
  ADD COLUMN discovered_by text NOT NULL DEFAULT '';
