import { lines } from './lines.ts';

/**
 * Labels that head the closing sections of press releases and articles: boilerplate about the company or the
 * author, legal notices and contacts. Matched against a heading's whole text, lower-cased, a final colon left out.
 * ("About" and a name, "About Harbour Transit", is told apart in code: "About the vote" may be the story's own.)
 */
export const CLOSING_SECTIONS = new Set(
  lines(`
###
-30-
about the author
about the authors
about the writer
cautionary note regarding forward-looking statements
cautionary statement regarding forward-looking statements
contact
contacts
for more information
forward looking statements
forward-looking statements
investor contact
investor contacts
investor relations contact
media contact
media contacts
media inquiries
note to editors
notes to editors
press contact
press contacts
safe harbor statement
`),
);
