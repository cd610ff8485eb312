"""Apache Superset with duckdb-engine, set up as the README says, driven through its REST API.

Runs inside the throwaway Superset environment (``scripts/bi_check/run.py`` makes it). Reads a
JSON spec on stdin (serving file, engine parameters, a mart query, escapes, a home directory and
a port); prints one JSON object: each step's outcome, the SQL Lab answers, the schemas Superset
lists. Judging (and the check that no file appeared) is run.py's job.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import requests

ADMIN = {"username": "admin", "password": secrets.token_urlsafe(12)}


def superset(home: Path, *args: str, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    command = [str(Path(sys.executable).parent / "superset"), *args]
    return subprocess.run(
        command, env=environment(home), capture_output=True, text=True, timeout=timeout
    )


def environment(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "SUPERSET_CONFIG_PATH": str(home / "superset_config.py"),
        "SUPERSET_HOME": str(home),
        "FLASK_APP": "superset",
    }


def write_config(home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "superset_config.py").write_text(
        f"SECRET_KEY = {secrets.token_urlsafe(32)!r}\n"
        f"SQLALCHEMY_DATABASE_URI = 'sqlite:///{home}/superset.db'\n"
        "TALISMAN_ENABLED = False\n"
        "SQLLAB_TIMEOUT = 60\n"
    )


def prepare(home: Path, steps: dict[str, Any]) -> bool:
    """db upgrade, an admin user, roles and permissions: as a new Superset install does."""
    for name, args in (
        ("db upgrade", ("db", "upgrade")),
        (
            "create admin",
            (
                "fab",
                "create-admin",
                "--username",
                ADMIN["username"],
                "--password",
                ADMIN["password"],
                "--firstname",
                "Bi",
                "--lastname",
                "Check",
                "--email",
                "bi-check@example.invalid",
            ),
        ),  # fmt: skip
        ("init", ("init",)),
    ):
        started = time.monotonic()
        done = superset(home, *args)
        steps[name] = {
            "ok": done.returncode == 0,
            "seconds": round(time.monotonic() - started, 1),
            "tail": (done.stdout + done.stderr)[-1500:] if done.returncode else "",
        }
        if done.returncode != 0:
            return False
    return True


def serve(home: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    command = [str(Path(sys.executable).parent / "superset"), "run", "-h", "127.0.0.1",
               "-p", str(port), "--with-threads"]  # fmt: skip
    with log.open("wb") as out:
        return subprocess.Popen(command, env=environment(home), stdout=out, stderr=out)


def wait_healthy(base: str, server: subprocess.Popen[bytes], seconds: float = 300) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and server.poll() is None:
        try:
            if requests.get(f"{base}/health", timeout=5).status_code == 200:
                return True
        except requests.RequestException:
            pass
        time.sleep(1)
    return False


def api_session(base: str) -> requests.Session:
    """Log in for a JWT, then fetch a CSRF token with the session cookie, as the web app does."""
    session = requests.Session()
    login = session.post(
        f"{base}/api/v1/security/login",
        json={**ADMIN, "provider": "db", "refresh": True},
        timeout=60,
    )
    login.raise_for_status()
    session.headers["Authorization"] = f"Bearer {login.json()['access_token']}"
    csrf = session.get(f"{base}/api/v1/security/csrf_token/", timeout=60)
    csrf.raise_for_status()
    session.headers["X-CSRFToken"] = csrf.json()["result"]
    session.headers["Referer"] = base
    return session


def answer(response: requests.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        body = {"text": response.text[:500]}
    return {"status": response.status_code, "body": body}


def sql_lab(session: requests.Session, base: str, database_id: int, sql: str) -> dict[str, Any]:
    payload = {
        "database_id": database_id,
        "sql": sql,
        "runAsync": False,
        "client_id": secrets.token_hex(5),
        "tab": "bi-check",
        "sql_editor_id": "1",
        "queryLimit": 100,
    }
    return answer(session.post(f"{base}/api/v1/sqllab/execute/", json=payload, timeout=120))


def check(spec: dict[str, Any]) -> dict[str, Any]:
    home = Path(spec["home"])
    port = int(spec["port"])
    base = f"http://127.0.0.1:{port}"
    result: dict[str, Any] = {"steps": {}}
    write_config(home)
    if not prepare(home, result["steps"]):
        return result
    server = serve(home, port, home / "server.log")
    try:
        if not wait_healthy(base, server):
            result["steps"]["server"] = {
                "ok": False,
                "tail": (home / "server.log").read_text()[-1500:],
            }
            return result
        result["steps"]["server"] = {"ok": True}
        session = api_session(base)
        database = {
            "database_name": "wirehouse",
            "sqlalchemy_uri": f"duckdb:///{spec['serving']}",
            "extra": json.dumps({"engine_params": spec["engine_params"]}),
        }
        result["test_connection"] = answer(
            session.post(f"{base}/api/v1/database/test_connection/", json=database, timeout=120)
        )
        created = answer(
            session.post(
                f"{base}/api/v1/database/", json={**database, "expose_in_sqllab": True}, timeout=120
            )
        )
        result["create_database"] = created
        database_id = created["body"].get("id") if isinstance(created["body"], dict) else None
        if database_id is None:
            return result
        result["schemas"] = answer(
            session.get(f"{base}/api/v1/database/{database_id}/schemas/", timeout=120)
        )
        result["legit"] = [sql_lab(session, base, database_id, sql) for sql in spec["legit"]]
        result["escapes"] = [
            {"name": name, **sql_lab(session, base, database_id, sql)}
            for name, sql in spec["escapes"]
        ]
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    return result


if __name__ == "__main__":
    print(json.dumps(check(json.loads(sys.stdin.read())), default=str))
