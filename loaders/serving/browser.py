"""Render an HTML file in headless Chromium, offline, and collect what its console said.

Used by the report test and by ``make demo`` (``python -m loaders.serving.browser REPORT PNG``)
to keep a screenshot. Name resolution is switched off, so a page that needed the internet
renders broken here instead of quietly working on a connected machine.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND", "--enable-logging=stderr", "--v=0",
)  # fmt: skip
_CONSOLE = re.compile(r":CONSOLE[:(]\d+\)?\] (?P<message>.*)$")
_PROBLEMS = ("Uncaught", "Failed to load resource", "Refused to", "net::ERR_")


def find_chromium() -> str | None:
    return next((path for name in CANDIDATES if (path := shutil.which(name))), None)


@dataclass(frozen=True)
class Rendering:
    screenshot: Path | None
    dom: str
    console: list[str]  # every console message of the page

    @property
    def errors(self) -> list[str]:
        """Uncaught JavaScript errors and the failures Chromium reports on the console."""
        return [m for m in self.console if any(p in m for p in _PROBLEMS)]


def render(
    html: Path, screenshot: Path | None = None, width: int = 1280, height: int | None = None
) -> Rendering:
    """Open ``html`` for the DOM as the browser built it (console captured) and, when asked,
    for a screenshot of the whole page: ``height`` defaults to the page's own height at
    ``width``, measured in the browser, so nothing is cut however long the report grows."""
    chromium = find_chromium()
    if chromium is None:
        raise FileNotFoundError("no Chromium on this machine (see .ci/ensure-chromium)")
    url = html.resolve().as_uri()
    console: list[str] = []
    dumped = _run(chromium, ["--dump-dom", f"--window-size={width},{height or 1000}", url])
    console += _console(dumped.stderr)
    if screenshot is not None:
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        tall = height or page_height(chromium, html, width)
        shot = _run(chromium, [f"--screenshot={screenshot}", f"--window-size={width},{tall}", url])
        console += _console(shot.stderr)
    return Rendering(
        screenshot=screenshot if screenshot is not None and screenshot.exists() else None,
        dom=dumped.stdout,
        console=console,
    )


MAX_HEIGHT = 32_000  # Chromium's screenshots stop somewhere past this


def page_height(chromium: str, html: Path, width: int) -> int:
    """The page's full height in CSS pixels at ``width``: a copy of the page, beside it (same
    relative resources), with one line of script that writes the height into its title (the
    page itself stays script-free)."""
    html = html.resolve()
    probe = html.with_name(f".{html.stem}.height-probe.html")
    script = (
        "<script>document.title = 'height=' + Math.ceil(document.documentElement"
        ".getBoundingClientRect().height)</script>"
    )
    probe.write_text(html.read_text(encoding="utf-8") + script, encoding="utf-8")
    try:
        dumped = _run(chromium, ["--dump-dom", f"--window-size={width},1000", probe.as_uri()])
    finally:
        probe.unlink(missing_ok=True)
    found = re.search(r"<title>height=(\d+)</title>", dumped.stdout)
    if found is None:
        raise RuntimeError(f"could not measure the height of {html}")
    return min(MAX_HEIGHT, int(found.group(1)) + 1)


def _run(chromium: str, args: list[str]) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory(prefix="wirehouse-chromium-") as profile:
        return subprocess.run(
            [chromium, *FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True,
            text=True,
            timeout=120,
        )


def _console(stderr: str) -> list[str]:
    return [m.group("message") for line in stderr.splitlines() if (m := _CONSOLE.search(line))]


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(
            "usage: python -m loaders.serving.browser REPORT.html SCREENSHOT.png", file=sys.stderr
        )
        return 2
    if find_chromium() is None:
        print("no Chromium here: screenshot skipped (see .ci/ensure-chromium)", file=sys.stderr)
        return 0
    result = render(Path(argv[0]), Path(argv[1]))
    for error in result.errors:
        print(f"browser: {error}", file=sys.stderr)
    if result.screenshot is None:
        print("browser: no screenshot was written", file=sys.stderr)
        return 1
    print(f"wrote {result.screenshot}")
    return 1 if result.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
