/** A small deterministic PRNG (mulberry32), so generated benchmark text is the same every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['Ana Pires', 'Tomas Berg', 'Lena Morales', 'Dana Whitfield', 'Carlos Duarte', 'Ruth Adeyemi', 'Jane R. Doe', 'Alan Greaves'];
const TITLES = ['Mayor', 'Sen.', 'Dr.', 'Gen.', 'Councillor', 'Mr.', 'Prof.'];
const PLACES = ['St. Louis, Mo.', 'Porto Alto', 'the U.S. capital', 'Kelso', 'Fort Hale', 'the Tarrow River valley'];
const ORGS = ['Delmar Industries Inc.', 'the port authority', 'the U.N. agency', 'Kelso Terminal Operators Ltd.', 'the district fire service'];
const ANON = ['officials', 'people familiar with the plans', 'a senior official who asked not to be named', 'residents', 'critics'];

/** One sentence of news-like prose with numbers, dates, abbreviations, quotes and attributions. */
function sentence(r: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const n = Math.floor(r() * 9000) + 10;
  const pct = (r() * 20).toFixed(1);
  switch (Math.floor(r() * 9)) {
    case 0:
      return `${pick(TITLES)} ${pick(NAMES)} said on Jan. ${1 + Math.floor(r() * 28)} that ${n} homes near ${pick(PLACES)} had lost power.`;
    case 1:
      return `Spending rose ${pct} percent to $${(r() * 9).toFixed(1)} billion, according to ${pick(ORGS)}.`;
    case 2:
      return `"We counted ${n} trucks at 8 a.m. Most were empty," said ${pick(NAMES)}, a driver from ${pick(PLACES)}.`;
    case 3:
      return `The plan was approved in ${1990 + Math.floor(r() * 35)}, ${pick(ANON)} said.`;
    case 4:
      return `Is the project worth ${n} jobs?`;
    case 5:
      return `${pick(ORGS).replace(/^the/, 'The')} announced that ${n} workers would be hired by Dec. 31.`;
    case 6:
      return `It is a remarkable and overdue decision.`;
    case 7:
      // A quotation given to "he" or "she": the sentences before it are where the NLP library reads names.
      return `"We had ${n} calls before noon," ${pick(['he', 'she'])} said.`;
    default:
      return `Shares of ${pick(ORGS)} fell ${pct}% after the U.S. regulator opened an inquiry, citing ${pick(ANON)}.`;
  }
}

/** News-like plain text of about `bytes` bytes: a headline, then paragraphs of two to four sentences. */
export function generateNews(bytes: number, seed = 42): string {
  const r = rng(seed);
  const parts: string[] = ['City braces for record flood season - reports'];
  let size = parts[0]!.length;
  while (size < bytes) {
    const count = 2 + Math.floor(r() * 3);
    const para = Array.from({ length: count }, () => sentence(r)).join(' ');
    parts.push(para);
    size += para.length + 2;
  }
  return parts.join('\n\n');
}
