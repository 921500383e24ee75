#!/usr/bin/env python3
"""Splits the development half of the external speaker sets into a fixed tuning part and a held-out part.

usage (from the product checkout):
  python3 scripts/split-external.py [--data ../shared/eval/external/data] [--out /tmp/factcheck-split]
  python3 ../shared/eval/external/run.py --data /tmp/factcheck-split/tune --sets ggt,polnear
  python3 ../shared/eval/external/run.py --data /tmp/factcheck-split/held --sets ggt,polnear

Every third article, in order of its id (GGT) or file name (PolNeAR), counting from the third, is held out: 16 of
49 GGT articles and 26 of 80 PolNeAR ones. Rules are changed looking at the tuning part's failures only; the
held-out part is run, never read, so a rule that helps only the tuning part shows as a gap between the two.
The parts are folders of symbolic links to the data, shaped as run.py expects.
"""
import argparse, json, os, shutil

ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument('--data', default=os.path.join('..', 'shared', 'eval', 'external', 'data'))
ap.add_argument('--out', default='/tmp/factcheck-split')
a = ap.parse_args()
src = os.path.abspath(a.data)

for part in ('tune', 'held'):
    root = os.path.join(a.out, part)
    shutil.rmtree(root, ignore_errors=True)
    for d in ('ggt/texts', 'polnear/texts', 'polnear/ann'):
        os.makedirs(os.path.join(root, d))
    held = part == 'held'
    gold = json.load(open(os.path.join(src, 'ggt', 'gold.json'), encoding='utf-8'))
    articles = sorted(gold['articles'], key=lambda x: x['id'])
    keep = [x for i, x in enumerate(articles) if (i % 3 == 2) == held]
    with open(os.path.join(root, 'ggt', 'gold.json'), 'w', encoding='utf-8') as f:
        json.dump({**gold, 'articles': keep}, f)
    for x in keep:
        name = x['id'] + '.txt'
        os.symlink(os.path.join(src, 'ggt', 'texts', name), os.path.join(root, 'ggt', 'texts', name))
    names = sorted(f[:-4] for f in os.listdir(os.path.join(src, 'polnear', 'ann')) if f.endswith('.ann'))
    count = 0
    for i, n in enumerate(names):
        if (i % 3 == 2) != held:
            continue
        count += 1
        os.symlink(os.path.join(src, 'polnear', 'ann', n + '.ann'), os.path.join(root, 'polnear', 'ann', n + '.ann'))
        text = n.rsplit('_', 1)[0] + '.txt'
        dst = os.path.join(root, 'polnear', 'texts', text)
        if os.path.exists(os.path.join(src, 'polnear', 'texts', text)) and not os.path.lexists(dst):
            os.symlink(os.path.join(src, 'polnear', 'texts', text), dst)
    print(f'{part}: {len(keep)} GGT articles, {count} PolNeAR annotation files -> {root}')
