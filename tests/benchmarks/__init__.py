"""Benchmarks: run on demand (`make bench`), not collected by `make test`."""
