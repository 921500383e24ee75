#!/usr/bin/env python3
"""Scores who-said-it on news pages the speaker rules were never tuned on (see README.md).

usage (from the product checkout, with ../shared beside it):
  python3 eval/speakers-unseen/score.py . LABEL

For every page of gold.jsonl runs `node bin/factcheck.js extract --json PAGE` in CHECKOUT_DIR, the page unpacked
from ../shared/eval/external/data (zyte/html/NAME.gz, or readability/NAME/source.html.gz for "rd-NAME.html"),
caching each output in $TMPDIR/factcheck-speakers-unseen/out-LABEL/, finds the unit whose text equals (or best
overlaps) the gold unit, and checks its attribution.source.
"""
import json, os, re, subprocess, sys
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, 'gold.jsonl')
import gzip, tempfile
WORK = os.path.join(tempfile.gettempdir(), 'factcheck-speakers-unseen')
INDIR = os.path.join(WORK, 'pages')
DATA = os.path.join(HERE, '..', '..', '..', 'shared', 'eval', 'external', 'data')


def unpack(fname):
    """The page's HTML in INDIR, unpacked from the shared data the first time."""
    out = os.path.join(INDIR, fname)
    if not os.path.exists(out):
        os.makedirs(INDIR, exist_ok=True)
        src = os.path.join(DATA, 'readability', fname[3:-5], 'source.html.gz') if fname.startswith('rd-') else os.path.join(DATA, 'zyte', 'html', fname + '.gz')
        with gzip.open(src, 'rb') as f, open(out + '.tmp', 'wb') as g:
            g.write(f.read())
        os.replace(out + '.tmp', out)
    return out
STOP = {'the', 'a', 'an'}
# honorifics are treated like articles (otherwise "Dr. Dempsey" could never
# match a three-word gold name although "Dempsey" alone would)
HONOR = {'mr', 'mrs', 'ms', 'dr'}
PRONOUNS = {'he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them',
            'his', 'hers', 'their', 'its', 'us', 'me'}


def bare_pronoun(source):
    # case-aware so that acronyms such as "US" or "WHO" are not pronouns
    toks = re.findall(r"[A-Za-z]+", source)
    return bool(toks) and all(t.lower() in PRONOUNS and not (len(t) > 1 and t.isupper())
                              for t in toks)


def words(s):
    s = (s or '').lower().replace('\u2019', "'")
    s = re.sub(r"'s\b", '', s)
    return [w for w in re.findall(r"[a-z0-9]+", s) if w not in STOP and w not in HONOR]


def is_right(gold, source):
    if not source or not source.strip():
        return False
    sw = words(source)
    if not sw or bare_pronoun(source):
        return False
    gw = words(gold)
    if not gw:
        return False
    hits = sum(1 for w in gw if w in sw)
    if 2 * hits >= len(gw):
        return True
    return all(w in gw for w in sw)


def extract(checkout, outdir, fname):
    path = os.path.join(outdir, fname + '.json')
    if not os.path.exists(path):
        r = subprocess.run(['node', 'bin/factcheck.js', 'extract', '--json',
                            unpack(fname)], cwd=checkout,
                           capture_output=True, text=True, timeout=300)
        if r.returncode != 0:
            sys.stderr.write(f'extract failed for {fname}: {r.stderr[-500:]}\n')
            return None
        with open(path, 'w') as fh:
            fh.write(r.stdout)
    with open(path) as fh:
        try:
            return json.load(fh)
        except json.JSONDecodeError:
            return None


def norm(t):
    return re.sub(r'\s+', ' ', t).strip()


def overlap(a, b):
    wa, wb = Counter(re.findall(r'\w+', a.lower())), Counter(re.findall(r'\w+', b.lower()))
    if not wa or not wb:
        return 0.0
    inter = sum((wa & wb).values())
    return 2 * inter / (sum(wa.values()) + sum(wb.values()))


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    checkout, label = sys.argv[1], sys.argv[2]
    outdir = os.path.join(WORK, 'out-' + label)
    os.makedirs(outdir, exist_ok=True)
    gold = [json.loads(l) for l in open(GOLD) if l.strip()]
    files = sorted({g['file'] for g in gold})
    with ThreadPoolExecutor(max_workers=2) as ex:
        outs = dict(zip(files, ex.map(lambda f: extract(checkout, outdir, f), files)))

    tot, right = Counter(), Counter()
    misses, weak = [], 0
    for g in gold:
        d = outs.get(g['file'])
        units = [] if d is None else d.get('claims', []) + d.get('other', [])
        best, bs = None, 0.0
        gt = norm(g['unit'])
        for u in units:
            ut = norm(u.get('text', ''))
            s = 1.0 if ut == gt else overlap(ut, gt)
            if s > bs:
                best, bs = u, s
        if bs < 1.0:
            weak += 1
        src = ''
        if best is not None and bs >= 0.5:
            src = ((best.get('attribution') or {}).get('source') or '').strip()
        ok = is_right(g['speaker'], src)
        for k in ('all', g['kind']):
            tot[k] += 1
            right[k] += ok
        if not ok:
            note = '' if bs >= 0.5 else f' [no matching unit, best overlap {bs:.2f}]'
            misses.append((g['kind'], g['speaker'], src or '-', g['unit'].replace('\n', ' ') + note))

    print(f'label={label} checkout={checkout}')
    print(f'articles={len(files)} items={tot["all"]} (units not matched exactly: {weak})')
    for k in ('all', 'named', 'pronoun', 'floating'):
        if tot[k]:
            print(f'{k:9s} {right[k]:4d}/{tot[k]:<4d} = {100 * right[k] / tot[k]:5.1f}%')
    mpath = os.path.join(WORK, f'misses-{label}.md')
    with open(mpath, 'w') as fh:
        fh.write(f'# misses for {label} ({len(misses)})\n\n')
        for kind, sp, src, txt in sorted(misses, key=lambda m: m[0]):
            fh.write(f'- {kind} | gold: {sp} | pred: {src} | {txt}\n')
    print(f'misses written to {mpath}')


if __name__ == '__main__':
    main()
