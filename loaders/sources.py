"""Source names: canonical outlets and wire agencies, and wire credits found in the copy."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import yaml


@dataclass(frozen=True)
class SourceInfo:
    name: str
    kind: str
    country: str | None


@cache
def _catalogue() -> dict[str, SourceInfo]:
    entries = yaml.safe_load(files("loaders.data").joinpath("sources.yaml").read_text("utf-8"))
    catalogue: dict[str, SourceInfo] = {}
    for entry in entries:
        info = SourceInfo(entry["name"], entry["kind"], entry.get("country"))
        for alias in [entry["name"], *entry.get("aliases", [])]:
            catalogue[_fold(alias)] = info
    return catalogue


def _fold(name: str) -> str:
    return " ".join(name.casefold().replace("_", " ").split())


def resolve_source(name: str | None) -> SourceInfo | None:
    """The canonical source for a name as inputs spell it; unknown names are kept as given."""
    if not name or not name.strip():
        return None
    known = _catalogue().get(_fold(name))
    return known or SourceInfo(" ".join(name.split()), "unknown", None)


# Wire credits: "(Reuters) -", "- AFP" at the end, "AFP -". Photo credits such as
# "(AP Photo/...)" name a photographer's agency, not the agency that wrote the copy.
# ("Reuter" and UPI: the credits of wire copy of the 1970s-1990s)
_WIRES = (
    r"Reuters|REUTERS|Reuter|AFP|AP|Associated Press|UPI|United Press International|TASS|Tass"
    r"|SANA|NNA|Xinhua|dpa|DPA|Anadolu"
)
_CREDIT_IN_PARENS = re.compile(rf"\((?P<wire>{_WIRES})\)(?!\s*Photo)")
_CREDIT_AT_END = re.compile(rf"[-–—]\s*(?P<wire>{_WIRES})\s*[.\"”']*\s*$")
_CREDIT_AT_START = re.compile(rf"^(?P<wire>{_WIRES})\s*[-–—:]\s")
_PHOTO_CAPTION = re.compile(r"\((?:AP|AFP|Reuters|SANA)\s+Photo\b|^\s*(?:Photo|File photo)\b", re.I)
_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][A-Z'.\- ]{{2,30}}[A-Z])(?:,\s+(?P<state>[A-Z][a-zA-Z ]{{2,30}}(?<! )))?"
    r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"  # "KABUL, May 3 (Reuters) -": the filing date
    rf"\s*(?:\((?:{_WIRES})\))?\s*(?:--|[:—–-])\s+"  # "(AP) --": the AP's double hyphen
)


def is_photo_caption(paragraph: str) -> bool:
    return bool(_PHOTO_CAPTION.search(paragraph))


def strip_dateline(paragraph: str) -> str:
    """The paragraph without a leading "BEIRUT: " / "DAMASCUS, Syria (AP) - " dateline."""
    match = _DATELINE.match(paragraph)
    return paragraph[match.end() :] if match else paragraph


@dataclass(frozen=True)
class Credits:
    wire: str | None
    dateline: str | None
    dateline_state: str | None = None  # "SALISBURY, Rhodesia": the state or region after it


def find_credits(body: str) -> Credits:
    """The wire agency credited in the copy and the dateline place, if any.

    Looks at the opening paragraphs (skipping photo captions) and the closing line.
    """
    paragraphs = body.split("\n\n")
    opening = [p for p in paragraphs[:4] if not is_photo_caption(p)][:2]
    wire = None
    dateline = state = None
    for paragraph in opening:
        if match := _DATELINE.match(paragraph):
            dateline = match.group("place").title()
            state = match.group("state")
        if match := (
            _CREDIT_IN_PARENS.search(paragraph[:200]) or _CREDIT_AT_START.match(paragraph)
        ):
            wire = match.group("wire")
        if dateline or wire:
            break
    if wire is None and (match := _CREDIT_AT_END.search(paragraphs[-1][-60:])):
        wire = match.group("wire")
    if wire is not None:
        resolved = resolve_source(wire)
        wire = resolved.name if resolved else wire
    return Credits(wire=wire, dateline=dateline, dateline_state=state if dateline else None)
