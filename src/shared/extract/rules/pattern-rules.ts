import { SPEECH_VERBS, SUBORDINATORS } from '../lexicon.ts';
import { ATTRIBUTION_PATTERNS } from '../lists/attribution-patterns.ts';
import type { Segment } from '../segments.ts';
import { build, type LocalAttribution } from '../source-phrase.ts';
import type { AttributionRule, RuleExample, RuleInput } from './rule.ts';
import { isSpeechAdverb, wordTags } from '../word-tags.ts';
import { compilePattern, matchPattern, tokenize, type Token, type TokenPattern, type WordClass } from './token-pattern.ts';

const VERBS = new Set(SPEECH_VERBS);

/** The "#" classes a pattern can name. */
export const WORD_CLASSES: Readonly<Record<string, WordClass>> = {
  word: () => true,
  ly: (t) => /^\p{L}+ly$/iu.test(t.text),
  'speech-adverb': (t) => isSpeechAdverb(t.text),
  'speech-verb': (t) => VERBS.has(t.text.toLowerCase()),
  // A word that can open a source: never one that says nobody spoke ("So says nobody at the White House").
  someone: (t) => !/^(?:nobody|no|none|no-one|neither|nor|not|few)$/.test(t.key),
  // Whose something is: a possessive ("Rahman's", "the nurses'") or "his", "her" ("in her words"). Not "their", "its":
  // no person a pronoun can be resolved to.
  // A place's words ("In Ottawa's words") are a capital's, no person a later "she" may mean.
  owner: (t) => /^(?:his|her)$/.test(t.key) || (/\p{L}['’]s$|s['’]$/u.test(t.text) && !isPlaceWord(t.text.replace(/['’]s?$/u, ''))),
};

/** Tags the lexicon gives a place's name. */
const PLACE_TAGS = new Set(['Place', 'City', 'Country', 'Region']);

/** True when the lexicon knows a word as a place's name ("Ottawa", "Canada"). */
function isPlaceWord(word: string): boolean {
  return wordTags(word).some((t) => PLACE_TAGS.has(t));
}

/** Where a pattern rule looks. */
const SCOPES = ['the unit', 'the first clause', 'each clause, last first'] as const;
type Scope = (typeof SCOPES)[number];

interface Step {
  pattern: TokenPattern;
  cue: string | null;
}

interface Draft {
  name: string;
  scope?: Scope;
  loose?: boolean;
  steps: Step[];
  examples: RuleExample[];
}

/**
 * Reads the rule blocks of lists/attribution-patterns.ts into attribution rules. A block without a pattern, an
 * example or a scope, a repeated name, a pattern that does not compile or a key it does not know is refused at load.
 */
export function readPatternRules(data: string = ATTRIBUTION_PATTERNS): AttributionRule[] {
  const defined = new Map<string, string>();
  const drafts: Draft[] = [];
  const classes = (name: string): WordClass | undefined => (Object.hasOwn(WORD_CLASSES, name) ? WORD_CLASSES[name] : undefined);
  data.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const fail = (why: string): never => {
      throw new Error(`attribution patterns, line ${i + 1}: ${why}`);
    };
    const define = /^define\s+([\w-]+):\s*(.+)$/.exec(line);
    if (define) {
      if (defined.has(define[1]!)) fail(`"${define[1]}" is defined twice`);
      defined.set(define[1]!, define[2]!);
      return;
    }
    const [, key, value] = /^([a-z]+):\s*(.*)$/.exec(line) ?? fail(`"${line}" is not "key: value"`);
    const rule = drafts.at(-1);
    if (key === 'rule') {
      if (drafts.some((d) => d.name === value)) fail(`a rule "${value}" is already written`);
      drafts.push({ name: value!, steps: [], examples: [] });
      return;
    }
    if (!rule) return fail(`"${key}" before any "rule:"`);
    if (key === 'in') rule.scope = (SCOPES as readonly string[]).includes(value!) ? (value as Scope) : fail(`"in: ${value}" is none of ${SCOPES.join(', ')}`);
    else if (key === 'source') rule.loose = value === 'loose' ? true : value === 'strict' ? false : fail('"source:" is strict or loose');
    else if (key === 'pattern') rule.steps.push({ pattern: compilePattern(value!, classes, (n) => defined.get(n)), cue: null });
    else if (key === 'cue') (rule.steps.at(-1) ?? fail('"cue:" before any "pattern:"')).cue = value!;
    else if (key === 'example') {
      const [text, source] = value!.split(' => ');
      rule.examples.push({ text: text ?? fail('an example is "<sentence> => <source>"'), source: source ?? fail('an example is "<sentence> => <source>"') });
    } else fail(`no key "${key}"`);
  });
  return drafts.map((d) => {
    if (!d.scope || d.steps.length === 0 || d.examples.length === 0) throw new Error(`attribution patterns: rule "${d.name}" needs "in:", a "pattern:" and an "example:"`);
    return patternRule(d as Required<Draft>);
  });
}

/** The rule a block describes: its patterns tried in order over its scope, the first source found winning. */
function patternRule({ name, scope, loose, steps, examples }: Required<Draft>): AttributionRule {
  const inClause = (text: string, seg: Segment): LocalAttribution | null => {
    // An opening "although", "but", "while"... is read past in a clause, as the subject rules do.
    const body = scope === 'the unit' ? seg.text : seg.text.replace(SUBORDINATORS, (m) => ' '.repeat(m.length));
    const lower = body.toLowerCase();
    let tokens: Token[] | null = null;
    for (const { pattern, cue } of steps) {
      // Most clauses hold none of the words a pattern needs: they are passed over without being tokenized.
      if (pattern.needs && !pattern.needs.some((w) => lower.includes(w))) continue;
      tokens ??= tokenize(body);
      const caps = matchPattern(pattern, tokens);
      const source = caps?.['source'];
      if (!caps || !source) continue;
      // A word token keeps a full stop after it ("saying."); the cue is the words only.
      const said = caps['cue'] ? body.slice(caps['cue'].start, caps['cue'].end).replace(/\s+/g, ' ').replace(/\.+$/, '') : cue;
      if (!said) continue;
      const at = seg.start + source.start;
      const found = build(text, at, text.slice(at, seg.start + source.end), said, loose);
      if (found) return found;
    }
    return null;
  };
  return {
    name,
    examples,
    find({ text, masked, segs }: RuleInput) {
      if (scope === 'the unit') return inClause(text, { text: masked, start: 0, afterQuote: false });
      const clauses = scope === 'the first clause' ? segs.slice(0, 1) : [...segs].reverse();
      for (const seg of clauses) {
        const found = inClause(text, seg);
        if (found) return found;
      }
      return null;
    },
  };
}
