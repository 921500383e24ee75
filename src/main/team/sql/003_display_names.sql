-- Reviewers by the names they give themselves, not their database logins: each login sets its own name only
-- (a reviewer can never name a colleague), and every client shows the desk's changes and conflicts by these
-- names. Older clients keep working and keep showing logins.

SET LOCAL ROLE factcheck_owner;

-- Protocol 3: team.set_name and team.people. Clients of protocol 2 are still served.
UPDATE team.server_info SET protocol = 3;

ALTER TABLE team.reviewers ADD COLUMN display_name text
  CHECK (display_name IS NULL OR (char_length(display_name) BETWEEN 1 AND 100 AND display_name !~ '[[:cntrl:]]' AND display_name = btrim(display_name)));

-- Sets the caller's own name (trimmed; 1 to 100 characters, no control characters, not another reviewer's) and returns it.
CREATE FUNCTION team.set_name(client_protocol int, display text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, team
AS $$
DECLARE
  d text := team.check_client(client_protocol);
  clean text := btrim(coalesce(display, ''));
BEGIN
  IF char_length(clean) NOT BETWEEN 1 AND 100 OR clean ~ '[[:cntrl:]]' THEN
    RAISE EXCEPTION 'A reviewer''s name is 1 to 100 characters without control characters.' USING ERRCODE = 'FC422';
  END IF;
  -- Why: a name is how colleagues know whose change it was; nobody may take a name another reviewer has.
  IF EXISTS (SELECT 1 FROM team.reviewers r WHERE r.desk = d AND r.role <> session_user AND lower(r.display_name) = lower(clean)) THEN
    RAISE EXCEPTION 'Another reviewer of this desk already goes by that name; choose another.' USING ERRCODE = 'FC409';
  END IF;
  UPDATE team.reviewers SET display_name = clean WHERE role = session_user AND desk = d;
  RETURN clean;
END $$;

-- The names of the caller's desk's reviewers, by login (a login without a name is left out).
CREATE FUNCTION team.people(client_protocol int) RETURNS TABLE (login name, display_name text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, team
AS $$
DECLARE d text := team.check_client(client_protocol);
BEGIN
  RETURN QUERY SELECT r.role, r.display_name FROM team.reviewers r WHERE r.desk = d AND r.display_name IS NOT NULL;
END $$;

GRANT EXECUTE ON FUNCTION team.set_name(int, text), team.people(int) TO factcheck_reviewer;
