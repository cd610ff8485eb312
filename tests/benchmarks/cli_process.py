"""`wirehouse extract` as a whole process against a raw spaCy process (`make bench`, section 1b).

Both sides are one process each, started from nothing, timed end to end by the bench's launcher
(wall seconds and peak RSS of the process):
- measured: ``python -m loaders.cli extract FILE`` (what ``wirehouse extract FILE`` runs): the
  CLI's imports, the wirehouse pipeline's load (its lookup tables from the compiled cache that
  the bench's first section, ``make install`` or any earlier run left, as a user's second run
  finds them), the extraction, and the contract JSON written to stdout (a file);
- baseline: a raw process (``RAW`` below): ``import spacy``, ``spacy.load`` of the same stock
  English model, ``nlp.pipe`` over the same texts in batches of the pipeline's own size
  (``BATCH_SIZE``, 32: spaCy's default of 1,000 was slower here and held 1.5 GB), and one
  small line per document written to stdout (the entities' labels and offsets).
Input: the first N FA-KES articles (../shared; skipped with the reason when absent) as
``wirehouse load`` prepares them, one JSON object per line; the raw process reads the same file.
The two take turns (raw, CLI, CLI, raw for two rounds) and each side's faster run counts, as in
the two-worker figure: the machine's other load falls on both alike. Each run's CPU seconds
(user + system, from ``os.wait4``) are shown too: on a shared machine the wall clock swings with
the other processes (the same raw run took 54 s and 138 s), CPU time hardly does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path

RAW = """
import json, sys
import spacy
nlp = spacy.load(sys.argv[1])
with open(sys.argv[2], encoding="utf-8") as handle:
    texts = [json.loads(line)["text"] for line in handle]
out = sys.stdout
for doc in nlp.pipe(texts, batch_size=int(sys.argv[3])):
    ents = [[e.label_, e.start_char, e.end_char] for e in doc.ents]
    out.write(json.dumps(ents) + "\\n")
"""


def write_input(target: Path, docs: int) -> Path | str:
    """The first ``docs`` FA-KES articles as JSON Lines, or the reason they are not there."""
    from tests.benchmarks.same_output import FAKES, fakes_documents
    from tests.devset import corpus

    try:
        source = corpus.shared_path(FAKES)
    except corpus.SharedMissingError as exc:
        return str(exc)
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8") as handle:
        for doc in fakes_documents(source, docs):
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return target


def run_measured(
    args: list[str], output: Path, env: Mapping[str, str], cwd: Path
) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak RSS MiB) of a process whose stdout goes to ``output``;
    exits the benchmark if it fails."""
    start = time.perf_counter()
    with output.open("w", encoding="utf-8") as sink:
        child = subprocess.Popen(args, stdout=sink, stderr=subprocess.PIPE, env=env, cwd=cwd)
        _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        sys.exit(f"{' '.join(args[:4])} exited {child.returncode}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def bench_cli_process(
    out: Path,
    docs: int,
    rounds: int,
    wirehouse: list[str],
    env: Mapping[str, str],
    cwd: Path,
    record: Callable[..., object],
    figure: type,
    say: Callable[[str], None],
) -> None:
    from loaders.extraction.model import model_name
    from loaders.extraction.pipeline import BATCH_SIZE

    made = write_input(out / "fakes" / f"fakes-{docs}.jsonl", docs)
    if isinstance(made, str):
        say(f"  skipped: {made}")
        return
    raw_args = [sys.executable, "-c", RAW, model_name(), str(made), str(BATCH_SIZE)]
    cli_args = [*wirehouse, "extract", str(made)]
    raw_runs: list[tuple[float, float, float]] = []
    cli_runs: list[tuple[float, float, float]] = []
    for turn in range(rounds):
        order = [("raw", raw_args), ("cli", cli_args)]
        for name, args in order if turn % 2 == 0 else order[::-1]:
            log = out / f"process-{name}-{turn}.jsonl"
            (raw_runs if name == "raw" else cli_runs).append(run_measured(args, log, env, cwd))
    lines = (out / "process-cli-0.jsonl").read_text(encoding="utf-8").splitlines()
    errors = sum('"error"' in line[:200] for line in lines)
    say(f"  {docs} FA-KES articles; CLI wrote {len(lines)} results ({errors} errors)")
    raw_wall, cli_wall = min(r[0] for r in raw_runs), min(r[0] for r in cli_runs)
    raw_cpu, cli_cpu = min(r[1] for r in raw_runs), min(r[1] for r in cli_runs)
    raw_rss, cli_rss = max(r[2] for r in raw_runs), max(r[2] for r in cli_runs)
    for name, runs in (("raw", raw_runs), ("CLI", cli_runs)):
        say(
            f"  {name} runs (wall s / CPU s): "
            + ", ".join(f"{w:.1f} / {c:.1f}" for w, c, _ in runs)
        )
    record(figure("wirehouse extract process: raw nlp.pipe process", docs / raw_wall,
                  "articles/s"))  # fmt: skip
    record(figure("wirehouse extract process vs raw nlp.pipe process (FA-KES)", docs / cli_wall,
                  "articles/s", docs / raw_wall, raw_wall / cli_wall, ">= 0.9",
                  raw_wall / cli_wall >= 0.9))  # fmt: skip
    record(figure("wirehouse extract process vs raw process, CPU seconds", cli_cpu, "s",
                  raw_cpu, raw_cpu / cli_cpu, ">= 0.9", raw_cpu / cli_cpu >= 0.9))  # fmt: skip
    record(figure("wirehouse extract process: peak RSS", cli_rss, "MiB", raw_rss,
                  cli_rss / raw_rss))  # fmt: skip
