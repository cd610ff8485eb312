"""The compiled lookup tables (loaders/extraction/compiled.py): built once, read back equal,
rebuilt when an input changes, never read stale."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from loaders.extraction import compiled


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    directory = tmp_path / "cache"
    monkeypatch.setenv(compiled.CACHE_VARIABLE, str(directory))
    compiled.fingerprint.cache_clear()
    yield directory
    compiled.fingerprint.cache_clear()  # the next test reads its own environment's inputs


def test_a_table_is_built_once_and_read_back(cache_dir: Path) -> None:
    builds: list[int] = []

    def build() -> dict[str, list[int]]:
        builds.append(1)
        return {"Aleppo": [1, 2]}

    assert compiled.cached("probe", build) == {"Aleppo": [1, 2]}
    assert compiled.cached("probe", build) == {"Aleppo": [1, 2]}
    assert len(builds) == 1
    assert len(list(cache_dir.glob("probe-*.pickle"))) == 1


def test_an_edited_user_file_rebuilds_the_table(
    cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user_file = tmp_path / "my_actors.yaml"
    user_file.write_text("actors: []\n", encoding="utf-8")
    monkeypatch.setenv("WIREHOUSE_ACTORS", str(user_file))
    compiled.fingerprint.cache_clear()
    assert compiled.cached("probe", lambda: "first") == "first"
    user_file.write_text("actors: []  # edited\n", encoding="utf-8")
    compiled.fingerprint.cache_clear()  # as actors.reload() does
    assert compiled.cached("probe", lambda: "second") == "second"
    assert compiled.cached("probe", lambda: "third") == "second"


def test_the_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(compiled.CACHE_VARIABLE, "off")
    assert compiled.cache_dir() is None
    assert compiled.cached("probe", lambda: 1) == 1


def test_compiled_tables_equal_a_build_from_the_data_files() -> None:
    """What the extraction reads from the cache (the default one, as a run finds it) is what
    the data files give now."""
    from loaders.extraction import place_fallbacks
    from loaders.extraction.actors.dictionary import _build_dictionary, load_dictionary

    compiled.fingerprint.cache_clear()
    assert load_dictionary() == _build_dictionary()
    fresh_cities = place_fallbacks._build_city_index()
    assert place_fallbacks.city_index().keys() == fresh_cities.keys()
    assert all(
        place_fallbacks.city_index()[key] == place_fallbacks._read_fields(city)
        for key, city in fresh_cities.items()
    )
    fresh_variants = place_fallbacks._build_variant_index(fresh_cities)
    assert place_fallbacks.variant_index().keys() == fresh_variants.keys()


def test_tables_of_user_files_never_evict_the_packaged_ones(
    cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert compiled.cached("probe", lambda: "packaged") == "packaged"
    for number in range(6):  # as tests switching $WIREHOUSE_ACTORS between files do
        user_file = tmp_path / f"actors_{number}.yaml"
        user_file.write_text("actors: []\n", encoding="utf-8")
        monkeypatch.setenv("WIREHOUSE_ACTORS", str(user_file))
        compiled.fingerprint.cache_clear()
        assert compiled.cached("probe", lambda n=number: n) == number
    monkeypatch.delenv("WIREHOUSE_ACTORS")
    compiled.fingerprint.cache_clear()
    assert compiled.cached("probe", lambda: "rebuilt") == "packaged"
    assert len(list(cache_dir.glob("probe-user*.pickle"))) == compiled.KEEP_VERSIONS[1]
