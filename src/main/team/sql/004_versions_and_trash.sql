-- Everything a reviewer does syncs: an article's newer version (its text and claims as placed by the library
-- that imported it) and moving an article to the trash or back. Both are changes of the document itself
-- (claim ''), numbered and checked like every other; a field's name is now checked in one function, so a
-- field added later does not restate team.push again.

SET LOCAL ROLE factcheck_owner;

-- Protocol 4: the fields "version" and "deleted". Older clients are still served (they set such changes aside).
UPDATE team.server_info SET protocol = 4;

-- The fields a change may set.
CREATE FUNCTION team.known_field(field text) RETURNS boolean
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, team
AS $$ SELECT coalesce(field, '') ~ '^(document|version|deleted|claim|status|note|attribution|dismissed|promoted|evidence:[A-Za-z0-9_-]{1,80})$' $$;

-- A published article or version: every field the library's files need for each claim
-- (a body missing one would be stored, then found damaged by each colleague's library on its next read).
CREATE OR REPLACE FUNCTION team.document_refusal(body jsonb) RETURNS text
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
    IF jsonb_typeof(claim->'start') IS DISTINCT FROM 'number' OR jsonb_typeof(claim->'end') IS DISTINCT FROM 'number'
       OR (claim->>'start') !~ '^\d+$' OR (claim->>'end') !~ '^\d+$' OR (claim->>'start')::numeric > (claim->>'end')::numeric THEN
      -- Offsets count UTF-16 units as the app does; whether they fall inside the text is checked by each library.
      RETURN 'claim ' || (claim->>'id') || ': its place must be two offsets, start before end';
    END IF;
    IF jsonb_typeof(claim->'n') IS DISTINCT FROM 'number' OR coalesce(claim->>'kind', '') NOT IN ('headline', 'heading', 'sentence', 'list-item')
       OR jsonb_typeof(claim->'checkworthy') IS DISTINCT FROM 'boolean' OR jsonb_typeof(claim->'score') IS DISTINCT FROM 'number'
       OR jsonb_typeof(claim->'reasons') IS DISTINCT FROM 'array' OR jsonb_typeof(claim->'attributionEdited') IS DISTINCT FROM 'boolean'
       OR coalesce(claim->>'origin', '') NOT IN ('extracted', 'manual') OR coalesce(jsonb_typeof(claim->'statusChangedAt'), 'missing') NOT IN ('string', 'null')
       OR coalesce(jsonb_typeof(claim->'attribution'), 'missing') NOT IN ('object', 'null') THEN
      RETURN 'claim ' || (claim->>'id') || ': its number, kind, flags, score, reasons, source or origin are missing or malformed';
    END IF;
    IF jsonb_typeof(claim->'evidence') IS DISTINCT FROM 'array' THEN RETURN 'claim ' || (claim->>'id') || ': evidence must be a list'; END IF;
  END LOOP;
  IF jsonb_typeof(body->'sourceName') IS DISTINCT FROM 'string' OR jsonb_typeof(body->'importedAt') IS DISTINCT FROM 'string'
     OR coalesce(jsonb_typeof(body->'sourceUrl'), 'missing') NOT IN ('string', 'null') THEN
    RETURN 'a document needs its source name, import time and address (or null)';
  END IF;
  RETURN NULL;
END $$;

-- Why a change is refused (null: it may be stored). Document-level changes name no claim.
CREATE OR REPLACE FUNCTION team.change_refusal(c jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, team
AS $$
BEGIN
  IF coalesce(c->>'document', '') !~ '^[A-Za-z0-9_-]{1,80}$' THEN RETURN 'the document id must be 1 to 80 letters, digits, "-" or "_"'; END IF;
  IF c->>'field' IN ('document', 'version', 'deleted') THEN
    IF c->>'claim' <> '' THEN RETURN 'a change of the document itself names no claim'; END IF;
    IF c->>'field' = 'deleted' THEN
      IF jsonb_typeof(c->'value') IS DISTINCT FROM 'boolean' THEN RETURN 'deleted must be true or false'; END IF;
      RETURN NULL;
    END IF;
    IF c->>'field' = 'version' THEN
      -- A version is the whole article as the importing library placed it, with the record of its versions.
      IF jsonb_typeof(c->'value'->'versions') IS DISTINCT FROM 'array' OR jsonb_array_length(c->'value'->'versions') NOT BETWEEN 2 AND 10000 THEN
        RETURN 'a version must carry the list of the article''s versions';
      END IF;
    END IF;
    RETURN team.document_refusal(c->'value');
  END IF;
  IF octet_length(coalesce(c->'before', 'null'::jsonb)::text) > 100000 THEN RETURN 'the value it was made on is too large'; END IF;
  IF coalesce(c->>'claim', '') !~ '^[A-Za-z0-9_-]{1,80}$' THEN RETURN 'the claim id must be 1 to 80 letters, digits, "-" or "_"'; END IF;
  RETURN team.value_refusal(c->>'field', c->'value');
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
       OR NOT team.known_field(c->>'field')
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
