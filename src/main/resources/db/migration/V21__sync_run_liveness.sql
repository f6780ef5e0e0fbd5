-- Sync runs say who runs them and when they last moved, so a run left 'running' by a crashed or killed
-- process can be recognised as abandoned instead of blocking its data source with 409 forever (decision 0022).
ALTER TABLE console.data_source_syncs
  ADD COLUMN runner      text,
  ADD COLUMN progress_at timestamptz NOT NULL DEFAULT now();
