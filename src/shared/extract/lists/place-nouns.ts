import { lines } from './lines.ts';

/** Last words that make a capitalised name a place, building or body, never a person ("Fraser Highway", "Grant Park"). */
export const PLACE_NOUNS = new Set(
  lines(`
airport
arena
avenue
bank
bridge
building
centre
center
church
college
company
county
court
drive
foundation
group
hall
highway
hospital
house
institute
island
lake
memorial
mountain
museum
park
place
river
road
school
square
stadium
station
street
tower
university
valley
way
`),
);
