"""wirehouse loaders: read articles, normalise them, extract events and write them to DuckDB."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("wirehouse")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+local"
