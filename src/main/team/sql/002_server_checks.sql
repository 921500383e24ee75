-- The server checks every change before it is stored: ids by a strict pattern, each field's value by the same
-- shapes the app uses, devices bound to the login that first pushed from them. A refused change is answered
-- to its pusher with the reason and never stored, so no colleague's library ever receives it. Notifications go
-- to a channel whose name only the desk's own logins learn (from team.hello), so no desk can watch another.

SET LOCAL ROLE factcheck_owner;

-- Protocol 2: a push answers 'refused' with a reason, and hello names the desk's notification channel.
UPDATE team.server_info SET protocol = 2, min_client_protocol = 2;

-- Each device pushes for one login only: bound by its first push (earlier pushes bind it to their author).
CREATE TABLE team.devices (
  device text PRIMARY KEY,
  role name NOT NULL,
  desk text NOT NULL REFERENCES team.desks,
  bound_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO team.devices (device, role, desk)
  SELECT DISTINCT ON (device) device, author, desk FROM team.changes ORDER BY device, seq;
REVOKE ALL ON team.devices FROM PUBLIC;

-- A channel name per desk that other desks cannot guess (team.desks is not readable by reviewers).
ALTER TABLE team.desks ADD COLUMN channel text;
UPDATE team.desks SET channel = 'team_' || replace(gen_random_uuid()::text, '-', '');
ALTER TABLE team.desks ALTER COLUMN channel SET DEFAULT 'team_' || replace(gen_random_uuid()::text, '-', '');
ALTER TABLE team.desks ALTER COLUMN channel SET NOT NULL;

-- Why a reason in words: it goes back to the pusher, who sees what was wrong with the change.
CREATE FUNCTION team.value_refusal(field text, value jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, team
AS $$
DECLARE
  t text := coalesce(jsonb_typeof(value), 'null');
BEGIN
  IF field = 'status' THEN
    IF t <> 'string' OR value #>> '{}' NOT IN ('unreviewed', 'in-progress', 'verified', 'unsourced', 'disputed') THEN
      RETURN 'a status must be one of unreviewed, in-progress, verified, unsourced, disputed';
    END IF;
  ELSIF field = 'note' THEN
    IF t <> 'string' THEN RETURN 'a note must be text'; END IF;
    IF length(value #>> '{}') > 20000 THEN RETURN 'a note is at most 20,000 characters'; END IF;
  ELSIF field IN ('dismissed', 'promoted') THEN
    IF t <> 'boolean' THEN RETURN field || ' must be true or false'; END IF;
  ELSIF field = 'attribution' THEN
    IF t <> 'null' AND NOT (t = 'object'
        AND jsonb_typeof(value->'source') = 'string' AND length(btrim(value->>'source')) BETWEEN 1 AND 300
        AND jsonb_typeof(value->'anonymous') = 'boolean'
        AND (SELECT count(*) FROM jsonb_object_keys(value)) = 2) THEN
      RETURN 'a source must be {"source": text of 1 to 300 characters, "anonymous": true or false} or null';
    END IF;
  ELSIF field = 'claim' THEN
    -- A claim added by hand: its place in the text and what the extractor made of it (its marks come as fields).
    IF t <> 'object' OR jsonb_typeof(value->'text') IS DISTINCT FROM 'string' OR length(value->>'text') NOT BETWEEN 1 AND 5000
       OR jsonb_typeof(value->'start') IS DISTINCT FROM 'number' OR jsonb_typeof(value->'end') IS DISTINCT FROM 'number'
       OR jsonb_typeof(value->'n') IS DISTINCT FROM 'number' OR jsonb_typeof(value->'checkworthy') IS DISTINCT FROM 'boolean'
       OR jsonb_typeof(value->'promoted') IS DISTINCT FROM 'boolean' OR jsonb_typeof(value->'reasons') IS DISTINCT FROM 'array'
       OR octet_length(value::text) > 20000 THEN
      RETURN 'an added claim must have its text (1 to 5,000 characters), offsets, number and flags';
    END IF;
  ELSIF field ~ '^evidence:[A-Za-z0-9_-]{1,80}$' THEN
    IF t <> 'null' AND NOT (t = 'object'
        AND jsonb_typeof(value->'url') = 'string' AND length(value->>'url') <= 2048 AND value->>'url' ~* '^https?://[^[:space:]/?#]+[^[:space:]]*$'
        AND jsonb_typeof(value->'title') = 'string' AND length(value->>'title') <= 500
        AND jsonb_typeof(value->'excerpt') = 'string' AND length(value->>'excerpt') <= 5000
        AND jsonb_typeof(value->'addedAt') = 'string' AND length(value->>'addedAt') <= 40
        AND NOT EXISTS (SELECT FROM jsonb_object_keys(value) k WHERE k NOT IN ('url', 'title', 'excerpt', 'addedAt'))) THEN
      RETURN 'evidence must be an http(s) link with a title and excerpt within their limits, or null';
    END IF;
  ELSE
    RETURN 'unknown field';
  END IF;
  RETURN NULL;
END $$;

-- A published article: its text, title and claims, each claim with a known status and notes within limits.
CREATE FUNCTION team.document_refusal(body jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, team
AS $$
DECLARE
  claim jsonb;
  why text;
BEGIN
  IF jsonb_typeof(body) IS DISTINCT FROM 'object' THEN RETURN 'a document must be an object'; END IF;
  IF jsonb_typeof(body->'title') IS DISTINCT FROM 'string' OR length(body->>'title') NOT BETWEEN 1 AND 1000 THEN RETURN 'a document needs a title of 1 to 1,000 characters'; END IF;
  IF jsonb_typeof(body->'text') IS DISTINCT FROM 'string' OR length(body->>'text') > 20000000 THEN RETURN 'a document''s text must be text of at most 20,000,000 characters'; END IF;
  IF jsonb_typeof(body->'claims') IS DISTINCT FROM 'array' OR jsonb_array_length(body->'claims') > 200000 THEN RETURN 'a document''s claims must be a list'; END IF;
  FOR claim IN SELECT e FROM jsonb_array_elements(body->'claims') AS e LOOP
    IF jsonb_typeof(claim) IS DISTINCT FROM 'object' OR coalesce(claim->>'id', '') !~ '^[A-Za-z0-9_-]{1,80}$' THEN RETURN 'a claim needs an id of letters, digits, "-" or "_"'; END IF;
    IF jsonb_typeof(claim->'text') IS DISTINCT FROM 'string' THEN RETURN 'claim ' || (claim->>'id') || ' has no text'; END IF;
    why := coalesce(team.value_refusal('status', claim->'status'), team.value_refusal('note', claim->'note'),
                    team.value_refusal('dismissed', claim->'dismissed'), team.value_refusal('promoted', claim->'promoted'));
    IF why IS NOT NULL THEN RETURN 'claim ' || (claim->>'id') || ': ' || why; END IF;
    IF jsonb_typeof(claim->'evidence') IS DISTINCT FROM 'array' THEN RETURN 'claim ' || (claim->>'id') || ': evidence must be a list'; END IF;
  END LOOP;
  RETURN NULL;
END $$;

-- Why a change is refused (null: it may be stored).
CREATE FUNCTION team.change_refusal(c jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, team
AS $$
BEGIN
  IF coalesce(c->>'document', '') !~ '^[A-Za-z0-9_-]{1,80}$' THEN RETURN 'the document id must be 1 to 80 letters, digits, "-" or "_"'; END IF;
  IF octet_length(coalesce(c->'before', 'null'::jsonb)::text) > 100000 AND c->>'field' <> 'document' THEN RETURN 'the value it was made on is too large'; END IF;
  IF c->>'field' = 'document' THEN
    IF c->>'claim' <> '' THEN RETURN 'a document change names no claim'; END IF;
    RETURN team.document_refusal(c->'value');
  END IF;
  IF coalesce(c->>'claim', '') !~ '^[A-Za-z0-9_-]{1,80}$' THEN RETURN 'the claim id must be 1 to 80 letters, digits, "-" or "_"'; END IF;
  RETURN team.value_refusal(c->>'field', c->'value');
END $$;

DROP FUNCTION team.hello(int);
CREATE FUNCTION team.hello(client_protocol int)
RETURNS TABLE (desk text, reviewer name, last_seq bigint, protocol int, channel text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, team
AS $$
DECLARE d text := team.check_client(client_protocol);
BEGIN
  RETURN QUERY SELECT k.desk, session_user, k.last_seq, (SELECT s.protocol FROM team.server_info s), k.channel FROM team.desks k WHERE k.desk = d;
END $$;

CREATE OR REPLACE FUNCTION team.push(client_protocol int, device text, batch jsonb)
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
  bound name;
  why text;
  chan text;
BEGIN
  IF jsonb_typeof(batch) IS DISTINCT FROM 'array' OR jsonb_array_length(batch) > 5000 THEN
    RAISE EXCEPTION 'A push is a list of at most 5000 changes.' USING ERRCODE = '22023';
  END IF;
  IF push.device IS NULL OR push.device !~ '^[A-Za-z0-9_-]{1,100}$' THEN
    RAISE EXCEPTION 'A push needs the id of the device it comes from (letters, digits, "-" or "_").' USING ERRCODE = '22023';
  END IF;
  -- Why FOR UPDATE first: every push of a desk takes its counter row in turn (numbers without gaps); taken
  -- before the device is bound, whose foreign key would otherwise lock the row in a weaker mode first and let
  -- two pushes deadlock.
  SELECT k.last_seq, k.channel INTO next_seq, chan FROM team.desks k WHERE k.desk = d FOR UPDATE;
  -- Why: a device id is readable in the log; without the binding any reviewer could push as a colleague's device,
  -- and that colleague would never apply the change (it looks like their own).
  SELECT v.role INTO bound FROM team.devices v WHERE v.device = push.device;
  IF NOT FOUND THEN
    INSERT INTO team.devices (device, role, desk) VALUES (push.device, session_user, d) ON CONFLICT DO NOTHING;
    SELECT v.role INTO bound FROM team.devices v WHERE v.device = push.device;
  END IF;
  IF bound IS DISTINCT FROM session_user THEN
    RAISE EXCEPTION 'This device id belongs to another reviewer''s library; a library pushes only as its own device.' USING ERRCODE = 'FC403';
  END IF;
  FOR c IN SELECT e FROM jsonb_array_elements(batch) AS e LOOP
    IF jsonb_typeof(c) IS DISTINCT FROM 'object' OR jsonb_typeof(c->'id') IS DISTINCT FROM 'string' OR length(c->>'id') NOT BETWEEN 1 AND 300
       OR jsonb_typeof(c->'document') IS DISTINCT FROM 'string' OR jsonb_typeof(c->'claim') IS DISTINCT FROM 'string'
       OR coalesce(c->>'field', '') !~ '^(document|claim|status|note|attribution|dismissed|promoted|evidence:[A-Za-z0-9_-]{1,80})$'
       OR jsonb_typeof(c->'at') IS DISTINCT FROM 'string' OR c->>'at' !~ '^\d{4}-\d{2}-\d{2}T[0-9:.]+(Z|[+-]\d{2}:?\d{2})$' THEN
      RAISE EXCEPTION 'A change in the push is malformed: %', left(c::text, 200) USING ERRCODE = '22023';
    END IF;
    SELECT * INTO prior FROM team.changes x WHERE x.change_id = c->>'id';
    IF FOUND THEN
      IF prior.desk <> d THEN
        -- Says nothing of where the id is used: another desk's log is none of this login's business.
        change_id := c->>'id'; seq := NULL; outcome := 'refused'; duplicate := false; standing_seq := NULL;
        standing_value := to_jsonb('this change id is already taken; make the change again'::text); standing_author := NULL;
        RETURN NEXT;
        CONTINUE;
      END IF;
      change_id := prior.change_id; seq := prior.seq; outcome := prior.outcome; duplicate := true;
      standing_seq := prior.standing_seq; standing_value := prior.standing_value; standing_author := prior.standing_author;
      RETURN NEXT;
      CONTINUE;
    END IF;
    why := team.change_refusal(c);
    IF why IS NOT NULL THEN
      change_id := c->>'id'; seq := NULL; outcome := 'refused'; duplicate := false; standing_seq := NULL;
      standing_value := to_jsonb(why); standing_author := NULL;
      RETURN NEXT;
      CONTINUE;
    END IF;
    SELECT * INTO cur FROM team.fields f WHERE f.desk = d AND f.document_id = c->>'document' AND f.claim_id = c->>'claim' AND f.field = c->>'field';
    known := FOUND;
    stand := NULL;
    base := NULL;
    IF known THEN
      IF jsonb_typeof(c->'baseChange') = 'string' THEN
        SELECT CASE x.outcome WHEN 'applied' THEN x.seq WHEN 'merged' THEN x.standing_seq ELSE -1 END INTO base
        FROM team.changes x WHERE x.change_id = c->>'baseChange' AND x.desk = d;
        base := coalesce(base, -1);
      ELSIF jsonb_typeof(c->'base') = 'number' THEN
        base := (c->>'base')::bigint;
      ELSE
        base := 0;
      END IF;
    END IF;
    IF NOT known OR cur.seq = base THEN
      verdict := 'applied';
    ELSIF cur.value IS NOT DISTINCT FROM c->'value' THEN
      verdict := 'merged';
      stand := cur.seq;
    ELSE
      verdict := 'conflict';
      stand := cur.seq;
    END IF;
    stand_author := CASE WHEN verdict = 'conflict' THEN (SELECT x.author FROM team.changes x WHERE x.desk = d AND x.seq = stand) END;
    next_seq := next_seq + 1;
    INSERT INTO team.changes (desk, seq, change_id, author, device, document_id, claim_id, field, before, value, outcome, standing_seq, standing_value, standing_author, made_at)
    VALUES (d, next_seq, c->>'id', session_user, push.device, c->>'document', c->>'claim', c->>'field', c->'before', c->'value', verdict, stand,
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
  PERFORM pg_notify(chan, next_seq::text);
END $$;

GRANT EXECUTE ON FUNCTION team.hello(int), team.push(int, text, jsonb) TO factcheck_reviewer;
