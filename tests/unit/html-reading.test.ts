import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { htmlToArticle } from '../../src/main/import/html-article.ts';
import { walk, type El } from '../../src/main/import/html-dom.ts';
import type { ArticleBlock } from '../../src/shared/extract/article.ts';
import { readArticle } from '../../src/main/import/read-article.ts';
import { isFurniture } from '../../src/shared/extract/furniture.ts';
import { extractFromArticle } from '../../src/shared/extract/extract.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const P1 = 'The city council voted 7-2 on Tuesday to close the Elm Street depot, the clerk said.';
const P2 = 'Repairs to the depot would have cost $4.2 million over five years, according to a staff report.';
const P3 = 'The depot employs 45 people, who will move to the new site on Harbour Road by March.';

describe('page furniture lines', () => {
  it.each([
    'Subscribe to the Gadget Weekly YouTube Channel for all of the latest videos, reviews, and more!',
    'Prices are subject to change without notice.',
    'Subscribe to The Courier’s newsletters.',
    'Get the latest updates right in your inbox.',
    'This website uses cookies to improve your experience.',
    'Sign In',
    'Close',
    'Skip to content',
    'https://www.example.com/news/article/Some-story-123.php',
    'Filed under: Politics |',
    '5 min read',
    '3 of 12',
    'Posted: Fri 6:45 PM, Feb 16, 2018 | Updated: Sat 8:31 PM, Feb 17, 2018',
    'This document is subject to copyright.',
    'Follow Newsround on Instagram, Facebook and YouTube.',
  ])('drops "%s"', (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  it.each([
    'Published in 2019, the report found 5 million homes were at risk.',
    'Prices rose 4% in March, the statistics office said.',
    'Close to 300 people were evacuated on Monday.',
    'Subscribers to the service rose to 2 million.',
  ])('keeps the sentence "%s"', (line) => {
    expect(isFurniture(line)).toBe(false);
  });
});

describe('article body', () => {
  it('never loses what Readability finds on the page as it is, even when the furniture filter would', () => {
    // The article sits in an element whose class looks like furniture and which is not the biggest block.
    const page = `<html><body><h1>Depot to close</h1><div class="story-share-wrapper"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>
      <div class="comments"><p>${'I think this is a terrible idea and the council should resign. '.repeat(3)}</p></div></body></html>`;
    const text = htmlToArticle(page).blocks.map((b) => b.text);
    expect(text).toEqual(expect.arrayContaining([P1, P2, P3]));
  });

  it('reads a heading held inside a paragraph (as Readability can leave it) as a heading, then the text after it', () => {
    // A parser never nests a heading in a paragraph, but Readability's live article can (it turns boxes into paragraphs).
    const { document } = parseHTML('<html><body><div id="root"></div></body></html>');
    const root = document.getElementById('root')!;
    const para = document.createElement('p');
    const heading = document.createElement('h3');
    heading.textContent = 'How the vote went';
    para.append(heading, document.createTextNode(P3));
    root.append(para);
    const blocks: ArticleBlock[] = [];
    walk(root as unknown as El, blocks);
    expect(blocks).toEqual([{ kind: 'heading', text: 'How the vote went' }, { kind: 'paragraph', text: P3 }]);
  });

  it('reads the body from the JSON-LD article when the page shows almost none of it', () => {
    const body = [P1, P2, P3].join('\n\n');
    const page = `<html><head><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Depot to close', articleBody: body })}</script></head>
      <body><h1>Depot to close</h1><div id="app">Loading…</div></body></html>`;
    expect(htmlToArticle(page).blocks.map((b) => b.text)).toEqual([P1, P2, P3]);
  });
});

describe('article metadata', () => {
  const page = `<!doctype html><html lang="en-GB"><head><title>Depot to close | The Courier</title>
    <link rel="canonical" href="https://courier.example/news/depot">
    <meta property="og:site_name" content="The Courier">
    <meta property="article:published_time" content="2024-03-05T09:00:00Z">
    <meta property="article:modified_time" content="2024-03-05T12:30:00Z">
    <meta name="author" content="Jo Lin">
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Courier"},
      {"@type":"NewsArticle","headline":"Council votes to close Elm Street depot","author":[{"@type":"Person","name":"Jo Lin"},{"@type":"Person","name":"Sam Reyes"}],
       "publisher":{"@type":"Organization","name":"The Courier"},"datePublished":"2024-03-05T09:00:00Z","dateModified":"2024-03-05T12:30:00Z"}]}</script>
    </head><body><article><h1>Depot to close</h1><p class="byline">By Jo Lin and Sam Reyes</p><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></body></html>`;

  it('keeps headline, site, authors, dates, canonical address and language from JSON-LD and meta tags', () => {
    const { metadata } = htmlToArticle(page);
    expect(metadata).toMatchObject({
      headline: 'Council votes to close Elm Street depot',
      siteName: 'The Courier',
      authors: ['Jo Lin', 'Sam Reyes'],
      published: '2024-03-05T09:00:00Z',
      updated: '2024-03-05T12:30:00Z',
      canonicalUrl: 'https://courier.example/news/depot',
      language: 'en-GB',
    });
  });

  it('passes the metadata on with the extraction, and leaves it out when a page gives none', () => {
    expect(readArticle('depot.html', enc(page)).metadata?.siteName).toBe('The Courier');
    expect(extractFromArticle(htmlToArticle(`<p>${P1}</p>`)).metadata).toBeUndefined();
  });

  it('refuses a canonical address that is not http(s)', () => {
    const bad = page.replace('https://courier.example/news/depot', 'javascript:alert(1)');
    expect(htmlToArticle(bad).metadata?.canonicalUrl).toBeUndefined();
    expect(htmlToArticle(bad).url).toBeNull();
  });
});

describe('links to other stories, decided on the page structure', () => {
  const page = (extra: string) =>
    `<html><head><title>Depot to close</title></head><body><article><h1>Depot to close</h1><p>${P1}</p><p>${P2}</p>${extra}<p>${P3}</p></article></body></html>`;
  const texts = (html: string) => htmlToArticle(html).blocks.map((b) => b.text);

  it('drops a list of teaser links and a heading that is only a link', () => {
    const related = '<ul><li><a href="/a">Council approves new bus lanes on Main Street</a></li><li><a href="/b">Harbour Road site opens to the public</a></li><li><a href="/c">Five things to know about the budget vote</a></li></ul>';
    const got = texts(page(`${related}<h3><a href="/d">Mayor says tax rise is off the table</a></h3>`));
    expect(got).not.toContain('Council approves new bus lanes on Main Street');
    expect(got).not.toContain('Five things to know about the budget vote');
    expect(got).not.toContain('Mayor says tax rise is off the table');
    expect(got).toEqual(expect.arrayContaining([P1, P2, P3]));
  });

  it('keeps a story’s own paragraph that is one link, and a list with a link or two among text', () => {
    const own = '<p><a href="/report.pdf">The staff report found repairs would cost $4.2 million.</a></p>';
    const mixed = '<ul><li>Buses 4 and 7 will stop at Harbour Road.</li><li><a href="/map">A map of the new stops</a></li><li>Parking rises to $3 an hour.</li></ul>';
    const got = texts(page(own + mixed));
    expect(got).toContain('The staff report found repairs would cost $4.2 million.');
    expect(got).toContain('A map of the new stops');
  });
});
