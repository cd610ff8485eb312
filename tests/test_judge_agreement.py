"""The blind second judgment of the FA-KES samples (tests/devset_world/README.md, "Judged FA-KES
sample"): its format (the drawn events in the draw's order, unchanged but for a verdict and kind
from the allowed set, no article words) and the agreement statistic."""

from __future__ import annotations

import math

from tests.benchmarks import judge_agreement, mine_fakes
from tests.test_mine_fakes import FIELDS, check_rows


def test_second_judgment_is_the_draw_judged_again() -> None:
    second = mine_fakes.load(judge_agreement.SECOND)
    drawn = judge_agreement.drawn()
    assert len(second) == len(drawn) == 120
    assert sum(sample == 2 for sample, _, _ in drawn) == 80
    check_rows(second)  # fields, values, every row judged
    for (_, _, first), other in zip(drawn, second, strict=True):
        assert set(other) == FIELDS
        assert {**other, "verdict": first["verdict"], "kind": first["kind"]} == first


def test_kappa_of_two_judges() -> None:
    assert judge_agreement.kappa([(True, True), (False, False)]) == 1.0
    # 2 of 4 agree, each judge says right twice: observed 0.5 = chance 0.5
    pairs = [(True, True), (True, False), (False, True), (False, False)]
    assert judge_agreement.kappa(pairs) == 0.0
    assert round(judge_agreement.kappa(pairs[:1] + pairs[3:] + pairs[1:2]), 6) == 0.4  # 2 of 3
    assert math.isnan(judge_agreement.kappa([]))
