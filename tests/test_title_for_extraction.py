"""Only a given title reaches extraction as a possible headline copy (loaders/prepare.py
``title_for_extraction``): a title inferred from the body is the body's own first sentence, and
its events must not be dropped as a repeated headline (events/repeated_titles.py)."""

from __future__ import annotations

from loaders.prepare import infer_title, title_for_extraction

BODY = (
    "Rebels shelled the port of Amira on Monday, killing six fishermen, officials said. "
    "The army said its guns had hit rebel positions near the port."
)


def test_an_inferred_title_is_not_passed_on() -> None:
    inferred = infer_title(BODY)
    assert inferred is not None and BODY.startswith(inferred)
    assert title_for_extraction(inferred, BODY) is None


def test_a_given_title_is_passed_on() -> None:
    assert (
        title_for_extraction("Six fishermen killed in Amira", BODY)
        == "Six fishermen killed in Amira"
    )
    assert title_for_extraction(None, BODY) is None
