"""The end-to-end dispute measure (tests/benchmarks/dispute_quality.py) on a few dispute items:
they are loaded and built like a user's articles and every row of the dispute mart is scored."""

from __future__ import annotations

from pathlib import Path

from tests.benchmarks import dispute_quality


def test_dispute_measure_runs_end_to_end_on_a_few_items(tmp_path: Path) -> None:
    wanted = ("w1450", "w1453", "w1477", "w1483")  # two disputes, two hard negatives (dev)
    items = [item for item in dispute_quality.dispute_items("dev") if item["id"] in wanted]
    assert len(items) == len(wanted)
    db, failed = dispute_quality.build_warehouse(items, tmp_path)
    assert not failed, failed
    rows = dispute_quality.dispute_rows(db)
    assert all(row.items <= set(wanted) for row in rows)
    result = dispute_quality.score(items, rows)
    assert result.coded == 2 and result.items == 4
    assert result.right + len(result.missed_items) == result.coded
    assert result.found == result.right + len(result.false_items)
    # the Vinnytsia strike: a shopping centre per Ukraine, commanders per Russia's ministry
    vinnytsia = [row for row in rows if row.items == {"w1450"}]
    assert vinnytsia and vinnytsia[0].actor_country == "RUS"
    # the same side told twice (a ministry and the agency citing it) disputes nothing
    assert "w1477" not in result.false_items
