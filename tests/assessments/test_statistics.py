"""Item statistics against values computed by hand for a small fixed data set."""

import math

import pytest

from assessments import statistics
from assessments.statistics import Row

# Four attempts, two dichotomous items (slots 1 and 2), one point each.
#   attempt  item1  item2  total  percent
#   1        1      1      2      100
#   2        1      0      1       50
#   3        0      1      1       50
#   4        0      0      0        0
MATRIX = {1: (1, 1), 2: (1, 0), 3: (0, 1), 4: (0, 0)}


def rows():
    for attempt, (a, b) in MATRIX.items():
        yield Row(attempt, 1, "q:1", a, 1, ("r",) if a else ("w",))
        yield Row(attempt, 2, "q:2", b, 1, ())


TOTALS = {1: (100.0, True), 2: (50.0, False), 3: (50.0, False), 4: (0.0, False)}


def test_cronbach_alpha_by_hand():
    # var(item1) = var(item2) = 0.25; totals 2,1,1,0 → mean 1, var = (1+0+0+1)/4 = 0.5
    # α = 2/1 · (1 − 0.5/0.5) = 0
    assert statistics.cronbach_alpha([list(v) for v in MATRIX.values()]) == pytest.approx(0.0)
    # Three parallel items that agree perfectly: α = 3/2 · (1 − 3·0.25 / 2.25) = 1
    agree = [[1, 1, 1], [1, 1, 1], [0, 0, 0], [0, 0, 0]]
    assert statistics.cronbach_alpha(agree) == pytest.approx(1.0)
    # A hand-worked mixed case: rows (1,1,0) (1,0,0) (1,1,1) (0,0,0)
    # item vars: .1875 .25 .1875 → Σ .625; totals 2,1,3,0 → mean 1.5, var (0.25+0.25+2.25+2.25)/4 = 1.25
    # α = 3/2 · (1 − .625/1.25) = 0.75
    assert statistics.cronbach_alpha([[1, 1, 0], [1, 0, 0], [1, 1, 1], [0, 0, 0]]) == pytest.approx(0.75)


def test_point_biserial_by_hand():
    # item1 = 1,1,0,0 against percent 100,50,50,0:
    # means .5 and 50; Σxy = (.5·50)+(.5·0)+(−.5·0)+(−.5·−50) = 50
    # Σx² = 1, Σy² = 2500+0+0+2500 = 5000 → r = 50/√5000 = 0.7071
    result = statistics.compute(rows(), TOTALS)
    assert result.items["q:1"].point_biserial == pytest.approx(1 / math.sqrt(2))
    assert result.items["q:2"].point_biserial == pytest.approx(1 / math.sqrt(2))


def test_upper_lower_index_and_facility_by_hand():
    result = statistics.compute(rows(), TOTALS)
    item = result.items["q:1"]
    assert item.facility == pytest.approx(0.5)
    # 27 % of 4 → 1 per group: best attempt (1) has item1 = 1, worst (4) has 0 → D = 1
    assert item.upper_lower == pytest.approx(1.0)
    assert item.option_counts == {"r": 2, "w": 2}


def test_assessment_summary_by_hand():
    result = statistics.compute(rows(), TOTALS)
    assert result.attempts == 4
    assert result.mean_percent == pytest.approx(50.0)
    assert result.sd_percent == pytest.approx(math.sqrt(1250))  # (2500+0+0+2500)/4
    assert result.pass_rate == pytest.approx(0.25)
    assert result.alpha == pytest.approx(0.0)


def test_flags_for_items_most_get_wrong_and_items_that_do_not_discriminate():
    totals = {i: (float(100 - 10 * i), i <= 5) for i in range(1, 11)}  # 90 % … 0 %
    data = [
        # q:hard — only the two best attempts get it: facility .2, discriminates
        *[Row(i, 1, "q:hard", 1 if i <= 2 else 0, 1, ()) for i in totals],
        # q:upside — the weakest get it right: negative discrimination
        *[Row(i, 2, "q:upside", 1 if i >= 6 else 0, 1, ()) for i in totals],
        # q:rare — met by three attempts only: too few answers to judge
        *[Row(i, 3, "q:rare", 0, 1, ()) for i in (1, 2, 3)],
    ]
    result = statistics.compute(data, totals)
    assert result.items["q:hard"].flags == ["hard"]
    assert result.items["q:upside"].flags == ["negative"]
    assert result.items["q:upside"].point_biserial < 0
    assert result.items["q:rare"].flags == ["few"]


def test_undefined_values_are_none_not_errors():
    assert statistics.pearson([1, 1, 1], [1, 2, 3]) is None
    assert statistics.cronbach_alpha([[1, 1]]) is None
    assert statistics.compute([], {}).mean_percent is None
