import { describe, expect, it } from 'vitest';
import { isAnonymousSource } from '../../src/shared/extract/anonymity.ts';
import { findAttribution, findLeadInSource } from '../../src/shared/extract/attribution.ts';

const source = (text: string, kind: 'headline' | 'sentence' | 'list-item' = 'sentence') => findAttribution(text, kind)?.source ?? null;

describe('findAttribution', () => {
  it.each([
    ['The mill will close in March, according to the county assessor.', 'the county assessor'],
    ['According to Reuters, the talks collapsed on Tuesday.', 'Reuters'],
    ['The tanker was seized at dawn, port officials said.', 'port officials'],
    ['Fares will rise by 8 percent, the transit authority announced on Friday.', 'the transit authority'],
    ['Councillor Maya Brandt said the budget had a $2 million gap.', 'Councillor Maya Brandt'],
    ['"The pumps failed twice," said Tom Ebert, 51, a plumber from Linden.', 'Tom Ebert'],
    ['Three wells were contaminated, a health ministry official told the Gazette.', 'a health ministry official'],
    ['Enrolment has fallen every year since 2015, district records show.', 'district records'],
    ['The vote was delayed, local media reported late on Sunday, citing party sources.', 'local media'],
    ['Although regulators insist the rules are clear, banks have asked for guidance.', 'regulators'],
    ['The governor signed the bill, a person familiar with the matter said.', 'a person familiar with the matter'],
    ['The cut was approved in May, according to two people who attended the meeting.', 'two people'],
    ['Dockers won a 4 percent raise, union leader Mia Kern said.', 'union leader Mia Kern'],
  ])('finds the source in: %s', (text, expected) => {
    expect(source(text)).toBe(expected);
  });

  it.each([
    ['Lena Morales, a spokesperson for the park service, said the trail reopened Monday.', 'Lena Morales'],
    ['Tom Reyes, 58, told the Courier that the river rose 2 metres overnight.', 'Tom Reyes'],
    ['The company, citing internal estimates, said 300 jobs would go.', 'The company'],
    ['The minister, who spoke to reporters on Friday, denied the claim.', 'The minister'],
    ['The document, seen by Reuters, shows the company paid $3m in fines.', 'The document'],
    ['Per the filing, the firm lost $2bn last year.', 'the filing'],
    ['Prosecutors allege he hid the payments through a consulting company.', 'Prosecutors'],
    ['Researchers estimate that 40,000 birds died.', 'Researchers'],
    ['Sea ice shrank to 4.28 million sq km, the U.S. National Snow and Ice Data Center (NSIDC) said on Thursday.', 'the U.S. National Snow and Ice Data Center'],
    ['A spokesperson for the European Space Agency (ESA) said the satellite had measured a 12% drop.', 'A spokesperson for the European Space Agency'],
    ['Sen. Kyrsten Sinema (D-Ariz.), one of the lead negotiators, told reporters the vote showed "the Senate can still work."', 'Sen. Kyrsten Sinema'],
    ["Regulators have not approved it, the agency's spokesman, John Avery, told The Post.", 'John Avery'],
    ['The dam is safe, John Avery, the agency spokesman, said on Monday.', 'John Avery'],
    ['Production fell 4 percent, the agency reported Thursday, citing figures from the statistics office.', 'the agency'],
    ['Rainfall was 40 percent above normal, according to data from the weather bureau.', 'data from the weather bureau'],
  ])('takes the subject, not the object, around appositives and inverted verbs: %s', (text, expected) => {
    expect(source(text)).toBe(expected);
  });

  it('does not read an object as an inverted speaker', () => {
    expect(source('On Monday the trail reopened and crews said the bridge was safe.')).toBe('crews');
    expect(source('"The levee will hold," said the chief engineer.')).toBe('the chief engineer');
    expect(source('The levee held overnight, said Chief Engineer Rosa Diaz.')).toBe('Chief Engineer Rosa Diaz');
    expect(source('Smith and Jones said the survey was flawed.')).toBe('Smith and Jones');
  });

  it('reads headline tails', () => {
    expect(source('Rail strike called off at last minute - sources', 'headline')).toBe('sources');
    expect(source('Coffee prices to double by spring, traders say', 'headline')).toBe('traders');
  });

  it('returns null when nobody is credited', () => {
    expect(source('The bridge reopened to traffic on Monday.')).toBeNull();
    expect(source("The mayor's plan was first reported by the Tribune.")).toBeNull();
    expect(source('Farmers have been vocal in arguing that the quota is too low.')).toBeNull();
  });

  it('never takes a source from inside a quotation', () => {
    expect(source('"Officials said nothing to us for weeks," the farmer complained.')).toBe('the farmer');
    expect(source('"Officials said nothing to us for weeks. Nothing at all."')).toBeNull();
  });

  it('marks pronoun sources for resolution', () => {
    const a = findAttribution('She said the shelter was full.', 'sentence');
    expect(a?.pronoun).toBe('person');
  });

  it('returns offsets of the source phrase', () => {
    const text = 'Flights resumed at noon, the airport operator said.';
    const a = findAttribution(text, 'sentence')!;
    expect(text.slice(a.start, a.end)).toBe(a.source);
  });

  it('takes the source of a list lead-in', () => {
    expect(findLeadInSource('The audit lists four failures:')?.source).toBe('The audit');
    expect(findLeadInSource('Key numbers from the annual budget:')?.source).toBe('the annual budget');
  });
});

describe('headline speakers', () => {
  it('takes the speaker before a colon and a quotation, but not a section label', () => {
    expect(source('Minister: "Fuel taxes will not rise this year"', 'headline')).toBe('Minister');
    expect(source('Bailey: “We are not yet at the point where we can cut”', 'headline')).toBe('Bailey');
    expect(source('Analysis: "A budget built on hope"', 'headline')).toBeNull();
  });
});

describe('isAnonymousSource', () => {
  it.each(['officials', 'a senior official who asked not to be named', 'sources', 'reports', 'people familiar with the talks', 'experts', 'critics', 'residents', 'US media', 'a report', 'two diplomats', 'a council spokesperson', 'a 2023 study', 'Prosecutors', 'federal prosecutors', 'a lawyer for the family',
    // Anyone a source introduces as "a", "one" or "another" is nobody in particular, whatever the noun.
    'a local man', 'one mother', 'an eyewitness', 'another neighbour', 'a woman who lives nearby', 'a senior minister', 'one of the organisers', 'a member of the public', 'a BBC reporter', 'a company'])(
    'unnamed: %s',
    (s) => expect(isAnonymousSource(s)).toBe(true),
  );
  it.each(['Reuters', 'Councillor Maya Brandt', 'the transit authority', 'district records', 'its quarterly report', 'the filing', 'meeting minutes', 'the World Health Organization', 'a spokesperson for the European Space Agency', 'a Pentagon spokesman', 'a 2023 study in Nature Communications', 'a report by the World Bank', 'her lawyer', 'the mayor', 'A spokesman for Harbour Lines', 'one Nation'])(
    'identifiable: %s',
    (s) => expect(isAnonymousSource(s)).toBe(false),
  );
});
