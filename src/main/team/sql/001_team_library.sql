-- The team library: desks, their reviewers (login roles), one change log per desk with its own gapless
-- sequence, and the value each synced field has now. Reviewers read their desk's log through row-level
-- security and write only through team.push(), which stamps every change with session_user.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'factcheck_owner') THEN CREATE ROLE factcheck_owner NOLOGIN; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'factcheck_reviewer') THEN CREATE ROLE factcheck_reviewer NOLOGIN; END IF;
END $$;

CREATE SCHEMA team AUTHORIZATION factcheck_owner;
GRANT USAGE ON SCHEMA team TO factcheck_reviewer;
-- Everything below belongs to the owner role, never to a reviewer or a superuser.
SET LOCAL ROLE factcheck_owner;
ALTER DEFAULT PRIVILEGES IN SCHEMA team REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

CREATE TABLE team.schema_version (
  version int PRIMARY KEY,
  name text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);

-- The protocol this server speaks and the oldest client protocol it still serves.
CREATE TABLE team.server_info (
  one boolean PRIMARY KEY DEFAULT true CHECK (one),
  protocol int NOT NULL,
  min_client_protocol int NOT NULL
);
INSERT INTO team.server_info VALUES (true, 1, 1);

-- One row per desk; last_seq is its sequence counter, locked by every push (no gaps, no reuse).
CREATE TABLE team.desks (
  desk text PRIMARY KEY CHECK (desk ~ '^[a-z][a-z0-9_]{0,40}$'),
  last_seq bigint NOT NULL DEFAULT 0
);

CREATE TABLE team.reviewers (
  role name PRIMARY KEY,
  desk text NOT NULL REFERENCES team.desks
);

-- Every change ever pushed, kept forever: applied, merged (same value) or conflict (it did not stand).
CREATE TABLE team.changes (
  desk text NOT NULL REFERENCES team.desks,
  seq bigint NOT NULL,
  change_id text NOT NULL,
  author name NOT NULL,
  device text NOT NULL,
  document_id text NOT NULL,
  claim_id text NOT NULL,
  field text NOT NULL,
  before jsonb,
  value jsonb,
  outcome text NOT NULL CHECK (outcome IN ('applied', 'merged', 'conflict')),
  standing_seq bigint,
  -- For a conflict: the value that stood and who set it, kept on the row so a pull reads one range.
  standing_value jsonb,
  standing_author name,
  made_at timestamptz NOT NULL,
  synced_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (desk, seq),
  -- Why change_id alone: ids carry the device's random id, and an index that leads with it is the only one a
  -- retry's lookup can use (with (desk, change_id), a plan made on an empty table scanned the whole desk).
  UNIQUE (change_id)
);

-- What each field is now, and the change that made it so.
CREATE TABLE team.fields (
  desk text NOT NULL REFERENCES team.desks,
  document_id text NOT NULL,
  claim_id text NOT NULL,
  field text NOT NULL,
  value jsonb,
  seq bigint NOT NULL,
  PRIMARY KEY (desk, document_id, claim_id, field)
);

REVOKE ALL ON ALL TABLES IN SCHEMA team FROM PUBLIC;

-- The desk of the role that logged in (session_user: a SECURITY DEFINER function cannot change it).
CREATE FUNCTION team.my_desk() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, team
AS $$ SELECT desk FROM team.reviewers WHERE role = session_user $$;

-- Why row-level security: a reviewer may SELECT the log, and sees only their own desk's rows.
ALTER TABLE team.changes ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_desk ON team.changes FOR SELECT TO factcheck_reviewer USING (desk = team.my_desk());
GRANT SELECT ON team.changes TO factcheck_reviewer;

-- Checks the client's protocol and membership; returns the caller's desk or raises a message to show.
CREATE FUNCTION team.check_client(client_protocol int) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, team
AS $$
DECLARE
  info team.server_info;
  d text;
BEGIN
  SELECT * INTO info FROM team.server_info;
  IF client_protocol IS NULL OR client_protocol < info.min_client_protocol THEN
    RAISE EXCEPTION 'This team server needs a newer Factcheck Workbench (team protocol % or later; this copy speaks %). Update the app, then sync again: nothing unsynced is lost meanwhile.', info.min_client_protocol, coalesce(client_protocol::text, 'none')
      USING ERRCODE = 'FC426';
  END IF;
  d := team.my_desk();
  IF d IS NULL THEN
    RAISE EXCEPTION 'The database user % is not a reviewer of any desk on this server; ask its administrator to add it.', session_user
      USING ERRCODE = 'FC403';
  END IF;
  RETURN d;
END $$;

-- Who is connected, to which desk, and how far its log goes.
CREATE FUNCTION team.hello(client_protocol int)
RETURNS TABLE (desk text, reviewer name, last_seq bigint, protocol int)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, team
AS $$
DECLARE d text := team.check_client(client_protocol);
BEGIN
  RETURN QUERY SELECT k.desk, session_user, k.last_seq, (SELECT s.protocol FROM team.server_info s) FROM team.desks k WHERE k.desk = d;
END $$;

-- Pushes a batch of changes made on one device, in order. Each change gets the desk's next number; a
-- change id seen before returns what happened to it then (a retried push is applied once).
CREATE FUNCTION team.push(client_protocol int, device text, batch jsonb)
RETURNS TABLE (change_id text, seq bigint, outcome text, duplicate boolean, standing_seq bigint, standing_value jsonb, standing_author name)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, team
AS $$
#variable_conflict use_column
DECLARE
  d text := team.check_client(client_protocol);
  next_seq bigint;
  c jsonb;
  prior team.changes;
  cur team.fields;
  stand_author name;
  verdict text;
  stand bigint;
  base bigint;
  known boolean;
BEGIN
  IF jsonb_typeof(batch) IS DISTINCT FROM 'array' OR jsonb_array_length(batch) > 5000 THEN
    RAISE EXCEPTION 'A push is a list of at most 5000 changes.' USING ERRCODE = '22023';
  END IF;
  IF device IS NULL OR length(device) NOT BETWEEN 1 AND 100 THEN
    RAISE EXCEPTION 'A push needs the id of the device it comes from.' USING ERRCODE = '22023';
  END IF;
  -- Why FOR UPDATE: every push of a desk takes its counter row in turn, so numbers are given without gaps
  -- and each push judges conflicts on the fields exactly as the previous push left them.
  SELECT k.last_seq INTO next_seq FROM team.desks k WHERE k.desk = d FOR UPDATE;
  FOR c IN SELECT e FROM jsonb_array_elements(batch) AS e LOOP
    IF jsonb_typeof(c->'id') IS DISTINCT FROM 'string' OR length(c->>'id') NOT BETWEEN 1 AND 300
       OR jsonb_typeof(c->'document') IS DISTINCT FROM 'string' OR jsonb_typeof(c->'claim') IS DISTINCT FROM 'string'
       OR coalesce(c->>'field', '') !~ '^(document|status|note|attribution|dismissed|promoted|evidence:[A-Za-z0-9_-]{1,80})$'
       OR jsonb_typeof(c->'at') IS DISTINCT FROM 'string' THEN
      RAISE EXCEPTION 'A change in the push is malformed: %', left(c::text, 200) USING ERRCODE = '22023';
    END IF;
    SELECT * INTO prior FROM team.changes x WHERE x.change_id = c->>'id';
    IF FOUND THEN
      IF prior.desk <> d THEN
        RAISE EXCEPTION 'The change id % is used by another desk.', c->>'id' USING ERRCODE = '22023';
      END IF;
      change_id := prior.change_id; seq := prior.seq; outcome := prior.outcome; duplicate := true;
      standing_seq := prior.standing_seq; standing_value := prior.standing_value; standing_author := prior.standing_author;
      RETURN NEXT;
      CONTINUE;
    END IF;
    SELECT * INTO cur FROM team.fields f WHERE f.desk = d AND f.document_id = c->>'document' AND f.claim_id = c->>'claim' AND f.field = c->>'field';
    known := FOUND;
    stand := NULL;
    base := NULL;
    IF known THEN
      -- The version the change was made on: a number from the log, or an earlier change of the same device
      -- (edits made one after another offline): its number if it stood, the version it matched if it merged.
      IF jsonb_typeof(c->'baseChange') = 'string' THEN
        SELECT CASE x.outcome WHEN 'applied' THEN x.seq WHEN 'merged' THEN x.standing_seq ELSE -1 END INTO base
        FROM team.changes x WHERE x.change_id = c->>'baseChange' AND x.desk = d;
        base := coalesce(base, -1);
      ELSE
        base := coalesce((c->>'base')::bigint, 0);
      END IF;
    END IF;
    -- A field no one has changed on the server yet takes the first change made to it.
    IF NOT known OR cur.seq = base THEN
      verdict := 'applied';
    ELSIF cur.value IS NOT DISTINCT FROM c->'value' THEN
      verdict := 'merged';
      stand := cur.seq;
    ELSE
      -- Made on a version someone else changed since: the first synced stands, this one is kept as a conflict.
      verdict := 'conflict';
      stand := cur.seq;
    END IF;
    stand_author := CASE WHEN verdict = 'conflict' THEN (SELECT x.author FROM team.changes x WHERE x.desk = d AND x.seq = stand) END;
    next_seq := next_seq + 1;
    INSERT INTO team.changes (desk, seq, change_id, author, device, document_id, claim_id, field, before, value, outcome, standing_seq, standing_value, standing_author, made_at)
    VALUES (d, next_seq, c->>'id', session_user, device, c->>'document', c->>'claim', c->>'field', c->'before', c->'value', verdict, stand,
            CASE WHEN verdict = 'conflict' THEN cur.value END, stand_author, (c->>'at')::timestamptz);
    IF verdict = 'applied' THEN
      INSERT INTO team.fields AS f VALUES (d, c->>'document', c->>'claim', c->>'field', CASE WHEN c->>'field' = 'document' THEN 'true'::jsonb ELSE c->'value' END, next_seq)
      ON CONFLICT (desk, document_id, claim_id, field) DO UPDATE SET value = EXCLUDED.value, seq = EXCLUDED.seq;
    END IF;
    change_id := c->>'id'; seq := next_seq; outcome := verdict; duplicate := false; standing_seq := stand;
    standing_value := CASE WHEN verdict = 'conflict' THEN cur.value END;
    standing_author := stand_author;
    RETURN NEXT;
  END LOOP;
  UPDATE team.desks k SET last_seq = next_seq WHERE k.desk = d;
  PERFORM pg_notify('team_' || d, next_seq::text);
END $$;

-- The desk's changes after a sequence number, in order (row-level security keeps other desks' rows out).
CREATE FUNCTION team.pull(client_protocol int, after bigint, max_rows int)
RETURNS TABLE (seq bigint, change_id text, author name, device text, document_id text, claim_id text, field text, before jsonb, value jsonb, outcome text, standing_seq bigint, made_at timestamptz, standing_value jsonb, standing_author name)
LANGUAGE plpgsql STABLE SECURITY INVOKER SET search_path = pg_catalog, team
AS $$
DECLARE d text := team.check_client(client_protocol);
BEGIN
  RETURN QUERY
    SELECT x.seq, x.change_id, x.author, x.device, x.document_id, x.claim_id, x.field, x.before, x.value, x.outcome, x.standing_seq, x.made_at, x.standing_value, x.standing_author
    FROM team.changes x
    WHERE x.desk = d AND x.seq > after ORDER BY x.seq LIMIT least(greatest(max_rows, 1), 10000);
END $$;

GRANT EXECUTE ON FUNCTION team.hello(int), team.push(int, text, jsonb), team.pull(int, bigint, int), team.my_desk(), team.check_client(int) TO factcheck_reviewer;
