import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../src/shared/extract/extract.ts';

/** Each unit of a one-paragraph article (after its headline): its text and its source. */
function unitsOf(paragraph: string): Array<[string, string | null]> {
  return extractFromText(`Test headline\n\n${paragraph}`).units.slice(1).map((u) => [u.text, u.attribution?.source ?? null]);
}

describe('a sentence that reports two sources, each in a clause of its own', () => {
  it('becomes two claims, each with its own source, joined by ", while"', () => {
    expect(unitsOf('The mayor says the bridge will reopen in May, while the engineers say the repairs will take a year.')).toEqual([
      ['The mayor says the bridge will reopen in May', 'The mayor'],
      ['the engineers say the repairs will take a year.', 'the engineers'],
    ]);
  });

  it('joined by ", and" or ", but" after a full first report', () => {
    expect(unitsOf('Police said the driver was arrested at the scene, and his lawyer said he would plead not guilty.')).toEqual([
      ['Police said the driver was arrested at the scene', 'Police'],
      ['his lawyer said he would plead not guilty.', 'his lawyer'],
    ]);
    expect(unitsOf('Transport Minister Alan Greaves said the line would open in June, but union leader Sam Cole said the staff were not trained.').map((u) => u[1])).toEqual(['Transport Minister Alan Greaves', 'union leader Sam Cole']);
  });

  it('opening on a contrast ("While ..., ..."), past a comma inside its first clause', () => {
    expect(unitsOf('Although Reynolds says the reporter broke the story in Bunkerville, Nev., others argue that he caused the standoff.')).toEqual([
      ['Reynolds says the reporter broke the story in Bunkerville, Nev.', 'Reynolds'],
      ['others argue that he caused the standoff.', 'others'],
    ]);
  });

  it('stays one claim when the second clause is the first source\'s reported words, or names no source of its own', () => {
    expect(unitsOf('Anna Berg said prices rose, and that the central bank said it would act.')).toHaveLength(1);
    expect(unitsOf('The company said profits rose sharply, but did not say by how much they rose.')).toHaveLength(1);
    expect(unitsOf('The mayor said the bridge will reopen in May, and the engineers agreed.')).toHaveLength(1);
  });

  it('stays one claim when both clauses name the same source, or a pronoun stands for one of them', () => {
    expect(unitsOf('The ministry said exports fell in March, and the ministry said imports rose in April.')).toHaveLength(1);
    expect(unitsOf('She said the bridge will reopen in May, while the engineers say the repairs will take a year.')).toHaveLength(1);
  });

  it('never splits inside a quotation', () => {
    expect(unitsOf('“We will reopen the bridge in May, and the engineers say it is safe,” the mayor said.')).toHaveLength(1);
  });

  it('stays one claim when a closing attribution covers the whole sentence ("Although ..., ..., prosecutors said")', () => {
    expect(unitsOf('Although the defendant told police he was at home that night, phone records placed him at the scene, prosecutors said in a court filing on Tuesday.')).toEqual([
      ['Although the defendant told police he was at home that night, phone records placed him at the scene, prosecutors said in a court filing on Tuesday.', 'prosecutors'],
    ]);
  });

  it('stays one claim when a clause says nothing after its cue, or its source is no one, in a "who" clause or after "after"', () => {
    expect(unitsOf('The mayor told the engineers, and the engineers told the council, that the bridge was safe.')).toHaveLength(1);
    expect(unitsOf('Voters who said the economy was their top issue backed Smith by a wide margin, and pollsters said turnout was high.')).toHaveLength(1);
    expect(unitsOf('Shares rose 4 percent after the company said profits would beat forecasts, but analysts said the outlook was weak.')).toHaveLength(1);
    expect(unitsOf('Nobody said the bridge would reopen in May, but the engineers say the repairs will take a year.')).toHaveLength(1);
  });

  it('stays one claim when the second clause gives an order, not a claim ("told him to stop")', () => {
    expect(unitsOf('Witnesses said the gunman walked into the shop at noon, and a woman told him to stop shortly before he opened fire.')).toHaveLength(1);
  });

  it('splits three reports into three claims', () => {
    expect(unitsOf('Smith said it was a good day for the town; Jones said it was a disaster for the town; Brown said the vote should be held again.').map((u) => u[1])).toEqual(['Smith', 'Jones', 'Brown']);
  });

  it('splits a first report opening on "According to"', () => {
    expect(unitsOf('According to an FBI summary of its investigation, a top aide sent the employee an email weeks before the deletions, and Mills and Clinton told investigators they were unaware of it.').map((u) => u[1])).toEqual(['an FBI summary of its investigation', 'Mills and Clinton']);
  });

  it('stays one claim when a clause tells of words within the other\'s account, says nothing, or denies', () => {
    expect(unitsOf('Smith told the court police had beaten him in the cell, and officers had told him he would never see his children again.')).toHaveLength(1);
    expect(unitsOf('The team said goodbye to its fans at a sombre final home game, and the owner said the club would be sold.')).toHaveLength(1);
    expect(unitsOf('The minister said nothing about the cost of the new aircraft carriers, but the auditors said it had doubled.')).toHaveLength(1);
    expect(unitsOf('The chancellor rarely says the economy is in trouble, but the forecasters said growth would stall this year.')).toHaveLength(1);
    expect(unitsOf('Few economists say the central bank will cut rates in May, but the finance minister says a cut is coming.')).toHaveLength(1);
  });

  it('stays one claim when a clause gives an order or asks a question ("told residents to", "asked the jury whether")', () => {
    expect(unitsOf('Police told residents to stay indoors until the smoke cleared, and fire officials said the blaze was contained.')).toHaveLength(1);
    expect(unitsOf('The judge asked the jury whether it had reached a verdict on all counts, and the foreman said it had not.')).toHaveLength(1);
  });

  it('gives the middle of three reports the source that opens it', () => {
    expect(unitsOf('Labour said the Tories had crashed the economy, and the Tories said Labour would raise taxes on working families, and the Lib Dems said both were wrong.').map((u) => u[1])).toEqual(['Labour', 'the Tories']);
  });
});

