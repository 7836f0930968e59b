"""Reference of the enumeration benchmark: an exhaustive enumeration in NumPy.

Builds every vector of counts (c_1..c_K) of the K = max - min + 1 possible answers with sum n
(all C(n + K - 1, K - 1) of them, as one integer array), computes each one's total S and sum of
squares Q with a matrix product, and keeps those whose mean S/n and SD sqrt((Q - S^2/n)/(n - 1))
lie in the inclusive rounding intervals of the reported mean and SD (half a unit of the last
printed decimal, as CLOSURE). The tests are done in integers:
    mean: (2M - 1)·n <= 2·10^dm·S <= (2M + 1)·n, with M the mean in units of 10^-dm;
    SD:   (2D - 1)^2·n(n - 1) <= 4·10^(2ds)·(nQ - S^2) <= (2D + 1)^2·n(n - 1) (lower bound 0 when D = 0).
The whole enumeration is timed, including building the array.

Usage: /usr/bin/python3 bench/reference/closure_numpy.py --mean 3.55 --sd 0.86 --n 51 --repeats 5
Prints one JSON line: {"timesMs": [...], "count": ..., "frequencyTotals": [...]}.
"""
import argparse
import json
import time

import numpy as np


def compositions(n, k):
    """All (c_1..c_k) >= 0 with sum n, as an int64 array of shape (C(n+k-1, k-1), k)."""
    parts = np.arange(n + 1, dtype=np.int64)[:, None]
    for _ in range(k - 2):
        rem = n - parts.sum(axis=1)
        reps = rem + 1
        rows = np.repeat(np.arange(parts.shape[0]), reps)
        starts = np.cumsum(reps) - reps
        within = np.arange(reps.sum(), dtype=np.int64) - np.repeat(starts, reps)
        parts = np.hstack([parts[rows], within[:, None]])
    last = n - parts.sum(axis=1)
    return np.hstack([parts, last[:, None]])


def scaled(text):
    whole, _, frac = text.partition(".")
    digits = len(frac)
    return int(whole + frac), digits


def enumerate_closure(mean, sd, n, lo, hi):
    values = np.arange(lo, hi + 1, dtype=np.int64)
    C = compositions(n, values.size)
    S = C @ values
    Q = C @ (values * values)
    M, dm = scaled(mean)
    D, ds = scaled(sd)
    ok_mean = ((2 * M - 1) * n <= 2 * 10**dm * S) & (2 * 10**dm * S <= (2 * M + 1) * n)
    spread = 4 * 10 ** (2 * ds) * (n * Q - S * S)
    low = 0 if D == 0 else (2 * D - 1) ** 2 * n * (n - 1)
    ok_sd = (low <= spread) & (spread <= (2 * D + 1) ** 2 * n * (n - 1))
    keep = C[ok_mean & ok_sd]
    return int(keep.shape[0]), keep.sum(axis=0).tolist()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mean", required=True)
    ap.add_argument("--sd", required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--min", type=int, default=1)
    ap.add_argument("--max", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()
    times = []
    count, freq = 0, []
    for _ in range(args.repeats):
        t0 = time.perf_counter()
        count, freq = enumerate_closure(args.mean, args.sd, args.n, args.min, args.max)
        times.append((time.perf_counter() - t0) * 1000)
    print(json.dumps({"timesMs": times, "count": count, "frequencyTotals": freq}))


if __name__ == "__main__":
    main()
