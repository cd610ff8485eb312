"""Issue 5's acceptance on the two seed articles: load them, build, read the marts."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import shared_file
from tests.helpers import query, wirehouse


def test_seed_strike_mart_and_disputes(tmp_path: Path) -> None:
    reuters = shared_file("data/seeds/000_90cdf6e9ad84842e.txt")
    afp = shared_file("data/seeds/001_7d521d7e3635afb3.txt")
    db = tmp_path / "warehouse.duckdb"
    # The Reuters seed credits no agency in its text: the user names the outlet.
    assert wirehouse("load", "-q", "--source", "Reuters", str(reuters), db=db).returncode == 0
    assert wirehouse("load", "-q", str(afp), db=db).returncode == 0
    built = wirehouse("build", "--quiet", db=db)
    assert built.returncode == 0, built.stdout + built.stderr  # every dbt test passed

    rows = query(
        db,
        "SELECT actor_name, claimed_target_group, claimant_label "
        "FROM marts.mart_strike_counts_by_actor_and_claimed_target",
    )
    claimants: dict[tuple[str, str], set[str]] = {}
    for actor, target, claimant in rows:
        claimants.setdefault((actor, target), set()).add(claimant)
    assert "Russia" in claimants[("Russia", "Islamic State")]
    assert {"Western governments", "France", "Reuters (writer)"} <= claimants[
        ("Russia", "rebel groups")
    ]
    assert ("France", "Islamic State") in claimants
    # Islamic State's advance on rebel groups is a ground attack: the all-events mart has it
    ground = query(
        db,
        "SELECT event_family FROM marts.mart_event_counts_by_actor_and_claimed_target "
        "WHERE actor_name = 'Islamic State' AND claimed_target_group = 'rebel groups'",
    )
    assert ("territory",) in ground or ("battle",) in ground

    disputes = query(
        db, "SELECT actor_name, target_group_a, target_group_b FROM marts.mart_disputed_strikes"
    )
    assert ("Russia", "Islamic State", "rebel groups") in disputes
