import { lines } from './lines.ts';

/**
 * First names that tell no gender, one a line: names given to women and men alike, or a woman's name in English
 * and a man's in another language ("Andrea", "Jean", "Nicola"), or names the tagger takes for a woman's that are
 * not ("Minh"). A person with one of these is resolved by what the text says ("he said"), not by the name.
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
dana
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
kelly
kendall
kim
lee
leslie
logan
mackenzie
minh
morgan
nicola
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
shannon
sidney
skyler
taylor
terry
tracy
`),
);
