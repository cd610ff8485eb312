"""The CAMEO agents table, offline: parse the published dictionary and regenerate the bundled CSV.

    python -m loaders.extraction.actors.cameo PATH/TO/cameo_agents.txt \\
        > loaders/data/actors_cameo_agents.csv
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from loaders.extraction.actors.model import SECTORS

CAMEO_SECTOR_ALIASES = {"JRN": "MED", "MED": "HLH"}  # CAMEO: JRN journalists, MED medical


def parse_cameo_agents(lines: Iterable[str]) -> list[tuple[str, str, str]]:
    """(noun, sector, cameo_code) rows from a CAMEO agents file (``NOUN {PLURAL} [~CODE]``).

    ``!SET!`` substitution sets are expanded, underscores become spaces, the first three letters
    of the code give the sector (CAMEO's JRN journalists read as MED, its MED medical staff as
    HLH); codes outside the allowed sectors are dropped.
    """
    sets: dict[str, list[str]] = {}
    rows: dict[str, tuple[str, str, str]] = {}
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if match := re.fullmatch(r"(![A-Z]+!)\s*=\s*(.+)", line):
            sets[match.group(1)] = [word.strip() for word in match.group(2).split(",")]
            continue
        match = re.fullmatch(r"(.+?)\s*(?:\{(.*?)\})?\s*\[~([A-Z]+)\]", line)
        if not match:
            continue
        code = match.group(3)
        sector = CAMEO_SECTOR_ALIASES.get(code[:3], code[:3])
        if sector not in SECTORS:
            continue
        pending = [match.group(1)] + ([match.group(2)] if match.group(2) else [])
        forms: list[str] = []
        while pending:  # expand every !SET! in turn
            form = pending.pop(0)
            used = next((name for name in sets if name in form), None)
            if used is None:
                forms.append(form)
            else:
                pending += [form.replace(used, word) for word in sets[used]]
        for form in forms:
            if "!" in form:  # an undefined set
                continue
            noun = re.sub(r"[\s_]+", " ", form).strip().lower()
            # "DEFENCE_MINIST" is a stem: minister and ministry.
            nouns = [noun + "er", noun + "ry"] if noun.endswith("minist") else [noun]
            for word in nouns:
                if word and not re.search(r"[.,]$|,", word) and word not in rows:
                    rows[word] = (word, sector, code)
    return sorted(rows.values())


CAMEO_HEADER = """\
# Generic agent nouns -> CAMEO sector, derived from the CAMEO / PLOVER agents dictionary
# (cameo_agents.txt, Computational Event Data System Project; Copyright (c) 2014 Open Event Data
# Alliance; MIT licence, which permits this use with this notice). Regenerate with
#   python -m loaders.extraction.actors.cameo PATH/TO/cameo_agents.txt \\
#     > loaders/data/actors_cameo_agents.csv
# noun: lower case, singular (plurals are derived); sector: the code's first three letters (JRN read
# as MED media, CAMEO's MED medical as HLH, codes outside the allowed sectors dropped);
# cameo_code: the code as published.
#
# The MIT License (MIT)
#
# Copyright (c) 2014 Open Event Data Alliance
#
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in
# all copies or substantial portions of the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
# FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
# AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
# LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
# OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
# THE SOFTWARE.
"""


def _write_cameo_table(source: Path) -> None:
    rows = parse_cameo_agents(source.read_text(encoding="utf-8", errors="replace").splitlines())
    sys.stdout.write(CAMEO_HEADER)
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["noun", "sector", "cameo_code"])
    writer.writerows(rows)


if __name__ == "__main__":
    _write_cameo_table(Path(sys.argv[1]))
