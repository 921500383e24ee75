import { DATA_VERB_BASES, INVERTIBLE_VERB_BASES, NOUN_LIKE_BASES, SPEECH_VERB_BASES } from './lists/speech-verbs.ts';
import { allForms, verbForms } from './lists/verb-forms.ts';

/** Verbs that attribute what follows (or precedes) to a speaker or a record: every form of lists/speech-verbs.ts. */
export const SPEECH_VERBS: readonly string[] = SPEECH_VERB_BASES.flatMap(verbForms).filter((form) => !NOUN_LIKE_BASES.has(form));

/** Speech verbs that can come before their speaker ("said Ana Pires"), from lists/speech-verbs.ts; no bare forms but "say". */
export const INVERTIBLE_CUES: readonly string[] = INVERTIBLE_VERB_BASES.flatMap((line) => verbForms(line).slice(1)).concat('say');

/** Verbs for which only records, data and documents are a source ("state records show"). */
export const DATA_VERBS: ReadonlySet<string> = new Set(allForms(DATA_VERB_BASES));

/** Head nouns of sources that do not identify anyone a reader could look up. */
export const ANONYMOUS_HEADS = new Set([
  'official', 'officials', 'source', 'sources', 'reports', 'people', 'person', 'expert', 'experts', 'critic',
  'critics', 'resident', 'residents', 'analyst', 'analysts', 'observer', 'observers', 'media', 'diplomat',
  'diplomats', 'insider', 'insiders', 'witness', 'witnesses', 'authorities', 'aide', 'aides', 'spokesperson',
  'spokesman', 'spokeswoman', 'spokespeople', 'lawmakers', 'legislators', 'groups', 'activists', 'campaigners',
  'researchers', 'scientists', 'economists', 'investors', 'traders', 'employees', 'staff', 'workers', 'someone',
  'others', 'some', 'many', 'neighbours', 'neighbors', 'locals', 'members', 'executives', 'advisers', 'advisors',
  'commentators', 'opponents', 'supporters', 'participants', 'agents', 'officers', 'negotiators', 'intelligence',
  'colleagues', 'friends', 'relatives', 'families', 'parents', 'students', 'teachers', 'doctors', 'nurses',
  'insiders', 'pundits', 'rumours', 'rumors', 'estimates', 'studies', 'polls', 'surveys', 'prosecutors',
  'investigators', 'detectives', 'regulators', 'lawyers', 'attorneys', 'academics', 'scholars', 'historians',
  'protesters', 'demonstrators', 'villagers', 'survivors', 'victims', 'farmers', 'firefighters', 'rescuers',
  'soldiers', 'troops', 'commanders', 'militants', 'rebels', 'engineers', 'inspectors', 'organisers', 'organizers',
  'volunteers', 'environmentalists', 'conservationists', 'landlords', 'tenants', 'developers', 'patients',
  'passengers', 'customers', 'voters', 'bankers', 'lenders', 'medics', 'paramedics',
]);

/** Words that identify a document only when a determiner makes it specific ("its report" vs "a report"). */
export const DOCUMENT_HEADS = new Set(['report', 'study', 'survey', 'poll', 'analysis', 'assessment', 'review']);

/** Other records that can give a list its source ("The ruling lists three violations:"). */
export const RECORD_NOUNS = [
  'ruling', 'judgment', 'judgement', 'order', 'indictment', 'complaint', 'lawsuit', 'suit', 'filing', 'statement',
  'letter', 'memo', 'plan', 'proposal', 'bill', 'law', 'budget', 'audit', 'inquiry', 'investigation', 'document',
  'release', 'announcement', 'agreement', 'deal', 'contract', 'decision', 'verdict', 'opinion', 'guidance', 'rules',
  'regulations', 'policy', 'manifesto', 'treaty', 'register', 'census', 'database', 'dataset', 'index', 'data',
] as const;

/** Plural heads of records and documents a reader can look up ("state records", "meeting minutes"). */
export const DOCUMENT_PLURALS = new Set([
  'records', 'documents', 'minutes', 'filings', 'data', 'figures', 'statistics', 'files', 'transcripts', 'papers',
  'accounts', 'results', 'logs', 'archives', 'emails', 'texts', 'letters', 'notes', 'images', 'photos', 'videos',
  'recordings', 'charts', 'tables', 'maps', 'numbers', 'documents',
]);

/** Personal pronouns that stand for a named speaker. */
export const PERSON_PRONOUNS = new Set(['he', 'she']);

/** Nouns for an organisation or record that "it said" can refer back to ("The company ..., it said"). */
export const BODY_NOUNS =
  'company|firm|group|agency|ministry|department|government|council|utility|bank|court|board|committee|commission|authority|hospital|university|school|airline|carrier|union|party|club|team|organi[sz]ation|charity|office|service|institute|network|manufacturer|retailer|regulator|army|military|navy|police|county|city|state|report|study|survey|statement|website|newspaper|broadcaster|station|platform|operator|insurer|lender|owner|developer|prosecution|administration|campaign|foundation|fund|watchdog|association|federation|league|district';

/** Role words that precede a name ("Mayor Carlos Duarte"); dropped when a pronoun is resolved to that name. */
export const TITLE_WORDS = new Set([
  'mayor', 'president', 'judge', 'senator', 'sen.', 'governor', 'gov.', 'minister', 'prime', 'secretary', 'general',
  'gen.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'professor', 'prof.', 'chief', 'director', 'district',
  'u.s.', 'us', 'state', 'federal', 'police', 'commissioner', 'representative', 'rep.', 'ambassador', 'chancellor',
  'spokesperson', 'spokesman', 'spokeswoman', 'ceo', 'chairman', 'chairwoman', 'chair', 'sheriff', 'captain',
  'lt.', 'col.', 'colonel', 'lieutenant', 'sergeant', 'officer', 'deputy', 'attorney', 'vice', 'foreign',
  'defence', 'defense', 'health', 'finance', 'interior', 'justice', 'supreme', 'court', 'of', 'councillor',
  'councilor', 'councilman', 'councilwoman', 'alderman', 'leader', 'union', 'party', 'opposition', 'transport',
  'education', 'economy', 'trade', 'environment', 'minority', 'majority', 'speaker', 'premier', 'king', 'queen',
  'prince', 'princess', 'pope', 'bishop', 'rabbi', 'imam', 'coach', 'manager', 'inspector', 'superintendent',
  'detective', 'constable', 'trooper', 'admiral', 'major', 'private', 'corporal', 'sgt.', 'capt.', 'sir', 'dame',
  'lord', 'lady', 'mp', 'mep', 'senior', 'executive', 'founder', 'owner', 'chairperson', 'treasurer', 'auditor',
  'prosecutor', 'counsel', 'lawyer', 'solicitor', 'barrister', 'justice', 'magistrate', 'coroner', 'chancellor',
]);

/** Role words that mark the name after them as a person ("Transport Minister Alan Greaves"). */
export const PERSON_TITLES = /\b(?:Mayor|President|Judge|Senator|Sen\.|Governor|Gov\.|Minister|Secretary|Gen\.|General|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Professor|Prof\.|Chief|Director|Commissioner|Representative|Rep\.|Ambassador|Chancellor|Councillor|Councilor|Councilman|Councilwoman|Alderman|leader|spokesman|spokeswoman|spokesperson|Sheriff|Captain|Colonel|Lieutenant|Sergeant|Inspector|Detective|Prosecutor|Attorney|Speaker|Premier|Coach|CEO|chairman|chairwoman|founder|[Ll]awmaker|[Rr]esident|farmer|teacher|nurse|doctor|owner)\s+((?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)){0,3})/gu;

/** Clause openers that may precede the subject of an attribution ("Although officials insist ..."). */
export const SUBORDINATORS = /^(?:although|though|while|whereas|as|because|but|and|yet|so|still|however|meanwhile|now|since|then)\s+/i;

/** Words that cannot be part of a source noun phrase: auxiliaries and clause words. */
export const NON_NP_WORDS = new Set([
  'is', 'was', 'were', 'are', 'be', 'been', 'being', 'will', 'would', 'could', 'should', 'can', 'may', 'might',
  'must', 'do', 'does', 'did', 'that', 'which', 'not', 'it', 'there', 'if', 'then', 'when', 'because', 'we', 'i',
  'you', 'they', 'also', 'previously', 'later', 'earlier', 'first', 'has', 'have', 'had', 'him', 'them', 'us', 'me',
  'always', 'never', 'long', 'often', 'just', 'ever', 'already', 'still', 'even',
]);

/** Speech verbs that are also nouns ("the claims", "an inspection report"); they count only before a clause. */
export const NOUN_LIKE_CUES = new Set([
  'report', 'reports', 'claims', 'notes', 'states', 'finds', 'shows', 'show', 'estimates', 'says', 'say', 'adds',
  'writes', 'warns', 'tells', 'insist', 'insists', 'admits', 'suggests', 'reveals', 'stresses', 'maintains',
  'concludes', 'indicates', 'indicate', 'answered', 'posted', 'continued', 'found', 'recalls', 'claim', 'warn',
  'estimate', 'note', 'maintain', 'stress', 'suggest', 'conclude', 'confirm', 'admit', 'deny', 'announce',
  'acknowledge', 'predict', 'reveal', 'disclose', 'assert', 'caution',
]);

/** Words that can open the clause after a speech verb ("officials say that", "data show the river ..."). */
export const CLAUSE_OPENERS = /^(?:(?:that|the|a|an|it|he|she|they|we|i|there|this|these|those|its|his|her|their|our|no|not|some|many|most|all|only|more|fewer|about|nearly|almost|at|in|on|by|how|what|why|when|whether)\b|\d)/i;
