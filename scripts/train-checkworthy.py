#!/usr/bin/env python3
"""Trains the check-worthiness model the extractor ships (src/shared/extract/checkworthy-model.json).

usage (from the product checkout, with Debian's python3-sklearn):
  /usr/bin/python3 scripts/train-checkworthy.py [--data DIR] [--out FILE] [--loo] [--baseline] [--grid]

DIR (default ../shared/eval/external/data) holds claimbuster/kfold_25ncs.json (ClaimBuster's sentences from US
presidential debates) and clef2019/*.tsv (CLEF-2019 CheckThat! Task 1 training debates). The features are computed
by the product's own TypeScript (scripts/checkworthy-features.ts runs src/shared/extract/checkworthy-features.ts),
so the script and the scorer read the same features by construction; the model file records their names and the
scorer refuses a file whose names differ.

The model: L2 logistic regression (liblinear, seeded) over the sentence features and word unigram and bigram
counts seen in at least MIN_DF training sentences; n-grams whose weight is under PRUNE are dropped. CLEF sentences
weigh CLEF_WEIGHT times a ClaimBuster sentence, so the ranking fits what fact-checkers picked in whole debates.
--loo reports leave-one-debate-out MAP on the CLEF debates (train on ClaimBuster and the other debates, test on
the one left out). --grid does the same for a few settings (the defaults were chosen on the mean over all debates,
never on one debate). --baseline reports the CLEF task's n-gram baseline under the same leave-one-debate-out
split. The output is the same, byte for byte, for the same data and settings.
"""
import argparse, json, os, subprocess, sys
from collections import Counter

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.linear_model import LogisticRegression

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SEED = 0
C = 0.1
CLEF_WEIGHT = 3.0
MIN_DF = 3
PRUNE = 0.02


def load(data):
    res = subprocess.run(["npx", "--no-install", "tsx", os.path.join(HERE, "checkworthy-features.ts"), data],
                         cwd=ROOT, capture_output=True, text=True, check=True)
    lines = res.stdout.splitlines()
    names = json.loads(lines[0])["features"]
    rows = [json.loads(l) for l in lines[1:]]
    return names, rows


def fit(names, rows, c=C, clef_weight=CLEF_WEIGHT, min_df=MIN_DF, prune=PRUNE):
    df = Counter(g for r in rows for g in set(r["ngrams"]))
    vocab = sorted(g for g, n in df.items() if n >= min_df)
    index = {g: i for i, g in enumerate(vocab)}
    x = matrix(names, rows, index)
    y = np.array([r["label"] for r in rows])
    w = np.array([clef_weight if r["set"] == "clef2019" else 1.0 for r in rows])
    lr = LogisticRegression(C=c, solver="liblinear", random_state=SEED, max_iter=1000)
    lr.fit(x, y, sample_weight=w)
    coef = lr.coef_[0]
    dense = [round(float(v), 4) for v in coef[:len(names)]]
    kept = [(g, round(float(coef[len(names) + i]), 4)) for i, g in enumerate(vocab) if abs(coef[len(names) + i]) >= prune]
    return {"features": names, "bias": round(float(lr.intercept_[0]), 4), "weights": dense,
            "ngrams": [g for g, _ in kept], "ngramWeights": [v for _, v in kept]}


def calibrate(model, rows):
    """Shifts the bias so the mean probability over ClaimBuster's sentences is its share of check-worthy ones: the
    score then reads as a probability in ClaimBuster's sense. Only the bias moves, so no ranking changes."""
    z = np.array([score(model, r) - model["bias"] for r in rows])
    target = sum(r["label"] for r in rows) / len(rows)
    lo, hi = -20.0, 20.0
    for _ in range(60):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if np.mean(1 / (1 + np.exp(-(z + mid)))) < target else (lo, mid)
    return {**model, "bias": round((lo + hi) / 2, 4)}


def baseline_loo(rows):
    """The CLEF task's n-gram baseline (TF-IDF unigrams + RBF SVC, C=10, gamma=0.1), trained on the other CLEF
    debates only, as in the task, and scored on the debate left out: the figure to set beside --loo."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import Pipeline
    from sklearn.svm import SVC
    clef = [r for r in rows if r["set"] == "clef2019"]
    aps = {}
    for d in sorted({r["doc"] for r in clef}):
        train = [r for r in clef if r["doc"] != d]
        test = [r for r in clef if r["doc"] == d]
        base = Pipeline([("ngrams", TfidfVectorizer(ngram_range=(1, 1))),
                         ("clf", SVC(C=10, gamma=0.1, kernel="rbf", random_state=0))])
        base.fit([r["text"] for r in train], [r["label"] for r in train])
        aps[d] = average_precision([r["label"] for r in test], list(base.decision_function([r["text"] for r in test])))
    return aps


def matrix(names, rows, index):
    data, ri, ci = [], [], []
    for n, r in enumerate(rows):
        for i in r["on"]:
            data.append(1.0); ri.append(n); ci.append(i)
        for g, k in Counter(r["ngrams"]).items():
            j = index.get(g)
            if j is not None:
                data.append(float(k)); ri.append(n); ci.append(len(names) + j)
    return csr_matrix((data, (ri, ci)), shape=(len(rows), len(names) + len(index)))


def score(model, row):
    """The same sum the TypeScript scorer makes (pruned model, counts of n-grams)."""
    w = dict(zip(model["ngrams"], model["ngramWeights"]))
    s = model["bias"] + sum(model["weights"][i] for i in row["on"])
    return s + sum(w.get(g, 0.0) for g in row["ngrams"])


def average_precision(labels, scores):
    order = sorted(range(len(labels)), key=lambda i: scores[i], reverse=True)
    hits, total = 0, 0.0
    for rank, i in enumerate(order, 1):
        if labels[i]:
            hits += 1
            total += hits / rank
    return total / max(1, sum(labels))


def leave_one_debate_out(names, rows, **kw):
    debates = sorted({r["doc"] for r in rows if r["set"] == "clef2019"})
    aps = {}
    for d in debates:
        model = fit(names, [r for r in rows if r["doc"] != d], **kw)
        test = [r for r in rows if r["doc"] == d]
        aps[d] = average_precision([r["label"] for r in test], [score(model, r) for r in test])
    return aps


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "eval", "external", "data"))
    ap.add_argument("--out", default=os.path.join(ROOT, "src", "shared", "extract", "checkworthy-model.json"))
    ap.add_argument("--loo", action="store_true")
    ap.add_argument("--grid", action="store_true")
    ap.add_argument("--baseline", action="store_true")
    a = ap.parse_args()
    names, rows = load(a.data)
    print(f"{len(rows)} sentences ({sum(r['set'] == 'claimbuster' for r in rows)} ClaimBuster, "
          f"{sum(r['set'] == 'clef2019' for r in rows)} CLEF-2019), {len(names)} sentence features", file=sys.stderr)
    if a.grid:
        for c in (0.03, 0.1, 0.3):
            for cw in (1.0, 3.0):
                aps = leave_one_debate_out(names, rows, c=c, clef_weight=cw)
                print(f"C={c} clef_weight={cw}: leave-one-debate-out MAP={sum(aps.values()) / len(aps):.4f}", flush=True)
    if a.baseline:
        aps = baseline_loo(rows)
        print(f"n-gram baseline leave-one-debate-out MAP={sum(aps.values()) / len(aps):.4f} debates={len(aps)}")
    if a.loo:
        aps = leave_one_debate_out(names, rows)
        for d, v in aps.items():
            print(f"{d}: AP={v:.4f}")
        print(f"leave-one-debate-out MAP={sum(aps.values()) / len(aps):.4f} debates={len(aps)}")
    model = calibrate(fit(names, rows), [r for r in rows if r["set"] == "claimbuster"])
    model = {"about": "Check-worthiness model: see models/checkworthy/README.md; made by scripts/train-checkworthy.py",
             "settings": {"C": C, "clefWeight": CLEF_WEIGHT, "minDf": MIN_DF, "prune": PRUNE, "seed": SEED}, **model}
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump(model, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {a.out}: {len(model['ngrams'])} n-grams, {os.path.getsize(a.out)} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
