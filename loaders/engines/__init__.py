"""Distributed extraction engines for ``wirehouse load --engine``: the same extractor interface
as ``loaders.extract_step`` (prepared articles in, contract results out, in order), run on an
existing cluster engine instead of local processes."""

ENGINES = ("local", "ray")
