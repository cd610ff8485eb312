"""How long a fresh process takes to load the extraction pipeline, from the compiled tables.

    .venv/bin/python scripts/time_pipeline_load.py [--runs 5]

Each run is a new interpreter (as `wirehouse extract` or a `load` worker starts): CPU seconds
(``time.process_time``; wall time on a shared machine is mostly waiting) of the imports, the
gazetteer, the rest of ``load_nlp()``, the towns table and the lookup's town keys (if the load
did not already read them) and a first sentence. Prints every run and the medians; the
compiled tables are built first (``python -m loaders.extraction.compiled``), so no run builds
them. Figures only: a shared machine's timings vary, so nothing here is asserted.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

ONE_RUN = r"""
import json, time
clock = time.process_time  # CPU seconds: on a shared machine wall time is mostly waiting
t0 = clock()
from loaders.extraction.places import load_gazetteer
from loaders.extraction.pipeline import load_nlp
t1 = clock()
load_gazetteer()
t2 = clock()
nlp = load_nlp()
t3 = clock()
from loaders.extraction.place_towns import towns_named
from loaders.extraction.lookup_towns import town_keys
towns_named("aguililla"), town_keys()
t4 = clock()
nlp("Gunmen killed four farmers in Aguililla on Sunday, police said.")
t5 = clock()
print(json.dumps({"imports": t1 - t0, "gazetteer": t2 - t1, "rest_of_load_nlp": t3 - t2,
                  "towns_and_keys": t4 - t3, "first_doc": t5 - t4, "total": t5 - t0}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    subprocess.run([sys.executable, "-m", "loaders.extraction.compiled"], check=True)
    runs = []
    for _ in range(args.runs):
        out = subprocess.run(
            [sys.executable, "-c", ONE_RUN], check=True, capture_output=True, text=True
        )
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(" ".join(f"{key}={value:.2f}s" for key, value in runs[-1].items()))
    medians = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    print("median " + " ".join(f"{key}={value:.2f}s" for key, value in medians.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
