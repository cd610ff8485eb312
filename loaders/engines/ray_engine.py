"""``wirehouse load --engine ray``: extraction on a Ray cluster (a local one by default).

Why Ray rather than Spark: it installs as one binary wheel from PyPI (no JVM, no 300 MB source
distribution to build), its actors are exactly "a pipeline loaded once per executor" (the
model is loaded in the actor's constructor and reused for every batch), and results travel
back as Arrow tables through its object store. Spark would run the same Python in UDF workers
behind a JVM that adds nothing to a job that is all Python.

Each batch the loader reads is cut into one contiguous slice per actor; every actor extracts
its slice and returns an Arrow table of JSON results; the loader puts them back in input order
and commits the batch as usual (into the lake, where several loaders may commit at once).
``WIREHOUSE_RAY_ADDRESS`` (or Ray's own ``RAY_ADDRESS``) names a running cluster; without one
a local Ray with ``executors`` CPUs is started for the load and stopped after it. Every node of
a cluster needs wirehouse installed (the same version): actors import the pipeline from it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from typing import Any

import pyarrow as pa

from loaders.extract_step import EMPTY_RESULT, as_doc_input
from loaders.prepare import PreparedArticle

ADDRESS_ENV = "WIREHOUSE_RAY_ADDRESS"


class PipelineActor:
    """One executor: loads the spaCy pipeline once, then extracts every slice it is sent."""

    def __init__(self) -> None:
        from loaders.extraction.pipeline import EXTRACTOR_VERSION, load_nlp

        self.version = EXTRACTOR_VERSION
        self.nlp = load_nlp()
        self.pid = os.getpid()

    def extract(self, docs: pa.Table) -> pa.Table:
        from loaders.extraction.pipeline import extract_batch

        results = extract_batch(self.nlp, docs.to_pylist())
        return pa.table({"result": pa.array([json.dumps(r) for r in results], pa.string())})

    def identity(self) -> tuple[int, str]:
        return self.pid, self.version


class RayExtractor:
    def __init__(self, executors: int | None = None, address: str | None = None) -> None:
        import ray

        from loaders.extraction.pipeline import EXTRACTOR_VERSION

        address = address or os.environ.get(ADDRESS_ENV) or os.environ.get("RAY_ADDRESS")
        self._started_ray = not ray.is_initialized()
        if self._started_ray:
            local = {"num_cpus": executors or os.cpu_count() or 1} if not address else {}
            ray.init(address=address, include_dashboard=False, log_to_driver=False,
                     configure_logging=False, **local)  # fmt: skip
        count = executors or max(1, int(ray.cluster_resources().get("CPU", 1)))
        actor = ray.remote(num_cpus=1)(PipelineActor)
        self._actors = [actor.remote() for _ in range(count)]
        identities = ray.get([a.identity.remote() for a in self._actors])
        versions = {version for _, version in identities}
        if versions != {EXTRACTOR_VERSION}:
            raise RuntimeError(
                f"executors run extractor {versions}, this loader {EXTRACTOR_VERSION}"
            )
        self.version: str = EXTRACTOR_VERSION
        self.executor_pids = [pid for pid, _ in identities]

    def __call__(self, articles: Sequence[PreparedArticle]) -> list[Mapping[str, Any]]:
        import ray

        english = [i for i, a in enumerate(articles) if a.language == "en"]
        docs = [as_doc_input(articles[i]) for i in english]
        results: list[Mapping[str, Any]] = [EMPTY_RESULT] * len(articles)
        if not docs:
            return results
        size = -(-len(docs) // len(self._actors))
        slices = [docs[i : i + size] for i in range(0, len(docs), size)]
        refs = [
            actor.extract.remote(pa.Table.from_pylist(part))
            for actor, part in zip(self._actors, slices, strict=False)
        ]
        found = [
            json.loads(r) for table in ray.get(refs) for r in table.column("result").to_pylist()
        ]
        for index, result in zip(english, found, strict=True):
            results[index] = result
        return results

    def close(self) -> None:
        import ray

        for actor in self._actors:
            ray.kill(actor)
        self._actors = []
        if self._started_ray:
            ray.shutdown()
