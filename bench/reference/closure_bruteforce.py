"""Reference of the enumeration benchmark: the exhaustive brute force of the test suite.

Runs `closure()` of test/reference/audit-closure.py (every vector of counts of the possible
scores with sum n, kept when its mean and SD round to the reported ones, decided in exact
rational arithmetic). Only that file's imports and function definitions are executed; its
module-level code (which writes the test reference JSON) is not.

Usage: /usr/bin/python3 bench/reference/closure_bruteforce.py --mean 3.55 --sd 0.86 --n 51 \
           --min 1 --max 5 --repeats 3
Prints one JSON line: {"timesMs": [...], "count": ..., "frequencyTotals": [...]}.
"""
import argparse
import ast
import json
import os
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "..", "test", "reference", "audit-closure.py")


def load_closure():
    with open(SOURCE) as f:
        tree = ast.parse(f.read(), SOURCE)
    keep = [node for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom, ast.FunctionDef))]
    namespace = {}
    exec(compile(ast.Module(body=keep, type_ignores=[]), SOURCE, "exec"), namespace)
    return namespace["closure"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mean", required=True)
    ap.add_argument("--sd", required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--min", type=int, default=1)
    ap.add_argument("--max", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    closure = load_closure()
    times = []
    result = None
    for _ in range(args.repeats):
        t0 = time.perf_counter()
        result = closure(args.mean, args.sd, args.n, args.min, args.max)
        times.append((time.perf_counter() - t0) * 1000)
    print(json.dumps({"timesMs": times, "count": result["count"], "frequencyTotals": result["frequency_totals"]}))


if __name__ == "__main__":
    main()
