import { FEATURE_NAMES, unitFeatures, words, type UnitKind } from './checkworthy-features.ts';
import model from './checkworthy-model.json' with { type: 'json' };

/** Why a unit is, or is not, worth checking, with a score in 0..1. */
export interface Worthiness {
  checkworthy: boolean;
  score: number;
  reasons: string[];
}

/**
 * The hand-made rules' weight of each feature that decides the `checkworthy` flag: a plain declarative sentence
 * starts at 0.5; numbers, dates, names and attributions raise it; questions, opinions, feelings, stances and
 * speculation lower it. Features not listed here only inform the learned score.
 */
const RULE_WEIGHTS: Partial<Record<(typeof FEATURE_NAMES)[number], number>> = {
  number: 0.15, date: 0.1, 'named entity': 0.1, attributed: 0.1, question: -0.6, 'opinion word': -0.45,
  'mild opinion word': -0.1, 'stance only': -0.45, feeling: -0.5, speculation: -0.15, 'not known yet': -0.35,
  vague: -0.2, 'too short': -0.3, subheading: -0.2, conversational: -0.3,
};
const RULES = FEATURE_NAMES.map((name) => RULE_WEIGHTS[name] ?? 0);
/** The names the rules give a reason (both opinion features read as "opinion word"). */
const RULE_REASON = FEATURE_NAMES.map((name) => (name === 'mild opinion word' ? 'opinion word' : name));

/** The learned linear model over the same features: one weight per feature name, and one per n-gram. */
interface Model {
  features: string[];
  bias: number;
  weights: number[];
  ngrams: string[];
  ngramWeights: number[];
}
const MODEL = model as Model;
if (MODEL.features.join('|') !== FEATURE_NAMES.join('|')) throw new Error('checkworthy-model.json was trained on other features: run scripts/train-checkworthy.py');
/** The model's unigram weights, and its bigram weights by first word then second, so no bigram string is built to look one up. */
const UNIGRAM = new Map<string, number>();
const BIGRAM = new Map<string, Map<string, number>>();
MODEL.ngrams.forEach((g, i) => {
  const w = MODEL.ngramWeights[i] ?? 0;
  const space = g.indexOf(' ');
  if (space < 0) UNIGRAM.set(g, w);
  else {
    const first = g.slice(0, space);
    (BIGRAM.get(first) ?? BIGRAM.set(first, new Map()).get(first)!).set(g.slice(space + 1), w);
  }
});

/** How many of the model's strongest features a unit's reasons name, beside the rules' own. */
const MODEL_REASONS = 3;

/**
 * Scores how check-worthy a unit is. The score is the learned model's probability that fact-checkers would pick
 * the sentence, continuous in 0..1, for ranking; the `checkworthy` flag is the rules' decision, which keeps
 * opinions, questions, stances and page headings out whatever their words. Reasons name the rules that fired and
 * then the features that weighed most in the model's score.
 */
export function judgeWorthiness(text: string, attributed: boolean, heading = false, listItem = false, headline = false): Worthiness {
  const kind: UnitKind = headline ? 'headline' : heading ? 'heading' : listItem ? 'list-item' : 'sentence';
  const f = unitFeatures(text, attributed, kind);
  let rule = 0.5;
  let logit = MODEL.bias;
  const reasons: string[] = [];
  for (let i = 0; i < f.length; i++) {
    if (!f[i]) continue;
    logit += MODEL.weights[i] ?? 0;
    rule += RULES[i]!;
  }
  // A headline is a claim only when it states one: the rules see the same in it as in a sentence, and talk
  // ("So let's get started.") is no claim.
  const checkworthy = Math.round(rule * 100) / 100 >= 0.5;
  const direction = checkworthy ? 1 : -1;
  // The n-grams that weigh most on the side of the decision, kept in a few slots rather than a list per sentence.
  const top: [string, number][] = [];
  logit += weighNgrams(text, direction, top);
  const score = Math.round((1 / (1 + Math.exp(-logit))) * 1e6) / 1e6;
  // The rules that fired on the side of the decision, then the model's strongest features on that side.
  for (let i = 0; i < f.length; i++) {
    if (f[i] && RULES[i]! * direction > 0 && !reasons.includes(RULE_REASON[i]!)) reasons.push(RULE_REASON[i]!);
  }
  const strongest: [string, number][] = [];
  for (let i = 0; i < f.length; i++) if (f[i] && !RULES[i]) strongest.push([FEATURE_NAMES[i]!, MODEL.weights[i] ?? 0]);
  for (const [g, w] of top) strongest.push([`n-gram: '${g}'`, w]);
  strongest.sort((a, b) => (b[1] - a[1]) * direction);
  for (const [name, w] of strongest.slice(0, MODEL_REASONS)) if (w * direction > 0.05) reasons.push(name);
  return { checkworthy, score, reasons };
}

/**
 * The sum of the model's weights of a text's n-grams; the strongest on the side of the decision (`direction`) kept
 * in `top`, a few slots rather than a list per sentence. No closure or bigram string is made per word.
 */
function weighNgrams(text: string, direction: number, top: [string, number][]): number {
  let sum = 0;
  let prev = '<s>';
  for (const word of words(text)) {
    const uni = UNIGRAM.get(word);
    const bi = BIGRAM.get(prev)?.get(word);
    if (uni !== undefined) {
      sum += uni;
      if (uni * direction > 0) keepStrongest(top, word, uni);
    }
    if (bi !== undefined) {
      sum += bi;
      if (bi * direction > 0) keepStrongest(top, `${prev} ${word}`, bi);
    }
    prev = word;
  }
  return sum;
}

/** Keeps an n-gram among the MODEL_REASONS strongest seen so far. */
function keepStrongest(top: [string, number][], gram: string, w: number): void {
  if (top.length < MODEL_REASONS) {
    top.push([gram, w]);
    return;
  }
  let weakest = 0;
  for (let k = 1; k < top.length; k++) if (Math.abs(top[k]![1]) < Math.abs(top[weakest]![1])) weakest = k;
  if (Math.abs(w) > Math.abs(top[weakest]![1])) top[weakest] = [gram, w];
}
