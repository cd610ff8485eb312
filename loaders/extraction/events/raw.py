"""The event as found in one sentence, before it becomes a contract row."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from loaders.extraction.quantities import Count


@dataclass
class RawEvent:
    type: str
    trigger: Token
    sentence: Span
    actor: dict | None = None
    target: dict | None = None
    location: dict | None = None
    date_text: str | None = None
    killed: Count | None = None
    injured: Count | None = None
    inferred_type: bool = False
    stance: str = "assert"  # modality_words.STANCES: "plan" for "are preparing an offensive"...
    tokens: set[int] = field(default_factory=set)  # tokens the event covers (trigger + absorbed)

    def confidence(self) -> float:
        score = 0.4
        score += 0.2 if self.trigger.pos_ in ("VERB", "AUX") or len(self.tokens) > 1 else 0.0
        score += 0.15 if self.actor and is_named_ref(self.actor) else 0.0
        score += 0.1 if self.target and is_named_ref(self.target) else 0.0
        score += 0.1 if self.location and self.location["name"] else 0.0
        score += 0.05 if self.date_text else 0.0
        score -= 0.1 if self.inferred_type else 0.0
        score -= 0.1 if getattr(self, "inherited", False) else 0.0
        return round(min(max(score, 0.05), 0.95), 2)


def is_named_ref(ref: dict) -> bool:
    return ref.get("name") is not None and ref.get("kind") != "agent"
