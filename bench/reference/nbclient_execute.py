"""Executes notebooks one after another with Jupyter's nbclient (the reference executor), the way
`jupyter execute` does, and prints the execution time of each as JSON on the last line.

Only execution is timed (kernel start to kernel shutdown, inside NotebookClient.execute); Python's
start-up and the imports are not. The kernel must be registered (JUPYTER_PATH).

usage: python3 nbclient_execute.py <notebooks dir> <kernel name> <notebook> [<notebook> ...]
"""
import json
import os
import sys
import time

import nbformat
from nbclient import NotebookClient


def main() -> None:
    folder, kernel = sys.argv[1], sys.argv[2]
    times = {}
    for name in sys.argv[3:]:
        nb = nbformat.read(os.path.join(folder, name), as_version=4)
        client = NotebookClient(nb, kernel_name=kernel, timeout=600, resources={"metadata": {"path": folder}})
        t0 = time.perf_counter()
        client.execute()
        times[name] = (time.perf_counter() - t0) * 1000
    print(json.dumps({"kernel": kernel, "perNotebookMs": times, "totalMs": sum(times.values())}))


if __name__ == "__main__":
    main()
