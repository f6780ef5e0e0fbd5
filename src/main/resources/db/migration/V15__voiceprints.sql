-- Voice sign-in (issue 7): voiceprints, passphrase challenges, attempts (rate limits) and replay
-- fingerprints. The world model holds the biometric *events* (voiceprint.enrolled / voiceprint.deleted on
-- the user's person entity); the model bytes live here so that deleting a voiceprint really erases them,
-- which an append-only event could never do (docs/decisions/0018-voiceprints-beside-the-world-model.md).

-- One live voiceprint per person entity; re-enrolment replaces the row, deletion removes it.
CREATE TABLE console.voiceprints (
  workspace_id   uuid NOT NULL REFERENCES console.workspaces (id),
  id             uuid NOT NULL,
  entity_id      uuid NOT NULL,
  user_id        uuid NOT NULL,
  model          bytea NOT NULL,
  model_id       text NOT NULL,
  speech_seconds double precision NOT NULL DEFAULT 0,
  event_id       uuid NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, entity_id),
  UNIQUE (workspace_id, user_id)
);
CALL app.isolate_tenant_table('console.voiceprints');

-- Passphrase challenges: only a digest of each phrase is kept, and the unique key means a phrase is
-- never issued twice to the same user. used_at makes a challenge single use.
CREATE TABLE console.voice_challenges (
  workspace_id  uuid NOT NULL REFERENCES console.workspaces (id),
  id            uuid NOT NULL,
  user_id       uuid NOT NULL,
  phrase_digest bytea NOT NULL,
  expires_at    timestamptz NOT NULL,
  used_at       timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, user_id, phrase_digest)
);
CALL app.isolate_tenant_table('console.voice_challenges');

-- Every enrol/verify attempt that passed the gates, counted for rate limits in the database so that
-- several server nodes agree.
CREATE TABLE console.voice_attempts (
  workspace_id uuid NOT NULL REFERENCES console.workspaces (id),
  id           uuid NOT NULL,
  user_id      uuid NOT NULL,
  kind         text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id)
);
CREATE INDEX voice_attempts_by_user ON console.voice_attempts (workspace_id, user_id, kind, created_at DESC);
CREATE INDEX voice_attempts_by_time ON console.voice_attempts (workspace_id, kind, created_at DESC);
CALL app.isolate_tenant_table('console.voice_attempts', append_only => true);

-- Spectral fingerprints of every sample a user sent (enrolment and verification): a later sample that
-- matches one of them is a replay.
CREATE TABLE console.voice_fingerprints (
  workspace_id uuid NOT NULL REFERENCES console.workspaces (id),
  id           uuid NOT NULL,
  user_id      uuid NOT NULL,
  source       text NOT NULL,
  fingerprint  bytea NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id)
);
CREATE INDEX voice_fingerprints_by_user ON console.voice_fingerprints (workspace_id, user_id, created_at DESC);
CALL app.isolate_tenant_table('console.voice_fingerprints', append_only => true);
