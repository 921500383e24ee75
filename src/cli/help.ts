import { defaultUserDataDir } from '../main/service/data-dir.ts';
import { STATUSES } from '../shared/status.ts';
import { TEAM_HELP } from './team-help.ts';

const ENV_HELP = `environment:
  FACTCHECK_DATA_DIR   the library folder (default: the app's, ${defaultUserDataDir()}/library)

When the app is running on the same library, the command is sent to it and its window shows the change.`;

/** Each command's help text, and the main one. */
export const HELP: Record<string, string> = {
  main: `usage: factcheck <command> [options]

commands:
  import FILE...        import articles (.txt, .md, .html); prints each new document's id
  list                  list the documents, or with --document ID that document's claims
  mark                  set a claim's status (and note)
  report                export a document: Markdown, JSON, CSV or ClaimReview JSON-LD
  settings              show or set who signs reports: reviewer, organisation, its web address
  search QUERY          search every claim, note, source and evidence title of the library
  restore --document ID put back a damaged document's newest readable backup
  extract FILE          show the units the extractor finds in an article, without importing it
  team                  sync with the desk's team server: connect, sync, status, conflicts, resolve
  help [COMMAND]        show help for a command

Run "factcheck COMMAND --help" for a command's options.

${ENV_HELP}`,
  import: `usage: factcheck import FILE... [--url URL] [--anyway] [--json]

Imports article files into the library and prints the id of each new document, one per line.
A file that looks like no article (a menu, a cookie notice, an error page), has no check-worthy claims,
or is already in the library (same text, or a newer version at the same address) is not imported: the
reason is printed and the command exits with 3; run it again with --anyway to import it all the same
(a newer version then replaces the library's copy, keeping the checker's work on unchanged claims).
  --url URL    the article's web address (used in reports and ClaimReview); only with one FILE
  --anyway     import doubtful files without asking
  --json       print the new documents as JSON

${ENV_HELP}`,
  list: `usage: factcheck list [--document ID] [--json]

Without --document: every document with its id, title and claims by status.
With --document ID: that document's claims with number, status, text, source and whether it is anonymous.
  --json       print JSON for scripts

${ENV_HELP}`,
  mark: `usage: factcheck mark --document ID --claim N --status STATUS [--note TEXT]

Sets claim number N's status; the change is in the document's history and can be undone in the app.
  STATUS       ${STATUSES.join(', ')}
  --note TEXT  also replace the claim's note

${ENV_HELP}`,
  report: `usage: factcheck report --document ID --format md|json|csv|claimreview [--out FILE]
                        [--unreviewed] [--dismissed] [--article] [--record] [--allow-incomplete]

Writes the export to FILE, or to standard output. A Markdown report written to FILE gets its sourcing
chart beside it (report.md → report-sourcing.svg), shown in the report as an image.
Before writing, what the export lacks is printed; when a required field is missing (ClaimReview: the
organisation's name and web address, at least one verdict with a reason) nothing is written and the
command exits with 3, unless --allow-incomplete is given.
  --unreviewed        list each Unreviewed claim (md; otherwise they are summarised)
  --dismissed         add dismissed units (md appendix, csv rows, json)
  --article           add the full article text (md, json)
  --record            add the full record: md per-claim record with history; csv the history table
                      (one row per change) instead of the claims; json a "history" array
  --allow-incomplete  write even when a required field is missing
An option that does not apply to the format is refused (exit 2).

${ENV_HELP}`,
  settings: `usage: factcheck settings [--reviewer NAME] [--organisation NAME] [--organisation-url URL]
                          [--require-reason yes|no] [--json]

Shows the desk's settings, after setting the ones given; the app shows and uses the same ones.
  --reviewer NAME          who reviews: named in every verdict's history and the reports
  --organisation NAME      the organisation that publishes the checks: signs every ClaimReview
  --organisation-url URL   its web address (http or https): each review's url is a page there
  --require-reason yes|no  whether a verdict needs a note or evidence to count as a finding
Give an empty value ("") to clear a name or the address.

${ENV_HELP}`,
  search: `usage: factcheck search QUERY [--status STATUS] [--document ID] [--from DATE] [--to DATE] [--limit N] [--json]

Prints the claims whose text, source, note or evidence titles hold every word of QUERY, best first:
document id, claim number, status and text.
  --from/--to DATE   documents imported on or after / on or before DATE (YYYY-MM-DD)
  --limit N          at most N results (default 20, at most 200)

${ENV_HELP}`,
  restore: `usage: factcheck restore --document ID

Replaces a document whose file was found damaged (and moved aside) with its newest readable backup.

${ENV_HELP}`,
  extract: `usage: factcheck extract [--json] FILE

Prints the units the extractor finds: check-worthy claims, then the rest. With --json:
{"title", "text", "claims": [...], "other": [...]}: "text" is the article text every unit's and source's start/end
offsets index; each unit with text, offsets, score, reasons and attribution; an attribution's "trace" names the rule that found
it, the pronoun it resolved ("she") and the sentence ("from": offsets) the name or quotation came from.`,
  team: TEAM_HELP,
};

