import { describe, expect, it } from 'vitest';
import { htmlToArticle } from '../../src/main/import/html-article.ts';
import { isFurniture } from '../../src/shared/extract/furniture.ts';

const P1 = 'The city council voted 7-2 on Tuesday to close the Elm Street depot, the clerk said.';
const P2 = 'Repairs to the depot would have cost $4.2 million over five years, according to a staff report.';
const P3 = 'The depot employs 45 people, who will move to the new site on Harbour Road by March.';
const P4 = 'Union leaders said they would ask the council to delay the move until the new site has a canteen.';

/** A story page with `extra` set among its paragraphs (and `after` following them), as the blocks' texts. */
const read = (extra: string, after = ''): string[] =>
  htmlToArticle(
    `<html><head><title>Depot to close</title></head><body><article><h1>Depot to close</h1><p>${P1}</p><p>${P2}</p>${extra}<p>${P3}</p><p>${P4}</p>${after}</article></body></html>`,
  ).blocks.map((b) => b.text);

const keepsStory = (got: string[]): void => {
  expect(got).toEqual(expect.arrayContaining([P1, P2, P3, P4]));
};

describe('photo captions and credits', () => {
  it('drops captions and credits whose class names are written in camel case', () => {
    const got = read(
      '<div class="photo"><img src="a.jpg"><span class="newsCaption">Workers leave the depot on Monday <span>(Image: Getty)</span></span></div>' +
        '<div class="InlineImage-wrapper"><div class="InlineImage-imageEmbedCredit">Jo Lin | Reuters | Getty Images</div></div>',
    );
    expect(got.join(' ')).not.toMatch(/Workers leave|Jo Lin/);
    keepsStory(got);
  });

  it('drops a short italic paragraph set right after an image, and keeps an italic paragraph among the text', () => {
    const own = '<p><em>The depot opened in 1952 and was last repaired in 1990, records show.</em></p>';
    const got = read(`<p><a href="a.jpg"><img src="a.jpg"></a></p><p><em>Light on the Water by the Harbour Group</em></p>${own}`);
    expect(got).not.toContain('Light on the Water by the Harbour Group');
    expect(got).toContain('The depot opened in 1952 and was last repaired in 1990, records show.');
    keepsStory(got);
  });
});

describe('sign-offs and author notes after the story', () => {
  it('drops italic paragraphs that close the story, not an italic paragraph inside it', () => {
    const inside = '<p><em>Buses will stop at the depot until March, the operator said.</em></p>';
    const signoff = '<p><em>Jo Lin’s book about the city’s buses, “Last Stop” (Harbour Press, 2018), is out now. Follow her on Twitter @jolin.</em></p><p><em><a href="https://forum.example">Join our forums</a> to keep talking about the city!</em></p>';
    const links = '<p><i>Listen to the Courier </i><a href="/live">live</a><i> at 12:45 weekdays - or listen back </i><a href="/player">here</a>.</p>';
    const more = `<p>${P2} ${P3}</p><p>${P4} ${P1}</p>`;
    const got = read(inside + more, signoff + links);
    expect(got).toContain('Buses will stop at the depot until March, the operator said.');
    expect(got.join(' ')).not.toMatch(/Last Stop|Join our forums|listen back/);
    keepsStory(got);
  });
});

describe('press-release boilerplate after the story', () => {
  it('drops an "About X" section and what follows it, and a short note after the last rule', () => {
    const about = '<h3>About Harbour Transit</h3><p>Harbour Transit is a leading provider of bus services, headquartered in Elm City.</p><p><strong>Media contact</strong><br>Sam Reyes, +1 555 0100</p>';
    expect(read('', about).join(' ')).not.toMatch(/leading provider|Sam Reyes|About Harbour/);
    keepsStory(read('', about));
    const ruled = '<div><hr><p style="font-size: 12px">Harbour Transit is a global mobility company. It employs around 1,300 people worldwide.</p></div>';
    expect(read('', ruled).join(' ')).not.toMatch(/global mobility/);
    keepsStory(read('', ruled));
  });

  it('keeps a story section headed "About" something that is not a closing label, and sections between rules', () => {
    const section = '<h3>About the vote</h3><p>Seven councillors backed the closure and two opposed it, the minutes show.</p>';
    expect(read('', section)).toContain('Seven councillors backed the closure and two opposed it, the minutes show.');
    const long = `<hr><p>${P1} ${P2}</p><p>${P3} ${P4}</p><p>${P2} ${P1}</p>`;
    expect(read('', long)).toContain(`${P3} ${P4}`);
    const headed = '<hr><h3>What happens next</h3><p>The depot closes on 1 March and is sold in June.</p>';
    expect(read('', headed)).toContain('The depot closes on 1 March and is sold in June.');
  });
});

describe('hover cards inside a paragraph', () => {
  it('drops the card (picture and links to other stories) and keeps the name it hangs on', () => {
    const card = '<span class="rollover-people"><a href="/people/ana-ruiz">Ana Ruiz</a><span class="rollover-people-block"><span><img src="ruiz.jpg"><a href="/people/ana-ruiz">Ana Ruiz</a><a href="/a">Mayor vows to fight depot closure</a> <a href="/b">Council budget passes after long night</a> <a href="/more">MORE</a></span></span></span>';
    const got = read(`<p>The vote was opposed by councillor ${card}, who said the depot was still needed.</p>`);
    expect(got).toContain('The vote was opposed by councillor Ana Ruiz, who said the depot was still needed.');
    keepsStory(got);
  });
});

describe('teasers for other stories inside the text', () => {
  it('drops a paragraph that is one link in capitals, tagged "[Video]", or a whole promotion', () => {
    const got = read(
      '<p style="text-align: center"><a href="https://news.example/2019/11/bus-lanes/">Bus lanes review: a week on Main Street [Video]</a></p>' +
        '<p><strong><a href="https://news.example/apps">CLICK HERE TO GET THE COURIER APP</a></strong></p>' +
        '<p style="text-align: center;"><a class="button" href="/guide.pdf">GET THE GUIDE: INSTANT DOWNLOAD!</a></p>' +
        '<a href="https://news.example/promos/pro" rel="nofollow">Get Courier Pro for as little as $5 a month. Use the code "DEPOT". Courier Pro offers you every story and our newsletters.</a>',
    );
    expect(got.join(' ')).not.toMatch(/bus lanes|COURIER APP|INSTANT DOWNLOAD|Courier Pro/);
    keepsStory(got);
  });

  it('drops "label: link" lines and lines of links set with line breaks', () => {
    const got = read(
      '<p><strong>SEE MORE</strong>: <a href="/c">Harbour Road site opens to the public</a></p>' +
        '<p>Also: <span class="link"><a href="/d">See our budget coverage</a></span></p>' +
        '<p><a href="/e">Mayor says tax rise is off the table</a> [<strong>INSIGHT]|<br></strong><a href="/f">Five things to know about the budget vote</a> [<strong>VIDEO]<br></strong><a href="/g">Depot workers react to the vote</a><strong> [REACTION]</strong></p>',
    );
    expect(got.join(' ')).not.toMatch(/Harbour Road site|budget coverage|tax rise|Five things|workers react/);
    keepsStory(got);
  });

  it('keeps a paragraph of the story that is one linked sentence or one linked headline', () => {
    const got = read('<p><a href="/report.pdf">The staff report found repairs would cost $4.2 million.</a></p><p><a href="/transcript">Read the full transcript of the vote</a></p>');
    expect(got).toContain('The staff report found repairs would cost $4.2 million.');
    expect(got).toContain('Read the full transcript of the vote');
  });
});

describe('promotions, rights and print-only blocks named by class', () => {
  it('drops calls to action, dialogs, publication dates, copyright blocks, no-content and print-only blocks, and keeps text shown on wider screens', () => {
    const got = read(
      '<div class="nrplus-cta-wrap"><p>If you enjoyed this story, join Courier Plus for every story and no ads.</p></div>' +
        '<p class="slideshow-noscript robots-nocontent">This slideshow requires JavaScript.</p>' +
        '<div class="d-none d-print-block"><div>This document is subject to copyright. The content is provided for information purposes only.</div></div>' +
        '<div class="d-none d-md-block"><p>The depot will be sold at auction in June, the council said.</p></div>' +
        '<span class="data" itemprop="datePublished">terça-feira, 5 de março de 2024 às 09:00</span>' +
        '<div id="makehomepagedialog"><ul><li><div>On the toolbar, click Settings, then click General.</div></li></ul></div>',
      '<div class="copyright-wrp"><p>The Courier 1 Harbour Road, Suite 9 | 555-0100 tel</p></div>',
    );
    expect(got.join(' ')).not.toMatch(/Courier Plus|slideshow|subject to copyright|Harbour Road, Suite|toolbar|março/);
    expect(got).toContain('The depot will be sold at auction in June, the council said.');
    keepsStory(got);
  });
});

describe('lines that are never article text', () => {
  it.each([
    '[button link=”https://news.example/submit/” type=”big”] Send us YOUR review[/button]',
    'Follow the Courier’s full coverage of the budget at https://news.example/budget',
    'Get the Courier delivered to your door every week. 12 issues for £11.99. Click here for more information.',
    'Story continues below advertisement',
    'Article continues after this ad.',
    'Watch: The harbour bridge reopens after repairs. Story continues below.',
    'Continue reading the main story',
    'Scroll down to continue reading',
    'Watch: Harbour bridge reopens after two years',
    'Watch the full interview with the mayor above.',
    'View full results: http://results.example/vote.',
    'Dana Ortiz has the latest.',
    'With files from The Canadian Press',
    'Ana Bell, The Associated Press',
  ])('drops "%s"', (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  it('keeps a sentence about a story that goes on', () => {
    expect(isFurniture('The story continues after the break, when the mayor returns to the council.')).toBe(false);
    expect(isFurniture('Continued reading of the report showed a gap of 4 million pounds.')).toBe(false);
    expect(isFurniture('Watch out for more cuts, the union warned on Monday.')).toBe(false);
    expect(isFurniture('Watchdog groups said the fund lost 2 million dollars.')).toBe(false);
    expect(isFurniture('Watch sales rose 12 percent last year.')).toBe(false);
    expect(isFurniture('See the full list of closures at the council offices, the mayor said.')).toBe(false);
    expect(isFurniture('The council has the latest figures on rents.')).toBe(false);
  });

  it('keeps a sentence naming a web address', () => {
    expect(isFurniture('Follow-up inspections found 12 faults, the report at https://city.example/report says.')).toBe(false);
  });
});
