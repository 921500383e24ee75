import { lines } from './lines.ts';

/**
 * First names that tell no gender, one a line: names given to women and men alike, or a woman's name in English
 * and a man's in another language ("Andrea", "Jean", "Nicola"), or names the tagger takes for a woman's that are
 * not ("Minh"). A person with one of these is resolved by what the text says ("he said"), not by the name. Names
 * mostly given to women in English news (Kelly, Dana, Shannon) keep the tagger's gender: leaving them out lost more
 * than it found.
 */
export const UNISEX_NAMES = new Set(
  lines(`
alex
ali
andrea
ariel
avery
bailey
blake
cameron
casey
charlie
chris
dominique
drew
eden
elliott
emerson
frankie
hayden
jamie
jan
jean
jesse
jody
jordan
kai
kendall
kim
lee
logan
mackenzie
mika
minh
morgan
nicola
nikita
noel
pat
peyton
quinn
reese
riley
robin
rowan
sam
sasha
sidney
simone
skyler
taylor
terry
toni
`),
);
