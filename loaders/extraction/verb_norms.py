"""Norms for prefixed irregular past forms the model does not know: "retook" reads as "took".

The English model tags "retook" as a present verb ("forces retook the town") or a noun ("The
army retook Soyo": "army retook" a compound), so its lemma stays "retook" and "retake" never
triggers; "recaptured" and "retaken" read well. Giving the form the norm of its unprefixed
past ("took"), before tok2vec sees it, makes the tagger read it as the past verb it is, and the
lemmatizer's own exception table then gives "retake". The forms are derived from that table
(every "re" + irregular past whose lemma is "re" + the past's lemma), not listed by hand; only
the productive "re" prefix is used, so known words ("became", "understood") keep their norms.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

PREFIX = "re"
REGULAR_ENDINGS = ("ed", "ing", "ied")  # "replied" is no "re" + "plied"


def prefixed_past_norms(exceptions: Mapping[str, Sequence[str]]) -> dict[str, str]:
    """Form -> norm for each "re" + irregular past ("retook" -> "took"), in lower case and with
    a capital (a headline's or a sentence's first word)."""
    norms: dict[str, str] = {}
    for form, lemmas in exceptions.items():
        base = form[len(PREFIX) :]
        if not form.startswith(PREFIX) or base.endswith(REGULAR_ENDINGS) or base not in exceptions:
            continue
        base_lemma = exceptions[base][0]
        if base != base_lemma and lemmas and lemmas[0] == PREFIX + base_lemma:
            norms[form] = base
            norms[form.capitalize()] = base
    return norms


def model_past_norms(nlp: Any) -> dict[str, str]:
    """The norms from the pipeline's own lemmatizer (its verb exceptions); none without one."""
    from loaders.extraction.lemma_table import COMPONENT_NAME, STOCK_NAME

    for name in (COMPONENT_NAME, STOCK_NAME):
        if name in nlp.pipe_names:
            component = nlp.get_pipe(name)
            lemmatizer = getattr(component, "lemmatizer", component)
            lookups = getattr(lemmatizer, "lookups", None)
            if lookups is not None and lookups.has_table("lemma_exc"):
                return prefixed_past_norms(lookups.get_table("lemma_exc").get("verb", {}))
    return {}
