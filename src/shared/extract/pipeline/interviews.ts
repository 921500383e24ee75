import type { Attribution, ExtractedUnit } from '../../model.ts';
import { speakerName } from '../attribute-sentence.ts';
import type { Doc } from './doc.ts';
import { inherited } from './inherit.ts';

/** Words saying the article is an interview, before its first question ("She spoke to the Herald", "In an interview"). */
const INTERVIEW = /\b(?:interview(?:ed)?|(?:spoke|talked|speaks|talks)\s+(?:to|with)|sat\s+down\s+with|Q&A\s+with)\b/iu;

/** A question turn of an interview: "Q:", "Q.", "Question:". */
const QUESTION = /^\s*(?:Q|Question)\s*[:.]\s+\S/u;
/** An answer turn: "A:", "A.", "Answer:". */
const ANSWER = /^\s*(?:A|Answer)\s*[:.]\s+\S/u;
/** A turn given by a name and a colon, no quotation marks after it: "Brooks: Perception lags reality." */
const NAMED_TURN = /^\s*(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}):\s+[^"“\s]/u;

/**
 * Component "interviews": in an interview set out as questions and answers (a "Q:" turn met after words saying it is
 * an interview), each answer turn ("A:") is the words of the person the article last named as speaking or
 * introduced, and a turn opened by their name ("Brooks: ...") is theirs; the interviewer's turns and anyone else's
 * label give nothing.
 */
export function interviews(doc: Doc): void {
  const { view } = doc;
  let asked = false;
  let interviewed = false;
  let interviewee: { unit: ExtractedUnit; attribution: Attribution } | null = null;
  for (const paragraph of doc.paragraphs) {
    const first = paragraph[0];
    if (!first) continue;
    const opening = view.slice(first.start, first.end);
    if (QUESTION.test(opening)) {
      // Only in an interview: a newsroom's questions and answers ("Here is what commuters need to know.") are its own.
      asked = interviewed;
      continue;
    }
    interviewed ||= paragraph.some((u) => INTERVIEW.test(view.slice(u.start, u.end)));
    const label = NAMED_TURN.exec(opening)?.[1];
    const theirs = interviewee && asked && (ANSWER.test(opening) || (label !== undefined && namesThem(interviewee.attribution.source, label)));
    if (theirs && interviewee) {
      for (const u of paragraph) if (!u.attribution) u.attribution = inherited(interviewee.attribution, 'answer in an interview', interviewee.unit);
      continue;
    }
    for (const u of paragraph) {
      const a = u.attribution ?? doc.introduced.get(u);
      if (a && !a.anonymous && speakerName(a.source)) interviewee = { unit: u, attribution: a };
    }
  }
}

/** True when a turn's label is the person's name or a part of it ("Brooks" for "Chief Dana Brooks"). */
function namesThem(source: string, label: string): boolean {
  const words = new Set(source.split(/\s+/));
  return label.split(/\s+/).every((w) => words.has(w));
}
