"""`make bi-check`: each BI recipe of the README against the real client, installed from PyPI
and npm into throwaway environments under ``.cache/bi-check/`` (or $BI_CHECK_CACHE).

A small warehouse is built from the bundled samples and published; every client opens the
serving file with the README's settings (derived from ``READER_SETTINGS``), must answer the mart
queries, must report the sandbox settings in force, and must refuse every escape of
``tests/sandbox_escapes.py`` without creating or changing a file or fetching a URL.
Exit code 0 when every client passes, 1 otherwise. ``--only python,node,superset`` narrows it.
"""

from __future__ import annotations

import argparse
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from loaders.serving.sandbox import (  # noqa: E402
    READER_SETTINGS,
    initialize_sql,
    node_options,
    sqlalchemy_connect_args,
)
from tests.sandbox_escapes import (  # noqa: E402
    ESCAPES,
    OWN_FILE_ESCAPES,
    file_state,
    make_outside,
)

HERE = Path(__file__).resolve().parent
CACHE = Path(os.environ.get("BI_CHECK_CACHE") or REPO / ".cache" / "bi-check").absolute()
PYTHON = os.environ.get("BI_CHECK_PYTHON") or shutil.which("python3.11") or sys.executable
# duckdb releases a BI tool may bundle; each also gets duckdb-engine (SQLAlchemy 1.4).
PYTHON_CLIENTS = ("1.0.0", "1.1.3", "2.0.1")
# What a client is known to let through (README "Connecting BI tools"): DuckDB 1.0's sniff_csv
# ignores enable_external_access and returns any CSV's column names. Reported, not failed; a
# known hole that closes is reported too, so the README can be corrected.
KNOWN_HOLES = {"python duckdb 1.0.0": {"sniff_csv"}}
NODE_PACKAGES = ("@duckdb/node-api@1.5.5-r.5", "@evidence-dev/duckdb@2.0.1")
SUPERSET_PACKAGES = (
    "apache-superset==6.1.0", "duckdb-engine==0.17.0", "duckdb==1.5.5",
    "rich", "cachetools", "flask-caching<2.5",
)  # fmt: skip
LEGIT = [
    "SELECT count(*) FROM marts.dim_sources",
    "SELECT count(*) FROM marts.mart_strike_counts_by_actor_and_claimed_target",
    "SELECT json_extract_string(to_json(s), '$.source_name') FROM marts.dim_sources s LIMIT 1",
    "SELECT current_setting('enable_external_access'), current_setting('lock_configuration')",
]


class Recorder(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        Recorder.requests.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"a,b\n1,2\n")

    def log_message(self, *args: object) -> None:
        pass


def step(message: str) -> None:
    print(f"bi-check: {message}", flush=True)


def run(*command: str | Path, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in command], text=True, capture_output=True, **kwargs)


def venv(name: str, packages: tuple[str, ...]) -> Path:
    """A virtual environment with ``packages``, reused while its stamp names the same set."""
    home = CACHE / name
    stamp = home / ".bi-check-stamp"
    wanted = "\n".join(packages)
    if stamp.exists() and stamp.read_text() == wanted:
        return home / "bin" / "python"
    shutil.rmtree(home, ignore_errors=True)
    step(f"installing {' '.join(packages)} into {home}")
    for command in (
        (PYTHON, "-m", "venv", home),
        (home / "bin" / "pip", "install", "--quiet", "--upgrade", "pip"),
        (home / "bin" / "pip", "install", "--quiet", *packages),
    ):
        done = run(*command, timeout=1800)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(map(str, command))} failed:\n{done.stderr[-3000:]}")
    stamp.write_text(wanted)
    return home / "bin" / "python"


def npm_project() -> Path:
    home = CACHE / "node"
    stamp = home / ".bi-check-stamp"
    wanted = "\n".join(NODE_PACKAGES)
    if stamp.exists() and stamp.read_text() == wanted:
        return home / "node_modules"
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    step(f"installing {' '.join(NODE_PACKAGES)} from npm into {home}")
    (home / "package.json").write_text('{"name": "bi-check", "private": true}\n')
    done = run("npm", "install", "--no-audit", "--no-fund", *NODE_PACKAGES, cwd=home, timeout=1800)
    if done.returncode != 0:
        raise RuntimeError(f"npm install failed:\n{done.stderr[-3000:]}")
    stamp.write_text(wanted)
    return home / "node_modules"


def build_warehouse(work: Path) -> Path:
    """The bundled samples, loaded without extraction, built and published."""
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    db = work / "warehouse.duckdb"
    env = {**os.environ, "DO_NOT_TRACK": "1", "DBT_TARGET_PATH": str(work / "dbt-target"),
           "DBT_LOG_PATH": str(work / "dbt-logs")}  # fmt: skip
    for args in (("init",), ("load", "--no-extract", "-q", REPO / "samples"), ("build", "-q")):
        done = run(sys.executable, "-m", "loaders.cli", "--db", db, *args, cwd=REPO, env=env)
        if done.returncode != 0:
            raise RuntimeError(
                f"wirehouse {args[0]} failed:\n{(done.stdout + done.stderr)[-3000:]}"
            )
    return work / "serving.duckdb"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def judge(client: str, way: dict[str, Any], changed: list[str], fetched: int) -> bool:
    """One line per client: PASS or FAIL with what went wrong."""
    problems = [f"{a.get('error')}: {a.get('message')}" for a in way["legit"] if "rows" not in a]
    if not problems:
        counts, _, parsed, settings = (a["rows"] for a in way["legit"])
        if int(counts[0][0]) <= 0 or not parsed or not parsed[0][0]:
            problems.append(f"mart queries gave {counts} / {parsed}")
        if [v.lower() for v in settings[0]] != ["false", "true"]:
            problems.append(
                f"settings in force: {settings[0]} (want external access false, lock true)"
            )
    let_through = [e["name"] for e in way["escapes"] if "rows" in e]
    known = next((h for prefix, h in KNOWN_HOLES.items() if client.startswith(prefix)), set())
    problems += [f"escape not refused: {name}" for name in let_through if name not in known]
    notes = [f"known hole, let through: {name}" for name in sorted(known & set(let_through))]
    notes += [f"known hole now refused (update the README): {n}" for n in known - set(let_through)]
    problems += [f"file created or changed: {name}" for name in changed]
    if fetched:
        problems.append(f"{fetched} URL request(s) reached the local server")
    refused = len(way["escapes"]) - len(let_through)
    verdict = "PASS" if not problems else "FAIL"
    details = "".join(f"\n        - {p}" for p in problems + notes)
    total = len(way["escapes"])
    queries = len(way["legit"])
    print(f"{verdict}  {client}: {queries} queries, {refused}/{total} escapes refused{details}")
    return not problems


def probe(client: str, command: list[str], spec: dict[str, Any], root: Path, **kw: Any) -> bool:
    """Run one probe process; judge each way of connecting it reports."""
    before, fetched = file_state(root), len(Recorder.requests)
    done = subprocess.run(command, input=json.dumps(spec), text=True, capture_output=True, **kw)
    changed = sorted(set(file_state(root).items()) ^ set(before.items()))
    try:
        report = json.loads(done.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        print(f"FAIL  {client}: exit {done.returncode}\n{(done.stdout + done.stderr)[-2000:]}")
        return False
    RESULTS[client] = report
    if "ways" not in report:
        print(f"FAIL  {client}: {report}")
        return False
    fetched = len(Recorder.requests) - fetched
    names = sorted({name for name, _ in changed})
    ok = [judge(f"{client} {name}", way, names, fetched) for name, way in report["ways"].items()]
    return all(ok)


RESULTS: dict[str, Any] = {}
NOBODY = "65534"


def own_file_check(python: Path, work: Path, outside: Path, serving: Path) -> bool:
    """The hole the settings leave (COPY TO the opened file and its WAL) and the README's answer
    to it: as a user who may write the serving directory the copies go through; as a user who
    may only read it (here `nobody`, as root runs the check) every one is refused."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        print("SKIP  own-file COPY as a read-only user: needs root and setpriv to switch users")
        return True
    outcome: dict[str, dict[str, Any]] = {}
    as_nobody = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    for who, prefix in (("writer", []), ("reader", as_nobody)):
        outcome[who] = {"legit": [], "let_through": [], "changed": []}
        for name, template in OWN_FILE_ESCAPES:  # each on a fresh copy of the serving file
            directory = work / f"own-file-{who}"
            shutil.rmtree(directory, ignore_errors=True)
            directory.mkdir(mode=0o755)
            target = directory / "serving.duckdb"
            shutil.copyfile(serving, target)
            sql = template.format(outside=outside, target=target)
            spec = {"serving": str(target), "config": dict(READER_SETTINGS),
                    "legit": LEGIT[:1], "escapes": [(name, sql)]}  # fmt: skip
            before = file_state(directory)
            done = run(*prefix, python, HERE / "probe_python.py", input=json.dumps(spec),
                       timeout=600)  # fmt: skip
            after = file_state(directory)
            lines = done.stdout.strip().splitlines()
            way = json.loads(lines[-1])["ways"]["duckdb.connect"] if lines else {}
            outcome[who]["legit"] += way.get("legit", [{"error": done.stderr[-300:]}])
            if not way or "rows" in way["escapes"][0]:
                outcome[who]["let_through"].append(name)
            outcome[who]["changed"] += sorted(
                {n for n, _ in set(after.items()) ^ set(before.items())}
            )
    RESULTS["own file"] = outcome
    reader, writer = outcome["reader"], outcome["writer"]
    ok = all("rows" in a for a in reader["legit"]) and not reader["let_through"]
    ok = ok and not reader["changed"]
    print(f"{'PASS' if ok else 'FAIL'}  own-file COPY: as a user who may write the directory "
          f"{len(writer['let_through'])}/{len(OWN_FILE_ESCAPES)} went through (known hole; "
          f"changed {writer['changed']}); as a read-only user {len(reader['let_through'])} went "
          f"through, files changed: {reader['changed'] or 'none'}")  # fmt: skip
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="python,node,superset")
    only = set(parser.parse_args().only.split(","))
    CACHE.mkdir(parents=True, exist_ok=True)
    work = CACHE / "work"
    step(f"building a warehouse from samples/ in {work}")
    serving = build_warehouse(work)
    outside = make_outside(work / "outside")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    escapes = [
        (name, sql.format(outside=outside, port=server.server_address[1], target=serving))
        for name, sql in ESCAPES
    ]
    spec: dict[str, Any] = {"serving": str(serving), "legit": LEGIT, "escapes": escapes}
    passed: list[bool] = []
    if "python" in only:
        for version in PYTHON_CLIENTS:
            python = venv(f"py-duckdb-{version}", (f"duckdb=={version}", "duckdb-engine==0.17.0",
                                                   "sqlalchemy<2.1"))  # fmt: skip
            client_spec = {**spec, "config": dict(READER_SETTINGS)}
            command = [str(python), str(HERE / "probe_python.py")]
            passed.append(
                probe(f"python duckdb {version}", command, client_spec, work, timeout=600)
            )
        # wirehouse's own DuckDB (1.5.5), the one Superset's recipe installs too
        passed.append(own_file_check(Path(sys.executable), work, outside, serving))
    if "node" in only:
        modules = npm_project()
        evidence = work / "evidence" / "sources" / "wirehouse"
        evidence.mkdir(parents=True, exist_ok=True)
        (evidence / "serving.duckdb").symlink_to(serving)
        (evidence / "initialize.sql").write_text(initialize_sql().replace("; ", ";\n") + "\n")
        node_spec = {**spec, "node_options": node_options(), "evidence_dir": str(evidence),
                     "evidence_filename": "serving.duckdb"}  # fmt: skip
        env = {**os.environ, "NODE_PATH": str(modules)}
        command = ["node", str(HERE / "probe_node.cjs")]
        passed.append(probe("node", command, node_spec, work, env=env, timeout=600))
    if "superset" in only:
        passed.append(superset(spec, work))
    server.shutdown()
    (CACHE / "results.json").write_text(json.dumps(RESULTS, indent=2, default=str))
    step(f"details in {CACHE / 'results.json'}")
    return 0 if passed and all(passed) else 1


def superset(spec: dict[str, Any], work: Path) -> bool:
    python = venv("superset", SUPERSET_PACKAGES)
    home = CACHE / "superset-home"
    shutil.rmtree(home, ignore_errors=True)
    superset_spec = {**spec, "engine_params": {"connect_args": sqlalchemy_connect_args()},
                     "home": str(home), "port": free_port()}  # fmt: skip
    # The issue's own finding: a SQL Lab user read the bytes of Superset's metadata database.
    own = (
        "read_blob Superset's own metadata",
        f"SELECT content FROM read_blob('{home}/superset.db')",
    )
    superset_spec["escapes"] = [*spec["escapes"], own]
    step("Superset 6.1.0: db upgrade, admin, init, server, REST API (several minutes)")
    started = time.monotonic()
    before, fetched = file_state(work), len(Recorder.requests)
    done = run(python, HERE / "superset_check.py", input=json.dumps(superset_spec), timeout=3600)
    changed = sorted({name for name, _ in set(file_state(work).items()) ^ set(before.items())})
    try:
        report = json.loads(done.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        print(f"FAIL  superset: exit {done.returncode}\n{(done.stdout + done.stderr)[-3000:]}")
        return False
    RESULTS["superset"] = report
    step(f"Superset took {time.monotonic() - started:.0f} s; schemas listed: {schemas(report)}")
    failed = [name for name, s in report.get("steps", {}).items() if not s.get("ok")]
    if failed:
        tail = report["steps"][failed[0]].get("tail", "")
        print(f"FAIL  superset 6.1.0: step {failed[0]} failed\n{tail}")
        return False
    problems = []
    for name, want in (("test_connection", 200), ("create_database", 201)):
        got = report.get(name, {})
        if got.get("status") != want:
            problems.append(f"{name}: {got}")
    way = {
        "legit": [sql_lab_rows(a) for a in report.get("legit", [])],
        "escapes": [{"name": e["name"], **sql_lab_rows(e)} for e in report.get("escapes", [])],
    }
    if problems or len(way["legit"]) != len(LEGIT):
        print("FAIL  superset 6.1.0 + duckdb-engine: " + "; ".join(problems)[:3000])
        return False
    fetched = len(Recorder.requests) - fetched
    return judge("superset 6.1.0 + duckdb-engine (REST API, SQL Lab)", way, changed, fetched)


def schemas(report: dict[str, Any]) -> Any:
    body = report.get("schemas", {}).get("body", {})
    return body.get("result") if isinstance(body, dict) else body


def sql_lab_rows(answer: dict[str, Any]) -> dict[str, Any]:
    """A SQL Lab answer in the probes' form: rows, or the error Superset reported."""
    body = answer.get("body", {})
    if answer.get("status") == 200 and isinstance(body, dict) and body.get("status") == "success":
        return {"rows": [[str(v) for v in row.values()] for row in body.get("data", [])]}
    errors = body.get("errors") if isinstance(body, dict) else None
    message = errors[0].get("message") if errors else (body.get("message") if body else body)
    return {"error": f"HTTP {answer.get('status')}", "message": str(message)[:300]}


if __name__ == "__main__":
    sys.exit(main())
