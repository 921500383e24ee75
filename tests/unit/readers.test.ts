import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { htmlToArticle, stripSiteName } from '../../src/main/import/html-article.ts';
import { markdownToArticle } from '../../src/main/import/markdown-article.ts';
import { readArticle } from '../../src/main/import/read-article.ts';
import { decodeEntities } from '../../src/main/import/entities.ts';
import type { ExtractedUnit } from '../../src/shared/model.ts';

const enc = (s: string) => new TextEncoder().encode(s);

/** A hand annotation: each unit's opening words, whether it is a claim, its source and anonymity. */
type Annotation = Array<[string, boolean, string | null, boolean | null]>;

/** Checks extracted units against a hand annotation, unit by unit. */
function expectAnnotated(units: ExtractedUnit[], annotation: Annotation): void {
  expect(units).toHaveLength(annotation.length);
  annotation.forEach(([start, claim, source, anonymous], i) => {
    const u = units[i]!;
    expect(u.text.startsWith(start), `unit ${i}: ${u.text}`).toBe(true);
    expect(u.checkworthy, u.text).toBe(claim);
    expect(u.attribution?.source ?? null, u.text).toBe(source);
    if (anonymous !== null) expect(u.attribution?.anonymous, u.text).toBe(anonymous);
  });
}

/** Hand annotation of tests/fixtures/harbour-news.html: every unit a checker reviews, in order. */
const HARBOUR: Annotation = [
  ['Harbour cranes idle as dock workers strike for second week', true, null, null],
  ['Container traffic at the port of Kelso fell by 62 percent', true, 'the port authority', false],
  ['The strike began on Feb. 24 after talks between the union and Kelso Terminal Operators Ltd. broke down over pay.', true, null, null],
  ['"We have offered a 6 percent raise over two years. That offer is still on the table," said Dana Whitfield', true, 'Dana Whitfield', false],
  ['Union leader Tomas Berg told reporters the workers wanted 11 percent.', true, 'Union leader Tomas Berg', false],
  ['He said the last pay rise was in 2021.', true, 'Tomas Berg', false],
  ['Shippers divert cargo', false, null, null],
  ['At least 14 ships have been diverted to other ports', true, 'data from the shipping tracker VesselWatch', false],
  ['Some retailers warned of empty shelves within weeks, people familiar with the matter said.', true, 'people familiar with the matter', true],
  ['Is the government ready to step in?', false, null, null],
  ['Transport Minister Alan Greaves declined to comment on Tuesday.', true, null, null],
  ['It is a dispute that has dragged on far too long.', false, null, null],
];

describe('HTML articles', () => {
  it('extracts the article body and nothing of the page around it', async () => {
    const { units, title, text } = readArticle('harbour-news.html', await readFile('tests/fixtures/harbour-news.html'));
    expect(title).toBe('Harbour cranes idle as dock workers strike for second week');
    expectAnnotated(units, HARBOUR);
    for (const furniture of ['cookies', 'Sign up', 'Share on', 'Priya Natarajan', 'Cranes stand idle', 'Related', 'Port expansion plan', 'Most read', 'All rights reserved', 'dataLayer', 'NewsArticle', 'Privacy policy', 'Sport']) {
      expect(text, furniture).not.toContain(furniture);
    }
  });

  it('keeps offsets into the cleaned text', async () => {
    const { units, text } = readArticle('harbour-news.html', await readFile('tests/fixtures/harbour-news.html'));
    for (const u of units) {
      expect(text.slice(u.start, u.end)).toBe(u.text);
      if (u.attribution && u.attribution.source === text.slice(u.attribution.start, u.attribution.end)) expect(u.attribution.end).toBeLessThanOrEqual(u.end);
    }
  });

  it('reviews the headline once when title and h1 repeat it, without the site name', () => {
    const page = '<html><head><title>Bridge closes for repairs | The Ledger</title></head><body><h1>Bridge closes for repairs</h1><p>The bridge closed on Monday for six weeks of repairs, the city said.</p></body></html>';
    const a = htmlToArticle(page);
    expect(a.headline).toBe('Bridge closes for repairs');
    expect(a.blocks.map((b) => b.text)).toEqual(['The bridge closed on Monday for six weeks of repairs, the city said.']);
    expect(stripSiteName('Bridge closes | The Ledger', null)).toBe('Bridge closes');
  });

  it('never carries scripts, handlers or links into the text', () => {
    const page = '<html><body><h1>Water main bursts</h1><p>A water main burst on Elm Street on Friday, the utility said.<script>alert(1)</script></p><p><img src=x onerror="alert(2)">Repairs took <a href="javascript:alert(3)">nine hours</a>, crews said.</p><iframe src="https://ads.test"></iframe></body></html>';
    const { text } = readArticle('x.html', enc(page));
    expect(text).not.toMatch(/alert|script|onerror|javascript|iframe/);
    expect(text).toContain('Repairs took nine hours, crews said.');
  });

  it('sniffs an HTML page saved as .txt', () => {
    const { title, text } = readArticle('saved.txt', enc('<!DOCTYPE html><html><head><title>Dam opens</title></head><body><h1>Dam opens</h1><p>The dam opened in May after 9 years of work, engineers said.</p></body></html>'));
    expect(title).toBe('Dam opens');
    expect(text).not.toContain('<');
  });
});

/** Hand annotation of tests/fixtures/wire-drought.txt (wire copy: byline, dateline, credits line, promo). */
const WIRE: Annotation = [
  ['Drought forces water cuts across southern farms', true, null, null],
  ['Spain will cut irrigation water to farms in the south by 30% from next month', true, 'the agriculture ministry', false],
  ['Reservoirs in the Guadalquivir basin are at 18% of capacity', true, 'data published by the ministry', false],
  ['"We have no choice.', true, 'Agriculture Minister Luis Planas', false],
  ['"Farmers will be compensated," he added.', true, 'Luis Planas', false],
  ['Farm groups said the cuts would cost the sector at least 1.2 billion euros.', true, 'Farm groups', true],
  ['The ministry did not say how compensation would be paid.', true, null, null],
  ['Critics argue the government waited too long.', false, 'Critics', true],
  ['Will the rains come in time?', false, null, null],
];

describe('plain-text wire copy', () => {
  it('drops byline, dateline, promo and credits; resolves "he" past the role words', async () => {
    const { units, text } = readArticle('wire-drought.txt', await readFile('tests/fixtures/wire-drought.txt'));
    expectAnnotated(units, WIRE);
    expect(units.map((u) => u.text).join(' ')).not.toMatch(/Elena Ruiz|Reporting by|READ MORE|MADRID \(Reuters\)/);
    expect(text).toContain('MADRID (Reuters)');
  });
});

describe('HTML from another kind of page', () => {
  it('keeps standfirst, quotes and list items; drops author box, ads, "Related", captions and newsletter promos', async () => {
    const { units, text, url } = readArticle('citydesk-rent.html', await readFile('tests/fixtures/citydesk-rent.html'));
    expect(url).toBe('https://citydesk.example/housing/rent-freeze');
    for (const gone of ['Jo Park', 'Published 14 March', 'Advertisement', 'Related', 'Landlords warn', 'Tenants celebrate', 'Sign up', '©', 'Home']) expect(text, gone).not.toContain(gone);
    const items = units.filter((u) => u.kind === 'list-item');
    expect(items.map((u) => [u.text, u.checkworthy, u.attribution?.source])).toEqual([
      ['Two-bedroom flats went from £700 to £980 a month.', true, "The tenants' association"],
      ['Service charges doubled.', true, "The tenants' association"],
    ]);
    expect(units.find((u) => u.text.startsWith('Councillor Tom Reid'))!.attribution?.source).toBe('Councillor Tom Reid');
    expect(units.find((u) => u.text.startsWith('He called it'))!.checkworthy).toBe(false);
    expect(units.find((u) => u.text.includes('council spokesperson'))!.attribution).toMatchObject({ source: 'a council spokesperson', anonymous: true });
  });
});

describe('HTML with every paragraph in its own block wrapper', () => {
  it('reads the paragraphs and drops byline, caption, topics and "more on this story"', async () => {
    const { units, text, url, title } = readArticle('storm-divs.html', await readFile('tests/fixtures/storm-divs.html'));
    expect(title).toBe('Storm Ellen: 20,000 homes without power');
    expect(url).toBe('https://www.bbc.example/news/uk-123');
    for (const gone of ['Sam Lee', 'Fallen trees', 'Related Topics', 'More on this story', 'Storm Dennis', 'Accessibility']) expect(text, gone).not.toContain(gone);
    expect(units.map((u) => u.attribution?.source ?? null)).toEqual([null, null, 'Western Power Distribution', null, 'Gwen Price', 'Natural Resources Wales']);
    expect(units.filter((u) => !u.checkworthy).map((u) => u.text)).toEqual(['"It was the worst night I can remember," said Gwen Price, 71, from Brecon.']);
  });
});

/** Hand annotation of tests/fixtures/senate-bill.html: unit, check-worthy (null: either way), source. */
const SENATE_BILL: Array<[string, boolean | null, string | null]> = [
  ['Senate passes $1.2tn infrastructure bill after months of talks', true, null],
  ['Nineteen Republicans joined Democrats', true, null],
  ['The US Senate on Tuesday passed', true, null],
  ['The bill includes $550bn', true, 'the Congressional Budget Office'],
  ['It sets aside $65bn', true, null],
  ['Sen. Kyrsten Sinema (D-Ariz.)', true, 'Sen. Kyrsten Sinema'],
  ['She added that talks', true, 'Kyrsten Sinema'],
  ['Senate Minority Leader Mitch McConnell voted', true, null],
  // He is quoted ("calling it 'a disgrace'"): the quoted words are his, so he is the source.
  ['Former President Donald Trump had urged', true, 'Former President Donald Trump'],
  ['A senior White House official', true, 'A senior White House official'],
  ['Sources close to House Speaker Nancy Pelosi', true, 'Sources close to House Speaker Nancy Pelosi'],
  ['The bill is expected to create', true, 'the Economic Policy Institute'],
  ['Critics say the figure is inflated.', null, 'Critics'],
  ['Is it enough?', false, null],
  ['Many economists think not.', false, null],
  ["Gov. Gavin Newsom's office said", true, "Gov. Gavin Newsom's office"],
  ['The last comparable package', true, null],
];

describe('HTML with an appositive speaker, a social embed and a credits line', () => {
  it('matches the hand annotation and drops the embed, byline, caption, promos and credits', async () => {
    const { units, text } = readArticle('senate-bill.html', await readFile('tests/fixtures/senate-bill.html'));
    for (const gone of ['Today the Senate did its job', 'Jordan Lee', 'Photograph', 'Related', 'Sign up', 'contributed reporting', '©', 'cookies']) expect(text, gone).not.toContain(gone);
    expect(units).toHaveLength(SENATE_BILL.length);
    SENATE_BILL.forEach(([start, claim, source], i) => {
      const u = units[i]!;
      expect(u.text.startsWith(start), u.text).toBe(true);
      if (claim !== null) expect(u.checkworthy, u.text).toBe(claim);
      expect(u.attribution?.source ?? null, u.text).toBe(source);
    });
    expect(units.filter((u) => u.attribution?.anonymous).map((u) => u.attribution!.source)).toEqual(['A senior White House official', 'Sources close to House Speaker Nancy Pelosi', 'Critics']);
  });
});

describe('a live page with a key-points list and time-stamped posts', () => {
  it('keeps the key points, posts and their headings; drops time stamps, consent, share tools, ads and footer', async () => {
    const { units, text } = readArticle('live-rates.html', await readFile('tests/fixtures/live-rates.html'));
    for (const gone of ['12:04', 'BST', 'cookies', 'Copy link', 'Advertisement', 'Registered in England', 'Markets Economy']) expect(text, gone).not.toContain(gone);
    const claims = units.filter((u) => u.checkworthy).map((u) => [u.text.split(' ').slice(0, 4).join(' '), u.attribution?.source ?? null]);
    expect(claims).toEqual([
      ['Interest rates held at', null],
      ['The Bank of England', null],
      ['Three of nine policymakers', null],
      ['Inflation fell to 2.3%', 'official figures'],
      ['Governor Andrew Bailey told', 'Governor Andrew Bailey'],
      ['He said a June', 'Andrew Bailey'],
      ['The Monetary Policy Committee', null],
      ['Deputy Governor Dave Ramsden', 'the minutes'],
      ['Markets now price a', 'LSEG data'],
      ['Most economists polled by', null],
      ['The pound fell 0.4%', null],
    ]);
    expect(units.filter((u) => !u.checkworthy).map((u) => u.text)).toContain('Some think it has waited too long.');
  });
});

describe('an older page: a layout table, lines set with <br>, text beside paragraphs', () => {
  it('reads each <br> line as its own paragraph and drops the repeated headline, the stamp and the rights line', async () => {
    const { units, text } = readArticle('layout-table-br.html', await readFile('tests/fixtures/layout-table-br.html'));
    for (const gone of ['Posted', 'Copyright', 'Home']) expect(text, gone).not.toContain(gone);
    expect(units.map((u) => [u.kind, u.text.split(' ').slice(0, 3).join(' '), u.attribution?.source ?? null])).toEqual([
      ['headline', 'Water main break', null],
      ['sentence', 'A 24-inch water', "the city's water department"],
      ['sentence', 'Crews expect to', 'department spokesman Carl Benz'],
      ['sentence', 'He said the', 'Carl Benz'],
      ['sentence', 'Residents were told', null],
    ]);
  });

  it('keeps text that sits directly beside paragraphs, and joins a line broken mid-sentence', () => {
    const html = '<html><body><div>The dam held on Sunday, engineers said.<p>Water levels fell 2 metres overnight.</p>Roads reopened on Monday<br>morning, police said.</div></body></html>';
    const { units } = readArticle('page.html', new TextEncoder().encode(html));
    expect(units.map((u) => u.text)).toEqual(['The dam held on Sunday, engineers said.', 'Water levels fell 2 metres overnight.', 'Roads reopened on Monday morning, police said.']);
  });
});

describe('a page that names its parts in data attributes', () => {
  it('drops the byline block, tag list and links block; reads quoted verdicts as not check-worthy', async () => {
    const { units, text, url } = readArticle('nhs-blocks.html', await readFile('tests/fixtures/nhs-blocks.html'));
    expect(url).toBe('https://www.bbc.example/news/health-1');
    for (const gone of ['Nick Triggle', 'Health correspondent', 'More on this story', 'Junior doctors to strike', 'The target of 18 weeks', 'Copyright']) expect(text, gone).not.toContain(gone);
    expect(units.filter((u) => !u.checkworthy).map((u) => u.attribution?.source)).toEqual(['Health Secretary Victoria Atkins', "the King's Fund think tank"]);
    expect(units.find((u) => u.text.startsWith('She said strikes'))!.attribution?.source).toBe('Victoria Atkins');
  });
});

describe('Markdown articles', () => {
  it('keeps headings, paragraphs and list items, drops front matter, bylines, images and markup', async () => {
    const { units, title, text } = readArticle('budget-report.md', await readFile('tests/fixtures/budget-report.md'));
    expect(title).toBe('City council approves $48 million budget with library cuts');
    expect(text).not.toMatch(/title:|Marta Gomez|chamber\.jpg|\*\*|^#/m);
    const items = units.filter((u) => u.kind === 'list-item');
    expect(items.map((u) => u.text)).toEqual(['Library funding falls by 12 percent.', 'Road repairs receive $3.2 million, up from $2.5 million.', 'Two fire stations will share one engine crew.']);
    for (const i of items) expect(i.attribution?.source).toBe("the finance department's report");
    expect(units.some((u) => u.text.startsWith('Key figures'))).toBe(false);
    const she = units.find((u) => u.text.startsWith('She said'))!;
    expect(she.attribution?.source).toBe('Ruth Adeyemi');
    expect(she.text).toBe('She said the city faced a $4 million shortfall.');
    const quote = units.find((u) => u.text.includes('Closing branches'))!;
    expect(quote.attribution?.source).toBe('Ben Osei');
    expect(units.find((u) => u.text.startsWith('Councillor Ruth Adeyemi called'))!.checkworthy).toBe(false);
    expect(units.find((u) => u.text.startsWith('Critics say'))!.attribution?.anonymous).toBe(true);
    expect(units.at(-1)!.checkworthy).toBe(false);
  });

  it('reads a first short line as the headline when there is no heading', () => {
    const a = markdownToArticle('Tram line delayed\n\nThe tram line will open in 2028, two years late, the transit agency said.');
    expect(a.headline).toBe('Tram line delayed');
    expect(a.blocks).toHaveLength(1);
  });

  it('decodes entities', () => {
    expect(decodeEntities('Fish &amp; chips &#8220;fresh&#8221; &rsquo;')).toBe('Fish & chips “fresh” ’');
  });
});

describe('readArticle', () => {
  it('refuses unsupported files by name', () => {
    expect(() => readArticle('slides.pptx', enc('x'))).toThrow(/slides\.pptx.*not a supported article file/);
    expect(() => readArticle('page.html', enc('<html><body><nav>Menu</nav></body></html>'))).toThrow(/page\.html.*no article text/);
  });

  it('reads curly quotes, non-breaking spaces and CRLF', () => {
    const { units } = readArticle('a.txt', enc('Ferry cancelled\r\n\r\n“The ferry will not sail until Friday,” the operator\u00a0said.\r\n'));
    expect(units[1]!.text).toBe('“The ferry will not sail until Friday,” the operator said.');
    expect(units[1]!.attribution?.source).toBe('the operator');
  });
});
