"""Hyphenated weapon verbs of wire copy ("machine-gunned a bus", "B-52s carpet-bombed"): one token.

The tokenizer splits a hyphen between letters, so "machine-gunned" becomes "machine", "-",
"gunned", and the parser reads "gunned" as an adjective of the next noun: no verb, no event.
Kept whole by a tokenizer special case, with the norm of the plain verb of the same act
("shot", "bombed") so the tagger reads it as the verb it is; the triggers key the whole form
(event_triggers.yaml). The forms are built from the stems, every inflection, lower case and
capitalised (a headline's or a sentence's first word).
"""

from __future__ import annotations

from typing import Any

# stem -> the plain verb whose forms stand for its forms in the tagger's eyes
STEMS = {
    "machine-gun": "shoot",
    "carpet-bomb": "bomb",
    "dive-bomb": "bomb",
}
# the plain verbs' forms: base, third person, past, -ing
PLAIN_FORMS = {
    "shoot": ("shoot", "shoots", "shot", "shooting"),
    "bomb": ("bomb", "bombs", "bombed", "bombing"),
}


def inflections(stem: str) -> tuple[str, str, str, str]:
    """Base, third person, past, -ing: "machine-gun" -> ... "machine-gunned", "machine-gunning"
    (a final consonant after one vowel doubles, as in "gun"/"gunned")."""
    last = stem.rsplit("-", 1)[-1]
    doubled = len(last) == 3 and last[-1] not in "aeiouwy" and last[-2] in "aeiou"
    ending = stem + stem[-1] if doubled else stem
    return stem, stem + "s", ending + "ed", ending + "ing"


def weapon_verb_norms() -> dict[str, str]:
    """Each form (lower case and capitalised) -> the plain verb's form of the same slot."""
    norms: dict[str, str] = {}
    for stem, plain in STEMS.items():
        for form, plain_form in zip(inflections(stem), PLAIN_FORMS[plain], strict=True):
            norms[form] = plain_form
            norms[form.capitalize()] = plain_form
    return norms


def keep_whole(nlp: Any) -> None:
    """Tokenizer special cases: each form stays one token."""
    for form in weapon_verb_norms():
        nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
