"""The read path is sandboxed: `wirehouse query` (serving file and --live) and the README's
SQLAlchemy connection answer questions about the warehouse and nothing else. Each escape is tried
with a real published warehouse, real `wirehouse query` processes and a real SQLAlchemy engine;
each is refused (one line, non-zero exit), creates no file, changes no file, fetches no URL."""

from __future__ import annotations

import http.server
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from loaders.serving.sandbox import (
    READER_SETTINGS,
    initialize_sql,
    node_options,
    sqlalchemy_connect_args,
    url_options,
)
from tests.helpers import REPO, wirehouse
from tests.sandbox_escapes import (
    ESCAPES,
    LOGGING_ESCAPE,
    OWN_FILE_ESCAPES,
    SANDBOX_WORDS,
    file_state,
    make_outside,
)
from tests.test_publish import build, load, write_articles

MODES = ("serving", "live")


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        _Recorder.requests.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"a,b\n1,2\n")

    def log_message(self, *args: object) -> None:
        pass


class Warehouse:
    def __init__(self, db: Path, outside: Path, port: int) -> None:
        self.db, self.outside, self.port = db, outside, port
        self.serving = db.parent / "serving.duckdb"

    def sql(self, template: str, target: Path) -> str:
        return template.format(outside=self.outside, port=self.port, target=target)

    def state(self) -> dict[str, tuple[int, int]]:
        """Every file under the warehouse directory (the outside directory included)."""
        return file_state(self.db.parent)


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Warehouse]:
    """A built and published warehouse of 12 articles, files of another application beside
    it, and a local HTTP server that records requests."""
    directory = tmp_path_factory.mktemp("sandbox")
    db = directory / "wh.duckdb"
    load(db, write_articles(directory / "a.jsonl", 0, 12))
    build(db)
    outside = make_outside(directory / "outside")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield Warehouse(db, outside, server.server_address[1])
    finally:
        server.shutdown()


def target_of(wh: Warehouse, mode: str) -> Path:
    return wh.db if mode == "live" else wh.serving


def run_query(wh: Warehouse, mode: str, sql: str) -> subprocess.CompletedProcess[str]:
    extra = ("--live",) if mode == "live" else ()
    return wirehouse("query", sql, "--format", "csv", *extra, db=wh.db, timeout=120)


def assert_refused(result: subprocess.CompletedProcess[str]) -> None:
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert len(lines) == 1 and lines[0].startswith("refused: "), result.stderr
    assert "Traceback" not in result.stderr and "etc/passwd" not in result.stdout


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("name", "template"), ESCAPES + OWN_FILE_ESCAPES + [LOGGING_ESCAPE])
def test_wirehouse_query_refuses_every_escape(
    warehouse: Warehouse, mode: str, name: str, template: str
) -> None:
    before = warehouse.state()
    requests = len(_Recorder.requests)
    result = run_query(warehouse, mode, warehouse.sql(template, target_of(warehouse, mode)))
    assert_refused(result)
    assert warehouse.state() == before, name  # no file created, none changed
    assert len(_Recorder.requests) == requests  # nothing fetched


# The README's "any SQLAlchemy app" recipe, one fresh connection per statement (NullPool, as
# Superset and the README use it). Prints one JSON line per statement.
SQLALCHEMY_PROBE = """
import json, sys
import sqlalchemy as sa
from sqlalchemy.pool import NullPool

serving, connect_args = sys.argv[1], json.loads(sys.argv[2])
engine = sa.create_engine(f"duckdb:///{serving}", connect_args=connect_args, poolclass=NullPool)
for sql in json.loads(sys.stdin.read()):
    try:
        with engine.connect() as conn:
            result = conn.execute(sa.text(sql))
            rows = result.fetchall() if result.returns_rows else []
        print(json.dumps({"rows": [[str(v) for v in row] for row in rows]}), flush=True)
    except Exception as exc:
        cause = getattr(exc, "orig", exc)
        print(json.dumps({"error": type(cause).__name__, "message": str(cause)}), flush=True)
"""


def sqlalchemy_probe(wh: Warehouse, statements: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", SQLALCHEMY_PROBE, str(wh.serving),
         json.dumps(sqlalchemy_connect_args())],
        input=json.dumps(statements), capture_output=True, text=True, cwd=REPO, timeout=300,
    )  # fmt: skip


def test_the_documented_sqlalchemy_connection_refuses_every_escape(warehouse: Warehouse) -> None:
    before = warehouse.state()
    statements = [warehouse.sql(template, warehouse.serving) for _, template in ESCAPES]
    legit = "SELECT count(*) FROM marts.dim_sources"
    probe = sqlalchemy_probe(warehouse, [legit, *statements, legit])
    assert probe.returncode == 0, probe.stderr[-2000:]
    answers = [json.loads(line) for line in probe.stdout.splitlines()]
    assert len(answers) == len(ESCAPES) + 2
    assert answers[0] == answers[-1] and int(answers[0]["rows"][0][0]) > 0
    for (name, _), answer in zip(ESCAPES, answers[1:-1], strict=True):
        assert "error" in answer, (name, answer)
        assert any(word in answer["message"] for word in SANDBOX_WORDS), (name, answer)
    assert warehouse.state() == before
    assert _Recorder.requests == []


def test_logging_to_a_file_through_sqlalchemy_writes_nothing(warehouse: Warehouse) -> None:
    """Refused and nothing written; DuckDB 1.5.5 may then abort the client process as the
    connection closes (a BI worker restarts), which is why it is tried in a process of its own."""
    before = warehouse.state()
    probe = sqlalchemy_probe(warehouse, [warehouse.sql(LOGGING_ESCAPE[1], warehouse.serving)])
    answer = json.loads(probe.stdout.splitlines()[0])
    assert answer["error"] == "PermissionException", answer
    assert warehouse.state() == before


@pytest.mark.parametrize("mode", MODES)
def test_mart_and_json_queries_still_work(warehouse: Warehouse, mode: str, tmp_path: Path) -> None:
    sql = (
        "SELECT source_name, json_extract_string(to_json(s), '$.source_name') AS from_json, "
        "to_json(list(s.source_name) OVER ()) IS NOT NULL AS listed "
        "FROM marts.dim_sources s ORDER BY source_name"
    )
    result = run_query(warehouse, mode, sql)
    assert result.returncode == 0, result.stderr
    rows = [line.split(",") for line in result.stdout.splitlines()[1:]]
    assert len(rows) == 3 and all(name == parsed for name, parsed, _ in rows)
    # Result files are written by wirehouse, not by the sandboxed connection.
    out = tmp_path / f"{mode}.parquet"
    extra = ("--live",) if mode == "live" else ()
    written = wirehouse(
        "query", sql, "--format", "parquet", "-o", str(out), *extra, db=warehouse.db
    )
    assert written.returncode == 0, written.stderr
    with duckdb.connect() as conn:
        assert conn.execute("SELECT count(*) FROM read_parquet(?)", [str(out)]).fetchone() == (3,)


def test_the_report_reads_through_the_sandbox(warehouse: Warehouse, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    made = wirehouse("report", "--output", str(out), db=warehouse.db)
    assert made.returncode == 0, made.stderr
    assert out.stat().st_size > 0


def test_the_readme_gives_bi_tools_the_same_settings() -> None:
    """Every recipe of "Connecting BI tools" carries the settings wirehouse's readers use, in
    that tool's form (derived from READER_SETTINGS, the one source)."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Connecting BI tools", 1)[1].split("\n## ", 1)[0]
    python_dict = "".join(f'    "{k}": {v},\n' for k, v in READER_SETTINGS.items())
    node = ", ".join(f'{k}: "{v}"' for k, v in node_options().items())
    for form in (
        json.dumps({"connect_args": sqlalchemy_connect_args()}),  # Superset engine parameters
        url_options(),  # Metabase
        initialize_sql(),  # Evidence
        f"SANDBOX = {{\n{python_dict}}}",  # pandas, Polars, SQLAlchemy (as ruff formats it)
        f"{{{node}}}",  # Node
    ):
        assert form in section, form
    for name in READER_SETTINGS:
        assert f"`{name}`" in section or f"`{name} = " in section  # DBeaver's property list
