"""The marts read as an analyst would, on two whole corpora: what would make the numbers wrong.

    python -m tests.benchmarks.mart_audit [--load DIR] [--fakes DB] [--synth DB] [--samples N]

``--load DIR`` creates two fresh warehouses in DIR with the real CLI (``wirehouse load`` with
extraction, then ``wirehouse build``): FA-KES (804 real articles on the Syrian war, ../shared)
and the 4,500 synthetic world-wide stories of ../shared (converted to JSON Lines in DIR; each
story's id is ``ngec:ROW`` so that its PLOVER pseudo-label can be joined back). ``--fakes`` and
``--synth`` read warehouses built earlier. Then every kind of suspect row is counted: how many
rows (reports, or incidents for the incident kinds) and how many dead they account for (the
killed figures that count toward the marts' sums; ``-`` when the kind carries no toll). The
kinds are heuristics: each says where to look, not that every row it counts is wrong; the README
("Audit of the marts on whole corpora") gives what reading them showed. Not a test: it prints
figures, it asserts nothing; it exits 0 with a reason when ../shared is absent.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("WIREHOUSE_SHARED", REPO.parent / "shared"))
FAKES = "data/fa-kes/FA-KES-Dataset.csv"
SYNTHETIC = "data/synthetic-news/ngec_synthetic_events.csv"
# PLOVER categories whose stories tell of force used: the rest (CONCEDE, PROTEST, SUPPORT,
# ACCUSE, SANCTION...) should hold few asserted violent events, and none with many dead
VIOLENT_LABELS = ("ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "THREATEN")

# every counted report with its sentence and article (fct_event_reports is the analyst's fact)
REPORTS = """
create or replace temp view rep as
select
    r.*,
    a.external_id,
    a.dateline,
    substr(a.body, r.sentence_start + 1, r.sentence_end - r.sentence_start) as sentence,
    case when r.counts_toward_tolls then r.killed_best end as dead
from marts.fct_event_reports as r
inner join main.articles as a on r.article_id = a.article_id
"""

# periodic or running tolls an analyst reads as such (broader than the marts' own seed, on
# purpose: the audit looks for what the seed misses)
RUNNING = (
    r"\b(since|so far|thus far|until now|up to now|to date|in recent (days|weeks|months)"
    r"|over the (past|last)|(bombing|air|aerial|military|bombardment) campaign)\b"
)
VAGUE = r"\b(thousands|hundreds|scores|dozens)\b"
LABOUR = (
    r"\b(protest(er)?s?|demonstrat(ors?|ions?)|riot(s|ers|ing)?|rall(y|ies)|marchers|strikers"
    r"|(general|hunger|labou?r|wildcat|nationwide|teachers|workers) strikes?"
    r"|(went|go|going|are|were) on strike|walk-?outs?|trade unions?)\b"
)
PRONOUNS = "('it','them','they','this','that','these','those','him','her','one','some','others')"
NON_ACTOR_SECTORS = "('MED','NGO','HLH','CVL','REF','IGO','EDU','REL')"


@dataclass(frozen=True)
class Kind:
    name: str
    corpus: str  # fakes, synth or both
    what: str
    sql: str  # returns (rows, dead)


KINDS = (
    Kind(
        "incident_over_500",
        "both",
        "incidents with more than 500 killed (highest figure)",
        "select count(*), sum(killed_best) from marts.fct_incidents where killed_high > 500",
    ),
    Kind(
        "running_toll_counted",
        "both",
        "counted reports whose sentence tells a running or periodic toll",
        "select count(*), sum(dead) from rep where dead > 0 "
        f"and regexp_matches(sentence, '{RUNNING}', 'i')",
    ),
    Kind(
        "vague_magnitude_counted",
        "both",
        "counted reports of 100 or more killed read from 'hundreds', 'thousands'...",
        f"select count(*), sum(dead) from rep where dead >= 100 and killed_open_ended "
        f"and regexp_matches(sentence, '{VAGUE}', 'i') "
        f"and not regexp_matches(sentence, '[0-9]{{3}}')",
    ),
    Kind(
        "one_toll_many_incidents",
        "both",
        "counted reports of 100+ killed within 10% of a counted report of another incident "
        "at most 7 days earlier (one event counted again)",
        """
        select count(distinct later.event_id), sum(distinct_dead) from (
            select later.event_id, later.dead as distinct_dead
            from rep as later join rep as earlier
              on later.incident_id != earlier.incident_id
             and later.dead >= 100 and earlier.dead >= 100
             and abs(later.dead - earlier.dead) <= 0.1 * greatest(later.dead, earlier.dead)
             and later.report_date between earlier.report_date and earlier.report_date + 7
             and (later.report_date > earlier.report_date or later.event_id > earlier.event_id)
            group by later.event_id, later.dead
        ) as later
        """,
    ),
    Kind(
        "actor_not_actor",
        "both",
        "asserted reports whose actor is an outlet, monitor, aid body, victim group, or a "
        "person entity without sector (dates, places, weapons read as names)",
        f"""
        select count(*), sum(dead) from rep left join main.entities as e
          on e.entity_id = rep.actor_entity_id
        where stance = 'assert'
          and (e.sector in {NON_ACTOR_SECTORS} or (e.kind = 'person' and e.sector is null))
        """,
    ),
    Kind(
        "actor_no_country_named",
        "both",
        "asserted reports whose actor has no country while its words name one (demonym)",
        "select count(*), sum(dead) from rep where stance = 'assert' "
        "and actor_country_iso3 is null and actor_text is not null "
        "and regexp_matches(actor_text, $demonyms)",
    ),
    Kind(
        "target_generic",
        "both",
        "asserted reports whose target is a pronoun or a credit line",
        f"select count(*), sum(dead) from rep where stance = 'assert' and (lower(target_text) "
        f"in {PRONOUNS} or regexp_matches(target_text, 'date of publication|photo|video', 'i'))",
    ),
    Kind(
        "place_namesake_abroad",
        "both",
        "reports placed in a small namesake town abroad of a city 20 times its size "
        "(Damascus, Maryland)",
        "select count(*), sum(dead) from rep "
        "where location_id in (select * from unnest($namesakes))",
    ),
    Kind(
        "place_from_dateline",
        "both",
        "reports placed at the article's dateline written in capitals (where it was filed)",
        "select count(*), sum(dead) from rep where location_text is not null "
        "and location_text = upper(location_text) and length(location_text) > 3 "
        "and dateline is not null and strpos(upper(dateline), location_text) > 0",
    ),
    Kind(
        "date_outside_article",
        "both",
        "counted reports dated after their article or more than a year before it",
        "select count(*), sum(dead) from rep where counts_toward_tolls and "
        "(event_date > published_date or event_date < published_date - 365)",
    ),
    Kind(
        "claimant_unnamed_blank",
        "both",
        "reports whose claimant label is blank (a claim with no speaker)",
        "select count(*), sum(dead) from rep where claimant_label = ''",
    ),
    Kind(
        "claimant_not_source",
        "both",
        "reports credited to a claimant that is a date, a credit line or a place",
        "select count(*), sum(dead) from rep where regexp_matches(claimant_label, "
        "'^(date of publication|published|photo|video|(mon|tue|wed|thu|fri|sat|sun)[a-z]* )', 'i')",
    ),
    Kind(
        "disputed_strike_rows",
        "both",
        "rows of mart_disputed_strikes (to read by hand)",
        "select count(*), null from marts.mart_disputed_strikes",
    ),
    Kind(
        "labour_or_protest_as_violence",
        "both",
        "asserted strikes and battles whose sentence is about a labour strike, protest or riot",
        "select count(*), sum(dead) from rep where stance = 'assert' "
        f"and event_family in ('strike', 'battle') and regexp_matches(sentence, '{LABOUR}', 'i')",
    ),
    Kind(
        "nonviolent_story_events",
        "synth",
        "asserted reports in synthetic stories whose PLOVER label is not one of force",
        "select count(*), sum(dead) from rep join labels on rep.external_id = labels.id "
        f"where stance = 'assert' and labels.label not in {VIOLENT_LABELS}",
    ),
)


def demonym_pattern() -> str:
    """One case-sensitive pattern of every country name and nationality word (NGEC's list)."""
    words: set[str] = set()
    with (SHARED / "data/reference/ngec_countries_demonyms.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            words.add(row["Name"].strip())
            words.update(w.strip() for w in row["Nationality"].split(",") if w.strip())
    alternatives = "|".join(sorted((w.replace(".", r"\.") for w in words), key=len, reverse=True))
    return rf"\b({alternatives})\b"


def namesake_locations(conn: duckdb.DuckDBPyConnection) -> list[int]:
    """Stored city locations named like a town of another country at least 20 times larger."""
    from loaders.extraction.place_namesakes import namesakes
    from loaders.extraction.places import normalise

    towns = namesakes()
    found = []
    for location_id, name, country in conn.execute(
        "select location_id, name, country_iso3 from main.locations where precision = 'city'"
    ).fetchall():
        same = towns.get(normalise(name)) or {}
        mine = same.get(country)
        if not mine:
            continue
        biggest = max(same.values(), key=lambda town: town["population"])
        if biggest is not mine and biggest["population"] >= 20 * max(mine["population"], 1):
            found.append(location_id)
    return found


def synthetic_labels() -> list[tuple[str, str]]:
    with (SHARED / SYNTHETIC).open(encoding="utf-8", newline="") as handle:
        return [(f"ngec:{n}", row["label"]) for n, row in enumerate(csv.DictReader(handle))]


def write_synthetic_jsonl(path: Path) -> None:
    """The stories as the loader reads them: the headline is the prompt's filled first line."""
    with (SHARED / SYNTHETIC).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    with path.open("w", encoding="utf-8") as out:
        for n, row in enumerate(rows):
            title = row["prompt"].split("\n")[0].strip()
            record = {
                "id": f"ngec:{n}",
                "title": title,
                "text": row["text"],
                "source": row["source"],
            }
            out.write(json.dumps(record) + "\n")


def load(db: Path, source: Path) -> None:
    cli = [sys.executable, "-m", "loaders.cli", "--db", str(db)]
    for args in (["load", "-q", str(source)], ["build", "-q", "--no-publish"]):
        done = subprocess.run(cli + args, cwd=REPO, capture_output=True, text=True)
        if done.returncode not in (0, 1):  # load: 1 when some rows were rejected
            sys.exit(f"{' '.join(args[:1])} {db}: {done.stderr[-2000:]}")


def prepare(conn: duckdb.DuckDBPyConnection, corpus: str) -> None:
    conn.execute(REPORTS)
    conn.execute("create temp table labels (id varchar, label varchar)")
    if corpus == "synth":
        conn.executemany("insert into labels values (?, ?)", synthetic_labels())


def audit(db: Path, corpus: str) -> dict[str, tuple[int, int | None]]:
    with duckdb.connect(str(db), read_only=True) as conn:
        prepare(conn, corpus)
        params = {"demonyms": demonym_pattern(), "namesakes": namesake_locations(conn)}
        counts = {}
        for kind in KINDS:
            if kind.corpus not in (corpus, "both"):
                continue
            wanted = {k: v for k, v in params.items() if f"${k}" in kind.sql}
            rows, dead = conn.execute(kind.sql, wanted).fetchone()
            counts[kind.name] = (int(rows or 0), None if dead is None else int(dead))
        total = conn.execute(
            "select count(*), sum(killed_low), sum(killed_best), sum(killed_high) "
            "from marts.fct_incidents"
        ).fetchone()
        counts["incidents_total"] = (int(total[0]), int(total[2] or 0))
    return counts


def samples(db: Path, corpus: str, kind_name: str, limit: int) -> list[tuple[object, ...]]:
    """A few sentences of one kind, to read (only the report kinds)."""
    kind = next(k for k in KINDS if k.name == kind_name)
    select = kind.sql.replace("count(*), sum(dead)", "event_type, dead, actor_name, sentence", 1)
    with duckdb.connect(str(db), read_only=True) as conn:
        prepare(conn, corpus)
        params = {"demonyms": demonym_pattern(), "namesakes": namesake_locations(conn)}
        wanted = {k: v for k, v in params.items() if f"${k}" in kind.sql}
        return conn.execute(f"{select} limit {limit}", wanted).fetchall()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--load", type=Path, help="create both warehouses in this folder")
    parser.add_argument("--fakes", type=Path, help="a built FA-KES warehouse")
    parser.add_argument("--synth", type=Path, help="a built synthetic-stories warehouse")
    parser.add_argument("--samples", type=int, default=0, help="sentences shown per kind")
    args = parser.parse_args(argv)
    if not (SHARED / FAKES).exists() or not (SHARED / SYNTHETIC).exists():
        print(f"skipped: shared material absent ({SHARED}): the audit needs both corpora")
        return 0
    if args.load:
        args.load.mkdir(parents=True, exist_ok=True)
        args.fakes, args.synth = args.load / "fakes.duckdb", args.load / "synth.duckdb"
        stories = args.load / "synthetic.jsonl"
        write_synthetic_jsonl(stories)
        load(args.fakes, SHARED / FAKES)
        load(args.synth, stories)
    results = {}
    for corpus, db in (("fakes", args.fakes), ("synth", args.synth)):
        if db is not None:
            results[corpus] = audit(db, corpus)
    names = ["incidents_total"] + [k.name for k in KINDS]
    print(f"{'kind':32} " + " ".join(f"{c + ' rows':>12} {c + ' dead':>12}" for c in results))
    for name in names:
        cells = []
        for counts in results.values():
            rows, dead = counts.get(name, (None, None))
            cells.append(f"{'-' if rows is None else rows:>12} {'-' if dead is None else dead:>12}")
        print(f"{name:32} " + " ".join(cells))
    if args.samples:
        for corpus, db in (("fakes", args.fakes), ("synth", args.synth)):
            for kind in KINDS:
                if db is None or kind.corpus not in (corpus, "both") or "rep" not in kind.sql:
                    continue
                if kind.name in ("one_toll_many_incidents", "disputed_strike_rows"):
                    continue
                print(f"\n== {corpus} {kind.name}")
                for row in samples(db, corpus, kind.name, args.samples):
                    print("  ", " | ".join(str(x)[:200] for x in row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
