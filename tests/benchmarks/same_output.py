"""Is the extraction's output unchanged? For speed work, which must not change a single result.

    python -m tests.benchmarks.same_output write OUT.jsonl [--fakes N]
    python -m tests.benchmarks.same_output compare BEFORE.jsonl AFTER.jsonl

``write`` runs ``extract_batch`` once over the first N FA-KES articles (read and prepared as
``wirehouse load`` prepares them; skipped with a reason when ../shared is absent), the Syrian
dev set's documents and every item of the world dev set, and writes one contract result per
line. ``compare`` names every document whose result differs and the first key that differs;
exit 1 when any does. To compare with another version of the code, run ``write`` from a
checkout of it (``PYTHONPATH=/path/to/checkout``) with the same interpreter.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

FAKES = "data/fa-kes/FA-KES-Dataset.csv"


def documents(fakes: int) -> Iterator[dict[str, Any]]:
    from tests.benchmarks.world_quality import doc_inputs, load_items
    from tests.devset import corpus

    try:
        path = corpus.shared_path(FAKES)
    except corpus.SharedMissingError as exc:
        print(f"FA-KES and the Syrian dev set skipped: {exc}", file=sys.stderr)
    else:
        yield from fakes_documents(path, fakes)
        for doc in corpus.iter_documents(corpus.load_gold()):
            yield {**doc, "id": f"devset:{doc['id']}"}
    for doc in doc_inputs(load_items("all")):
        yield {**doc, "id": f"world:{doc['id']}"}


def fakes_documents(path: Path, limit: int) -> Iterator[dict[str, Any]]:
    """The first ``limit`` FA-KES articles as the loader gives them to the extractor."""
    from loaders.extract_step import as_doc_input
    from loaders.prepare import prepare
    from loaders.readers import RawArticle, read_inputs

    count = 0
    for record in read_inputs([str(path)]):
        if count >= limit:
            return
        if isinstance(record, RawArticle):  # a rejected row is no article
            doc = as_doc_input(prepare(record))
            yield {**doc, "id": f"fakes:{count}"}
            count += 1


def write(out: Path, fakes: int) -> int:
    from loaders.extraction.pipeline import extract_batch, load_nlp

    docs = list(documents(fakes))
    results = extract_batch(load_nlp(), docs)
    with out.open("w", encoding="utf-8") as handle:
        for result in results:
            handle.write(json.dumps(result, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(results)} results written to {out}")
    return 0


def first_difference(before: Any, after: Any, path: str = "") -> str:
    if isinstance(before, dict) and isinstance(after, dict):
        for key in sorted(set(before) | set(after)):
            if before.get(key) != after.get(key):
                return first_difference(before.get(key), after.get(key), f"{path}.{key}")
    if isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        for index, (left, right) in enumerate(zip(before, after, strict=True)):
            if left != right:
                return first_difference(left, right, f"{path}[{index}]")
    return f"{path}: {json.dumps(before)[:120]} -> {json.dumps(after)[:120]}"


def compare(before_path: Path, after_path: Path) -> int:
    before = [json.loads(line) for line in before_path.open(encoding="utf-8")]
    after = [json.loads(line) for line in after_path.open(encoding="utf-8")]
    if len(before) != len(after):
        print(f"{len(before)} results before, {len(after)} after")
        return 1
    differ = [(b, a) for b, a in zip(before, after, strict=True) if b != a]
    for b, a in differ:
        print(f"{b.get('id')}: {first_difference(b, a)}")
    print(f"{len(before) - len(differ)} of {len(before)} results identical")
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    written = commands.add_parser("write")
    written.add_argument("out", type=Path)
    written.add_argument("--fakes", type=int, default=400)
    compared = commands.add_parser("compare")
    compared.add_argument("before", type=Path)
    compared.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "write":
        return write(args.out, args.fakes)
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
