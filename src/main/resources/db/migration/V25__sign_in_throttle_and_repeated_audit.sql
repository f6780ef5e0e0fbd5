-- Sign-in that resists guessing, and audit logs that a flood cannot grow (issue 14, points 3-5 and
-- the password-hash part of 13; decision 0031).
--
-- 1. The stored password hash never leaves the database. app.sign_in_begin hands out only a salt and
--    an iteration count (a salt derived from a database-held secret for an unknown email), the app
--    derives the PBKDF2 key, and app.sign_in_finish compares it here and, on a match, creates the
--    session in the same transaction. app.create_session and app.record_login are gone: the app role
--    can no longer mint a session for any account without the password.
-- 2. Counting is atomic with the decision: sign_in_begin locks the account's and the client address's
--    throttle rows, refuses while either is held back, and otherwise reserves the attempt as a failure
--    before any hashing starts. A burst therefore gets at most the free attempts, however parallel.
-- 3. Throttle rows are keyed by a keyed hash of the normalised email (and of the address), never by
--    user id: an unknown email is throttled exactly like a known one.
-- 4. Repeated denials are counted per (actor, action, target, reason, minute) in audit_repeats; the
--    chain covers the count when the window closes (AuditStore appends a summary entry).

-- The policy and the secret the keys are derived from: one row, owner-only (operators tune it by SQL).
CREATE TABLE console.sign_in_policy (
  singleton     boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  account_free  integer NOT NULL DEFAULT 5 CHECK (account_free >= 1),
  address_free  integer NOT NULL DEFAULT 30 CHECK (address_free >= 1),
  first_delay   interval NOT NULL DEFAULT '1 second',
  longest_delay interval NOT NULL DEFAULT '15 minutes',
  secret        bytea NOT NULL DEFAULT decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex')
);
INSERT INTO console.sign_in_policy DEFAULT VALUES;

-- One row per throttled key: sha256(secret || 'account:' || lower(email)) or ('address:' || ip).
CREATE TABLE console.sign_in_throttle (
  key             bytea PRIMARY KEY,
  failures        integer NOT NULL DEFAULT 0,
  last_failure_at timestamptz
);

-- Attempts admitted by sign_in_begin and not yet settled by sign_in_finish (each usable once).
CREATE TABLE console.sign_in_attempts (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  account_key bytea NOT NULL,
  address_key bytea NOT NULL,
  user_id     uuid REFERENCES console.users (id) ON DELETE CASCADE,
  started_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX sign_in_attempts_by_age ON console.sign_in_attempts (started_at);

ALTER TABLE console.users DROP COLUMN failed_logins, DROP COLUMN locked_until;

-- How long a key is held back after `failures` counted failures: nothing for the free ones, then
-- first_delay doubling up to longest_delay (the lock; when it has passed, the count starts again).
CREATE FUNCTION app.sign_in_hold(p_failures integer, p_free integer, p_first interval, p_longest interval)
  RETURNS interval
  LANGUAGE sql IMMUTABLE SET search_path = pg_catalog
AS $$
  SELECT CASE WHEN p_failures < p_free THEN interval '0'
              ELSE least(p_longest, p_first * power(2, least(p_failures - p_free, 40))) END
$$;
REVOKE ALL ON FUNCTION app.sign_in_hold(integer, integer, interval, interval) FROM PUBLIC;

-- A stored pbkdf2-sha256$iterations$salt$key field, unpadded base64 as PasswordHasher writes it.
CREATE FUNCTION app.password_field(p_hash text, p_part integer) RETURNS bytea
  LANGUAGE sql IMMUTABLE SET search_path = pg_catalog
AS $$
  SELECT CASE WHEN split_part(p_hash, '$', 1) = 'pbkdf2-sha256' AND split_part(p_hash, '$', 4) <> ''
    THEN decode(split_part(p_hash, '$', p_part) || repeat('=', (4 - length(split_part(p_hash, '$', p_part)) % 4) % 4),
                'base64') END
$$;
REVOKE ALL ON FUNCTION app.password_field(text, integer) FROM PUBLIC;

-- Locks a throttle row (creating it), forgets a count whose lock has passed, and answers when the key
-- may try again.
CREATE FUNCTION app.sign_in_claim(p_key bytea, p_free integer, p_first interval, p_longest interval,
                                  p_now timestamptz, OUT failures integer, OUT free_at timestamptz)
  LANGUAGE plpgsql SET search_path = pg_catalog, console
AS $$
#variable_conflict use_column
DECLARE
  r console.sign_in_throttle;
BEGIN
  INSERT INTO console.sign_in_throttle AS t (key) VALUES (p_key)
    ON CONFLICT (key) DO UPDATE SET failures = t.failures
    RETURNING * INTO r;
  failures := r.failures;
  IF r.last_failure_at IS NULL OR p_now - r.last_failure_at >= p_longest THEN
    failures := 0;
    free_at := p_now;
  ELSE
    free_at := r.last_failure_at + app.sign_in_hold(failures, p_free, p_first, p_longest);
  END IF;
END
$$;
REVOKE ALL ON FUNCTION app.sign_in_claim(bytea, integer, interval, interval, timestamptz) FROM PUBLIC;

-- Step one of a sign-in. Refused (attempt_id NULL, retry_after_ms > 0) while the account or the address
-- is held back; otherwise the attempt is reserved as a failure and the salt and cost to derive with are
-- returned. Unknown emails take the same path with a salt derived from the secret, so nothing differs.
CREATE FUNCTION app.sign_in_begin(p_email text, p_address text)
  RETURNS TABLE (attempt_id uuid, salt bytea, iterations integer, retry_after_ms bigint)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, console
AS $$
DECLARE
  pol console.sign_in_policy;
  v_email text := lower(coalesce(p_email, ''));
  v_account bytea;
  v_address bytea;
  acc record;
  adr record;
  v_now timestamptz;
  v_free_at timestamptz;
  v_user uuid;
  v_hash text;
  v_attempt uuid := gen_random_uuid();
BEGIN
  SELECT * INTO pol FROM console.sign_in_policy;
  v_account := sha256(pol.secret || convert_to('account:' || v_email, 'UTF8'));
  v_address := sha256(pol.secret || convert_to('address:' || coalesce(p_address, ''), 'UTF8'));
  -- Always the account row first, then the address row: no two sign-ins can wait on each other in a cycle.
  v_now := clock_timestamp();
  SELECT * INTO acc FROM app.sign_in_claim(v_account, pol.account_free, pol.first_delay, pol.longest_delay, v_now);
  SELECT * INTO adr FROM app.sign_in_claim(v_address, pol.address_free, pol.first_delay, pol.longest_delay, v_now);
  v_now := clock_timestamp(); -- after any wait for the locks
  v_free_at := greatest(acc.free_at, adr.free_at);
  IF v_free_at > v_now THEN
    RETURN QUERY SELECT NULL::uuid, NULL::bytea, NULL::integer,
      ceil(extract(epoch FROM v_free_at - v_now) * 1000)::bigint;
    RETURN;
  END IF;
  UPDATE console.sign_in_throttle SET failures = acc.failures + 1, last_failure_at = v_now WHERE key = v_account;
  UPDATE console.sign_in_throttle SET failures = adr.failures + 1, last_failure_at = v_now WHERE key = v_address;
  DELETE FROM console.sign_in_attempts WHERE started_at < v_now - interval '10 minutes';
  SELECT u.id, u.password_hash INTO v_user, v_hash FROM console.users u WHERE lower(u.email) = v_email;
  IF app.password_field(v_hash, 3) IS NULL OR app.password_field(v_hash, 4) IS NULL THEN
    v_user := NULL;
    v_hash := NULL;
  END IF;
  INSERT INTO console.sign_in_attempts (id, account_key, address_key, user_id, started_at)
    VALUES (v_attempt, v_account, v_address, v_user, v_now);
  IF v_user IS NULL THEN
    -- 600000: PasswordHasher.ITERATIONS, the cost every new hash is written with.
    RETURN QUERY SELECT v_attempt, substring(sha256(pol.secret || convert_to('salt:' || v_email, 'UTF8')) FROM 1 FOR 16),
      600000, 0::bigint;
  ELSE
    RETURN QUERY SELECT v_attempt, app.password_field(v_hash, 3), split_part(v_hash, '$', 2)::integer, 0::bigint;
  END IF;
END
$$;

-- Step two: settles an attempt sign_in_begin admitted (once; within 10 minutes). The derived key is
-- compared with the stored one here; both are SHA-256'd first, so the comparison's early exit says
-- nothing about either key. On a match the session is created in this transaction, the account's count
-- is cleared and the address's reservation given back. user_id names the account for its audit trail.
CREATE FUNCTION app.sign_in_finish(p_attempt uuid, p_derived bytea, p_session uuid, p_token_digest bytea)
  RETURNS TABLE (user_id uuid, email text, granted boolean)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, console
AS $$
DECLARE
  a console.sign_in_attempts;
  v_email text;
  v_hash text;
  v_ok boolean := false;
BEGIN
  DELETE FROM console.sign_in_attempts t WHERE t.id = p_attempt
    AND t.started_at > clock_timestamp() - interval '10 minutes'
    RETURNING * INTO a;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  IF a.user_id IS NOT NULL THEN
    SELECT u.email, u.password_hash INTO v_email, v_hash FROM console.users u WHERE u.id = a.user_id;
    v_ok := p_derived IS NOT NULL AND app.password_field(v_hash, 4) IS NOT NULL
      AND sha256(app.password_field(v_hash, 4)) = sha256(p_derived);
  END IF;
  IF v_ok THEN
    INSERT INTO console.user_sessions (id, user_id, token_digest) VALUES (p_session, a.user_id, p_token_digest);
    UPDATE console.sign_in_throttle SET failures = 0, last_failure_at = NULL WHERE key = a.account_key;
    UPDATE console.sign_in_throttle SET failures = greatest(failures - 1, 0) WHERE key = a.address_key;
    UPDATE console.users SET last_login_at = now() WHERE id = a.user_id;
  END IF;
  RETURN QUERY SELECT a.user_id, v_email, v_ok;
END
$$;

-- The account functions answer without the password hash (and the lockout columns are gone).
DROP FUNCTION app.record_login(uuid, boolean, timestamptz);
DROP FUNCTION app.create_session(uuid, uuid, bytea);
DROP FUNCTION app.find_user(text);
DROP FUNCTION app.get_user(uuid);
DROP FUNCTION app.create_user(uuid, text, text, text);

CREATE FUNCTION app.find_user(p_email text) RETURNS TABLE (id uuid, email text, display_name text)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, console
AS $$
BEGIN
  RETURN QUERY SELECT u.id, u.email, u.display_name FROM console.users u WHERE lower(u.email) = lower(p_email);
END
$$;

CREATE FUNCTION app.get_user(p_id uuid) RETURNS TABLE (id uuid, email text, display_name text)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, console
AS $$
BEGIN
  RETURN QUERY SELECT u.id, u.email, u.display_name FROM console.users u WHERE u.id = p_id;
END
$$;

CREATE FUNCTION app.create_user(p_id uuid, p_email text, p_display_name text, p_password_hash text)
  RETURNS TABLE (id uuid, email text, display_name text)
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, console
AS $$
  INSERT INTO console.users (id, email, display_name, password_hash) VALUES (p_id, p_email, p_display_name, p_password_hash)
  RETURNING id, email, display_name
$$;

DO $$
DECLARE f regprocedure;
BEGIN
  FOREACH f IN ARRAY ARRAY['app.sign_in_begin(text,text)', 'app.sign_in_finish(uuid,bytea,uuid,bytea)',
      'app.find_user(text)', 'app.get_user(uuid)', 'app.create_user(uuid,text,text,text)']::regprocedure[] LOOP
    EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO console_app', f);
  END LOOP;
END
$$;

-- Repeated denials: the first of a window is an ordinary chained entry (first_seq); the repeats are
-- counted here until the window closes, when AuditStore appends one chained summary and deletes the row.
CREATE TABLE console.audit_repeats (
  workspace_id    uuid NOT NULL REFERENCES console.workspaces (id),
  repeat_key      text NOT NULL,
  window_start    timestamptz NOT NULL,
  first_seq       bigint NOT NULL,
  repeats         integer NOT NULL DEFAULT 0,
  last_at         timestamptz NOT NULL,
  last_request_id text NOT NULL DEFAULT '',
  PRIMARY KEY (workspace_id, repeat_key, window_start)
);
CALL app.isolate_tenant_table('console.audit_repeats');
