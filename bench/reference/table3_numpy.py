"""The Table 3 pipeline in NumPy/SciPy: the reference of the "stats at scale" benchmark.

Computes, on the same synthetic survey as lib/stats/src/columnar (read from the binary file that
bench/scale/generate.ts wrote), what columnarPrePost computes:

- scores: mean of the answered items when at least minItems are answered (else missing);
- Cronbach's alpha per construct and time point with >= 2 items (listwise), standardized alpha,
  item analysis (alpha if deleted, corrected item-total r) and the Feldt interval (scipy.stats.f);
- paired t-test of post - pre over complete pairs (scipy.stats.ttest_rel), its t interval, and
  d_z, d_av, d_rm, g_z, g_av, g_rm with noncentral-t intervals (scipy.stats.nct, brentq);
- the Pearson correlation matrix of the scores per time point, pairwise complete (np.corrcoef).

Only the computation is timed (time.perf_counter around compute()); reading the file is not, nor
the warm-up that reads every value once after loading (as the Node side does).
Memory: resident set size before loading (from /proc/self/statm) and the peak (ru_maxrss) after
the first computation.

Usage (from the repository root, with Debian's Python, NumPy and SciPy):
    /usr/bin/python3 bench/reference/table3_numpy.py --data <prefix> --repeats 5
    /usr/bin/python3 bench/reference/table3_numpy.py --versions
Prints one JSON line: {"versions", "timesMs", "memory", "results"}.
The data are <prefix>.json (header: n, column names, constructs, level) and <prefix>.f64 (the
columns one after another, little-endian float64, NaN = missing).
"""
import argparse
import json
import os
import platform
import resource
import sys
import time

import numpy as np
import scipy
from scipy import optimize, special, stats

TIMEPOINTS = ("pre", "post", "once")


def versions():
    return {"python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__}


def rss_bytes():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def load(prefix):
    with open(prefix + ".json") as f:
        header = json.load(f)
    n = header["n"]
    names = header["columns"]
    data = np.fromfile(prefix + ".f64", dtype="<f8")
    if data.size != n * len(names):
        raise SystemExit(f"{prefix}.f64 holds {data.size} values; expected {n} x {len(names)}")
    data = data.reshape(len(names), n)
    return header, {name: data[i] for i, name in enumerate(names)}


def noncentrality(t, df, p):
    """lambda with P(T_df(lambda) <= t) = p (decreasing in lambda), bracketed as the library does."""
    f = lambda lam: stats.nct.cdf(t, df, lam) - p
    step = 1 + abs(t) / 2
    lo, hi = t - step, t + step
    for _ in range(200):
        if f(lo) >= 0:
            break
        step *= 2
        lo = t - step
    for _ in range(200):
        if f(hi) <= 0:
            break
        step *= 2
        hi = t + step
    return optimize.brentq(f, lo, hi, xtol=1e-14, rtol=4 * np.finfo(float).eps, maxiter=500)


def alpha_of(C, keep):
    k = len(keep)
    sub = C[np.ix_(keep, keep)]
    return k / (k - 1) * (1 - np.trace(sub) / sub.sum())


def compute(cols, constructs, level):
    out = {}
    scores = {}
    g = 1 - level
    for c in constructs:
        for tp in TIMEPOINTS:
            items = c["items"].get(tp)
            if not items:
                continue
            X = np.stack([cols[name] for name in items])
            obs = ~np.isnan(X)
            m = obs.sum(axis=0)
            s = np.where(obs, X, 0.0).sum(axis=0)
            ok = m >= c["minItems"]
            score = np.full(X.shape[1], np.nan)
            score[ok] = s[ok] / m[ok]
            scores[(c["name"], tp)] = score
            v = score[ok]
            key = f"score/{c['name']}/{tp}"
            out[key + "/n"] = int(v.size)
            out[key + "/mean"] = float(v.mean())
            out[key + "/sd"] = float(v.std(ddof=1))
            k = len(items)
            if k < 2:
                continue
            Y = X[:, obs.all(axis=0)]
            nc = Y.shape[1]
            C = np.cov(Y)
            var = np.diag(C)
            alpha = alpha_of(C, list(range(k)))
            R = C / np.sqrt(np.outer(var, var))
            mean_r = (R.sum() - k) / (k * (k - 1))
            key = f"alpha/{c['name']}/{tp}"
            out[key + "/n"] = nc
            out[key + "/alpha"] = float(alpha)
            out[key + "/standardizedAlpha"] = float(k * mean_r / (1 + (k - 1) * mean_r))
            df1, df2 = nc - 1, (nc - 1) * (k - 1)
            out[key + "/ci.lower"] = float(1 - (1 - alpha) * stats.f.ppf(1 - g / 2, df1, df2))
            out[key + "/ci.upper"] = float(1 - (1 - alpha) * stats.f.ppf(g / 2, df1, df2))
            means = Y.mean(axis=1)
            for i in range(k):
                rest = [j for j in range(k) if j != i]
                rest_var = C[np.ix_(rest, rest)].sum()
                out[f"{key}/item{i}.mean"] = float(means[i])
                out[f"{key}/item{i}.variance"] = float(var[i])
                out[f"{key}/item{i}.correctedItemTotal"] = float(C[i, rest].sum() / np.sqrt(var[i] * rest_var))
                if k > 2:
                    out[f"{key}/item{i}.alphaIfDeleted"] = float(alpha_of(C, rest))
    for c in constructs:
        if (c["name"], "pre") not in scores or (c["name"], "post") not in scores:
            continue
        post = scores[(c["name"], "post")]
        pre = scores[(c["name"], "pre")]
        both = ~np.isnan(post) & ~np.isnan(pre)
        x = post[both]
        y = pre[both]
        n = x.size
        res = stats.ttest_rel(x, y)
        d = x - y
        md = d.mean()
        sdd = d.std(ddof=1)
        sx = x.std(ddof=1)
        sy = y.std(ddof=1)
        r = np.corrcoef(x, y)[0, 1]
        df = n - 1
        se = sdd / np.sqrt(n)
        t = float(res.statistic)
        q = stats.t.ppf(1 - g / 2, df)
        key = f"paired/{c['name']}"
        out[key + "/n"] = int(n)
        out[key + "/t"] = t
        out[key + "/df"] = df
        out[key + "/pValue"] = float(res.pvalue)
        out[key + "/meanDifference"] = float(md)
        out[key + "/sdDifference"] = float(sdd)
        out[key + "/ci.lower"] = float(md - q * se)
        out[key + "/ci.upper"] = float(md + q * se)
        out[key + "/correlation"] = float(r)
        lam_lo = noncentrality(t, df, 1 - g / 2)
        lam_hi = noncentrality(t, df, g / 2)
        J = float(np.exp(special.gammaln(df / 2) - 0.5 * np.log(df / 2) - special.gammaln((df - 1) / 2)))
        standardizers = {"z": sdd, "av": (sx + sy) / 2, "rm": sdd / np.sqrt(2 * (1 - r))}
        for name, sd in standardizers.items():
            for prefix, corr in (("d", 1.0), ("g", J)):
                scale = sdd / np.sqrt(n) / sd * corr
                ek = f"effect/{c['name']}/{prefix}_{name}"
                out[ek + "/estimate"] = float(md / sd * corr)
                out[ek + "/ci.lower"] = float(lam_lo * scale)
                out[ek + "/ci.upper"] = float(lam_hi * scale)
    for tp in TIMEPOINTS:
        names = [c["name"] for c in constructs if (c["name"], tp) in scores]
        if len(names) < 2:
            continue
        for a in range(len(names)):
            for b in range(a + 1, len(names)):
                xa = scores[(names[a], tp)]
                xb = scores[(names[b], tp)]
                both = ~np.isnan(xa) & ~np.isnan(xb)
                key = f"correlation/{tp}/{names[a]}/{names[b]}"
                out[key + "/n"] = int(both.sum())
                out[key + "/r"] = float(np.corrcoef(xa[both], xb[both])[0, 1])
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--versions", action="store_true")
    args = ap.parse_args()
    if args.versions:
        print(json.dumps(versions()))
        return
    baseline = rss_bytes()
    header, cols = load(args.data)
    after_load = rss_bytes()
    observed = sum(int(np.count_nonzero(~np.isnan(col))) for col in cols.values())
    times = []
    result = None
    peak = None
    for i in range(args.repeats):
        t0 = time.perf_counter()
        result = compute(cols, header["constructs"], header["level"])
        times.append((time.perf_counter() - t0) * 1000)
        if i == 0:
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    report = {
        "versions": versions(),
        "timesMs": times,
        "memory": {"baselineRss": baseline, "afterLoadRss": after_load, "peakRss": peak},
        "observedValues": observed,
        "results": result,
    }
    print(json.dumps(report))


if __name__ == "__main__":
    sys.exit(main())
