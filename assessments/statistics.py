"""Classical test theory for trainers, as pure functions over plain rows (one pass, no queries).

Definitions (population variances, ddof = 0, throughout):

- facility (p-value): mean of score ÷ maximum over the attempts that met the item;
- point-biserial: Pearson correlation between the item's score share and the attempt's total
  percentage, over the attempts that met the item (for a 0/1 item this *is* the point-biserial);
- upper–lower index D: the item's mean share in the best 27 % of those attempts minus that in the
  worst 27 % (at least one attempt per group);
- Cronbach's α over *slots* (the n-th position of the attempt), the way quiz systems handle random
  draws: every attempt has every slot even when different questions filled it, so the matrix is
  complete. α = k/(k−1) · (1 − Σ var(slot) ÷ var(total)), with k ≥ 2 slots.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

UPPER_LOWER_SHARE = 0.27
LOW_FACILITY = 0.30
LOW_DISCRIMINATION = 0.20
#: Below this many answers an item's figures swing with every attempt: no flags yet.
MIN_ITEM_ATTEMPTS = 10


def mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def variance(values: Sequence[float]) -> float | None:
    if not values:
        return None
    m = sum(values) / len(values)
    return sum((v - m) ** 2 for v in values) / len(values)


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """None when either side has no spread (the correlation is undefined)."""
    n = len(xs)
    if n < 2:
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    return sxy / math.sqrt(sxx * syy)


def upper_lower_index(pairs: Sequence[tuple[float, float]], share: float = UPPER_LOWER_SHARE) -> float | None:
    """`pairs` = (total, item share) per attempt. Ties on the total keep the given order."""
    n = len(pairs)
    if n < 2:
        return None
    group = max(1, round(share * n))
    ranked = sorted(pairs, key=lambda pair: pair[0], reverse=True)
    upper = [item for _total, item in ranked[:group]]
    lower = [item for _total, item in ranked[-group:]]
    return sum(upper) / group - sum(lower) / group


def cronbach_alpha(matrix: Sequence[Sequence[float]]) -> float | None:
    """Rows are attempts, columns slots. None when undefined (k < 2, n < 2 or no total variance)."""
    if len(matrix) < 2 or len(matrix[0]) < 2:
        return None
    k = len(matrix[0])
    columns = list(zip(*matrix, strict=True))
    total_variance = variance([sum(row) for row in matrix])
    if not total_variance:
        return None
    return k / (k - 1) * (1 - sum(variance(column) for column in columns) / total_variance)


@dataclass(frozen=True)
class Row:
    """One scored unit of one finished attempt."""

    attempt_id: int
    slot: int  # the item's position in the attempt
    stat_key: str  # which question or casus step
    score: float
    max_score: float
    choices: tuple[str, ...] = ()  # option ids chosen, when the caller does not count them itself


@dataclass
class ItemStatistics:
    stat_key: str
    attempts: int
    facility: float | None
    point_biserial: float | None
    upper_lower: float | None
    option_counts: Counter = field(default_factory=Counter)
    flags: list[str] = field(default_factory=list)


@dataclass
class AssessmentStatistics:
    attempts: int
    mean_percent: float | None
    sd_percent: float | None
    alpha: float | None
    pass_rate: float | None
    items: dict[str, ItemStatistics]


def compute(
    rows: Iterable[Row], totals: dict[int, tuple[float, bool]], option_counts: dict[str, Counter] | None = None
) -> AssessmentStatistics:
    """`totals` maps each finished attempt to (percent, passed); `rows` are their scored units.
    `option_counts` (per item, option id → times chosen) may come from the database instead of rows."""
    by_item: dict[str, dict[int, list[float]]] = defaultdict(lambda: defaultdict(lambda: [0.0, 0.0]))
    options: dict[str, Counter] = defaultdict(Counter, option_counts or {})
    slots: dict[int, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    for row in rows:
        if row.attempt_id not in totals:
            continue
        cell = by_item[row.stat_key][row.attempt_id]
        cell[0] += row.score
        cell[1] += row.max_score
        if row.choices:
            options[row.stat_key].update(row.choices)
        slots[row.attempt_id][row.slot] += row.score

    items = {}
    for stat_key, per_attempt in by_item.items():
        shares = [(totals[a][0], s / m if m else 0.0) for a, (s, m) in per_attempt.items()]
        facility = mean([share for _total, share in shares])
        r_pb = pearson([share for _t, share in shares], [total for total, _s in shares])
        d = upper_lower_index(shares)
        flags = []
        if len(shares) < MIN_ITEM_ATTEMPTS:
            flags.append("few")
        elif facility is not None and facility < LOW_FACILITY:
            flags.append("hard")
        weak_r = r_pb is not None and r_pb < LOW_DISCRIMINATION
        weak_d = d is not None and d < LOW_DISCRIMINATION
        if "few" not in flags and (weak_r or weak_d):
            flags.append("negative" if (r_pb is not None and r_pb < 0) else "weak")
        items[stat_key] = ItemStatistics(stat_key, len(shares), facility, r_pb, d, options[stat_key], flags)

    percents = [percent for percent, _passed in totals.values()]
    slot_keys = sorted({slot for per in slots.values() for slot in per})
    matrix = [[slots[a].get(slot, 0.0) for slot in slot_keys] for a in totals]
    return AssessmentStatistics(
        attempts=len(totals),
        mean_percent=mean(percents),
        sd_percent=math.sqrt(variance(percents)) if percents else None,
        alpha=cronbach_alpha(matrix),
        pass_rate=mean([1.0 if passed else 0.0 for _p, passed in totals.values()]),
        items=items,
    )
