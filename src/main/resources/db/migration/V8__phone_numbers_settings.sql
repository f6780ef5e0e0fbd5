-- Phone numbers and settings (issue 4, parts 2 and 4).

-- The contract's PhoneNumberResponse fields the V3 table lacks. Values are validated in Java
-- (PhoneNumberRules), not by CHECK constraints, so the generated isolation suite can fill rows.
ALTER TABLE console.phone_numbers
  ADD COLUMN display_name       text NOT NULL DEFAULT '',
  ADD COLUMN provider           text NOT NULL DEFAULT 'twilio',
  ADD COLUMN provider_phone_sid text,
  ADD COLUMN notes              text NOT NULL DEFAULT '';
ALTER TABLE console.phone_numbers ALTER COLUMN capabilities SET DEFAULT '["inbound", "outbound"]';

-- A real number belongs to at most one workspace on the whole platform. console.phone_numbers is
-- unique per workspace only (row-level security hides the others), so this global registry holds
-- each E.164 number once. It has no workspace_id (it is not a tenant table), no grants to
-- console_app, and is reached only through the two functions below, which act for the workspace of
-- the caller's transaction (app.current_workspace()) and so run inside the same transaction as the
-- tenant insert or delete: a failed insert rolls its claim back.
CREATE TABLE console.phone_number_registry (
  e164            text PRIMARY KEY,
  workspace_ref   uuid NOT NULL REFERENCES console.workspaces (id),
  phone_number_id uuid NOT NULL,
  claimed_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX phone_number_registry_by_workspace ON console.phone_number_registry (workspace_ref);

-- Claims p_e164 for the current workspace; false when any workspace (this one included) holds it.
-- Says nothing about who holds it.
CREATE FUNCTION app.claim_phone_number(p_e164 text, p_phone_number_id uuid) RETURNS boolean
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, console
AS $$
DECLARE
  ws uuid := app.current_workspace();
  claimed integer;
BEGIN
  IF ws IS NULL THEN
    RAISE EXCEPTION 'no workspace context' USING ERRCODE = '42501';
  END IF;
  INSERT INTO console.phone_number_registry (e164, workspace_ref, phone_number_id)
  VALUES (p_e164, ws, p_phone_number_id)
  ON CONFLICT (e164) DO NOTHING;
  GET DIAGNOSTICS claimed = ROW_COUNT;
  RETURN claimed = 1;
END
$$;

-- Releases p_e164 only when the current workspace holds it for that phone number id.
CREATE FUNCTION app.release_phone_number(p_e164 text, p_phone_number_id uuid) RETURNS boolean
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, console
AS $$
DECLARE
  ws uuid := app.current_workspace();
  released integer;
BEGIN
  IF ws IS NULL THEN
    RAISE EXCEPTION 'no workspace context' USING ERRCODE = '42501';
  END IF;
  DELETE FROM console.phone_number_registry
  WHERE e164 = p_e164 AND workspace_ref = ws AND phone_number_id = p_phone_number_id;
  GET DIAGNOSTICS released = ROW_COUNT;
  RETURN released = 1;
END
$$;

REVOKE ALL ON FUNCTION app.claim_phone_number(text, uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION app.release_phone_number(text, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.claim_phone_number(text, uuid) TO console_app;
GRANT EXECUTE ON FUNCTION app.release_phone_number(text, uuid) TO console_app;
