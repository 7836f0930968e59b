"""Reference counts for the CLOSURE enumeration (test/audit/closure.test.ts).

An independent brute force: every vector of counts (c_1, ..., c_K) of the K possible scores
with sum n is generated, and kept when its mean and sample SD round to the reported values.
Rounding intervals are inclusive at both ends (half a unit of the last reported decimal), and
all comparisons are exact (fractions.Fraction). Scores of k-item scales are totals / k.

Run from the repository root:  python3 test/reference/audit-closure.py
Writes test/reference/audit-closure.json.
"""
import json
from fractions import Fraction as F
from itertools import combinations


def decimals(text):
    return len(text.split(".")[1]) if "." in text else 0


def compositions(n, k):
    # all (c_1..c_k) >= 0 with sum n, via stars and bars
    for bars in combinations(range(n + k - 1), k - 1):
        prev = -1
        out = []
        for b in bars:
            out.append(b - prev - 1)
            prev = b
        out.append(n + k - 1 - prev - 1)
        yield out


def closure(mean, sd, n, lo, hi, items=1):
    h_m = F(1, 2 * 10 ** decimals(mean))
    h_s = F(1, 2 * 10 ** decimals(sd))
    m_lo, m_hi = F(mean) - h_m, F(mean) + h_m
    s_lo, s_hi = max(F(sd) - h_s, F(0)), F(sd) + h_s
    totals = list(range(lo * items, hi * items + 1))
    count = 0
    freq = [0] * len(totals)
    for c in compositions(n, len(totals)):
        S = sum(ci * t for ci, t in zip(c, totals))
        mean_ = F(S, n * items)
        if not (m_lo <= mean_ <= m_hi):
            continue
        Q = sum(ci * t * t for ci, t in zip(c, totals))
        var = (F(Q) - F(S * S, n)) / ((n - 1) * items * items)
        if not (s_lo * s_lo <= var <= s_hi * s_hi):
            continue
        count += 1
        for j, cj in enumerate(c):
            freq[j] += cj
    return {"mean": mean, "sd": sd, "n": n, "scale_min": lo, "scale_max": hi, "items": items,
            "count": count, "frequency_totals": freq}


cases = [
    closure("3.55", "0.90", 51, 1, 5),
    closure("4.06", "0.81", 51, 1, 5),
    closure("4.06", "0.72", 51, 1, 5),
    closure("3.8", "1.0", 51, 1, 5),
    closure("2.75", "0.79", 10, 1, 5, items=2),
    closure("5.19", "1.41", 28, 1, 7),
]
with open("test/reference/audit-closure.json", "w") as f:
    json.dump({"cases": cases}, f, indent=2)
print(json.dumps(cases))
