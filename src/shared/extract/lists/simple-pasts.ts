import { lines } from './lines.ts';

/**
 * Verbs in the simple past that are never a participle, a noun or an adjective, one a line: a source phrase never
 * ends on one ("The minister went" on television to say ...; source-phrase.ts isSourcePhrase). The past tenses the
 * tagger's lexicon (compromise) knows alone whose participle has another form ("went"/"gone"), less "broke" ("went
 * broke"). -ed forms are never here: they are participles as often ("those interviewed").
 */
export const SIMPLE_PASTS: ReadonlySet<string> = new Set(
  lines(`
arose
ate
began
blew
chose
did
drank
drove
fell
flew
forbade
forgave
forgot
forsook
froze
gave
got
grew
hid
knew
outgrew
oversaw
rang
rode
sang
sank
saw
shook
shrank
spoke
stole
swam
swore
threw
took
tore
underwent
undid
went
withdrew
wore
wove
wrote
`),
);
