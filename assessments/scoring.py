"""Scoring rules, as pure functions over snapshots and answers (no database).

Exact arithmetic with Fraction; callers round when they store. The rules:

- single choice: all points for the correct option, else 0;
- multiple response: (correct chosen − wrong chosen) ÷ number of correct options, never below 0,
  times the points — so ticking everything earns nothing;
- ordering: the share of pairs that stand in the right relative order (n·(n−1)/2 pairs), times the
  points — one item moved one place costs little, a reversed list earns 0;
- matching: the share of items matched correctly, times the points;
- open answer: the sum of the rubric levels the trainer chose; the maximum is the sum of each
  criterion's highest level; pending (None) until graded;
- casus decision: the points of the chosen option; the casus maximum is the sum along the best path
  (the best option at each step), and the casus score is capped at that maximum, so a detour through
  a consequence step can never earn more than deciding well straight away. An unsafe choice at a
  critical step is a critical error: the attempt fails whatever the score.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from itertools import combinations

from django.utils.translation import gettext as _

END_OF_CASUS = "einde"
ZERO = Fraction(0)


class InvalidAnswer(ValueError):
    """An answer that does not fit the question (unknown option, incomplete order, …)."""


def to_decimal(value: Fraction | None, places: str = "0.01") -> Decimal | None:
    if value is None:
        return None
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(Decimal(places), ROUND_HALF_UP)


# --- Questions ---------------------------------------------------------------------------------


def question_max(snapshot: dict) -> Fraction:
    if snapshot["kind"] == "open":
        return Fraction(sum(max((level["points"] for level in c["levels"]), default=0) for c in snapshot["rubric"]))
    return Fraction(snapshot["points"])


def score_question(snapshot: dict, answer: dict, rubric_scores: list[int] | None = None) -> Fraction | None:
    """Points for `answer` (already validated by `clean_answer`)."""
    kind = snapshot["kind"]
    options = snapshot["options"]
    points = Fraction(snapshot["points"])
    if kind == "single":
        correct = {o["id"] for o in options if o["correct"]}
        return points if answer.get("option") in correct else ZERO
    if kind == "multiple":
        correct = {o["id"] for o in options if o["correct"]}
        chosen = set(answer.get("options", []))
        if not correct:
            return ZERO
        net = len(chosen & correct) - len(chosen - correct)
        return max(ZERO, Fraction(net, len(correct))) * points
    if kind == "ordering":
        order = answer.get("order", [])
        truth = [o["id"] for o in options]
        if sorted(order) != sorted(truth) or len(truth) < 2:
            return ZERO
        place = {option_id: i for i, option_id in enumerate(order)}
        pairs = list(combinations(truth, 2))  # (a, b) with a before b in the key
        right = sum(1 for a, b in pairs if place[a] < place[b])
        return Fraction(right, len(pairs)) * points
    if kind == "matching":
        matches = answer.get("matches", {})
        right = sum(1 for o in options if matches.get(o["id"]) == o["match"])
        return Fraction(right, len(options)) * points if options else ZERO
    if kind == "open":
        if rubric_scores is None:
            return None
        return Fraction(sum(rubric_scores))
    raise ValueError(kind)


def match_targets(snapshot: dict) -> list[str]:
    """The distinct answers of a matching question, in a stable order."""
    return sorted({o["match"] for o in snapshot["options"]}, key=str.casefold)


def clean_answer(snapshot: dict, answer: dict) -> dict:
    """Validate a parsed answer against the snapshot; raise InvalidAnswer with a Dutch message."""
    kind = snapshot["kind"]
    ids = [o["id"] for o in snapshot["options"]]
    if kind == "single":
        if answer.get("option") not in ids:
            raise InvalidAnswer(_("Kies één van de antwoorden."))
        return {"option": answer["option"]}
    if kind == "multiple":
        chosen = answer.get("options")
        if not isinstance(chosen, list) or any(option_id not in ids for option_id in chosen):
            raise InvalidAnswer(_("Dit antwoord hoort niet bij de vraag."))
        return {"options": sorted(set(chosen), key=ids.index)}
    if kind == "ordering":
        order = answer.get("order")
        if not isinstance(order, list) or sorted(order) != sorted(ids):
            raise InvalidAnswer(_("Geef elk onderdeel een eigen plaats: elke positie mag maar één keer voorkomen."))
        return {"order": order}
    if kind == "matching":
        matches = answer.get("matches")
        targets = set(match_targets(snapshot))
        if not isinstance(matches, dict) or any(
            key not in ids or (value and value not in targets) for key, value in matches.items()
        ):
            raise InvalidAnswer(_("Dit antwoord hoort niet bij de vraag."))
        return {"matches": {key: value for key, value in matches.items() if value}}
    if kind == "open":
        text = answer.get("text")
        if not isinstance(text, str):
            raise InvalidAnswer(_("Schrijf uw antwoord in het tekstvak."))
        if len(text) > 5000:
            raise InvalidAnswer(_("Uw antwoord is te lang (maximaal 5000 tekens)."))
        return {"text": text.strip()}
    raise InvalidAnswer(_("Onbekende vraagsoort."))


def is_answered(snapshot: dict, answer: dict | None) -> bool:
    if not answer:
        return False
    kind = snapshot["kind"]
    if kind == "single":
        return bool(answer.get("option"))
    if kind == "multiple":
        return bool(answer.get("options"))
    if kind == "ordering":
        return bool(answer.get("order"))
    if kind == "matching":
        return bool(answer.get("matches"))
    return bool(answer.get("text"))


def clean_rubric_scores(snapshot: dict, levels: list[int]) -> list[int]:
    """`levels` holds the index of the chosen level per criterion; returns their points."""
    rubric = snapshot["rubric"]
    if len(levels) != len(rubric):
        raise InvalidAnswer(_("Kies voor elk criterium een niveau."))
    points = []
    for criterion, index in zip(rubric, levels, strict=True):
        if not 0 <= index < len(criterion["levels"]):
            raise InvalidAnswer(_("Kies voor elk criterium een niveau."))
        points.append(criterion["levels"][index]["points"])
    return points


# --- Casus -------------------------------------------------------------------------------------


def _steps(snapshot: dict) -> dict[str, dict]:
    return {step["key"]: step for step in snapshot["steps"]}


def first_step(snapshot: dict) -> str | None:
    return next((s["key"] for s in snapshot["steps"] if not s["consequence"]), None)


def step_after(snapshot: dict, step_key: str, option_id: str) -> str | None:
    """Where a decision leads: the option's explicit next step, the end, or the next main step."""
    steps = snapshot["steps"]
    index = next(i for i, s in enumerate(steps) if s["key"] == step_key)
    option = next(o for o in steps[index]["options"] if o["id"] == option_id)
    target = option["next"]
    if target == END_OF_CASUS:
        return None
    if target:
        return target
    return next((s["key"] for s in steps[index + 1 :] if not s["consequence"]), None)


def casus_path(snapshot: dict, decisions: dict[str, str]) -> tuple[list[str], str | None]:
    """The steps decided so far (in order) and the step that waits for a decision (None: done)."""
    known = _steps(snapshot)
    visited: list[str] = []
    key = first_step(snapshot)
    while key is not None and key in decisions:
        visited.append(key)
        key = step_after(snapshot, key, decisions[key])
        if key in visited or (key is not None and key not in known):
            return visited, None  # a malformed snapshot ends the casus rather than looping
    return visited, key


def step_max(step: dict) -> Fraction:
    return Fraction(max((o["points"] for o in step["options"]), default=0))


def best_option(step: dict) -> dict:
    order = {"best": 0, "acceptable": 1, "unsafe": 2}
    return min(step["options"], key=lambda o: (-o["points"], order.get(o["rating"], 3)))


def casus_max(snapshot: dict) -> Fraction:
    total, key, seen = ZERO, first_step(snapshot), set()
    steps = _steps(snapshot)
    while key is not None and key not in seen and key in steps:
        seen.add(key)
        step = steps[key]
        total += step_max(step)
        key = step_after(snapshot, key, best_option(step)["id"])
    return total


def score_decision(step: dict, option_id: str) -> tuple[Fraction, str, bool]:
    """Points, rating and whether it is a critical error."""
    option = next(o for o in step["options"] if o["id"] == option_id)
    critical = bool(step["critical"]) and option["rating"] == "unsafe"
    return Fraction(option["points"]), option["rating"], critical


def casus_structure_errors(snapshot: dict) -> list[str]:
    """What an author must fix before a casus can be saved (in Dutch, for the CMS form)."""
    errors = []
    keys = [s["key"] for s in snapshot["steps"]]
    if not keys:
        return [_("Een casus heeft minstens één besluitmoment.")]
    if len(set(keys)) != len(keys):
        errors.append(
            _("Elke stap heeft een eigen code; deze komen dubbel voor: %(keys)s.")
            % {"keys": ", ".join(sorted({k for k in keys if keys.count(k) > 1}))}
        )
    if snapshot["steps"][0]["consequence"]:
        errors.append(_("De eerste stap kan geen gevolgstap zijn."))
    for step in snapshot["steps"]:
        for option in step["options"]:
            target = option["next"]
            if target and target != END_OF_CASUS and target not in keys:
                errors.append(
                    _("Stap %(step)s verwijst naar stap '%(target)s', die niet bestaat.")
                    % {"step": step["key"], "target": target}
                )
    if errors:
        return errors
    # Every step reachable, and no way round in circles.
    reachable, stack = set(), [first_step(snapshot)]
    while stack:
        key = stack.pop()
        if key is None or key in reachable:
            continue
        reachable.add(key)
        step = _steps(snapshot)[key]
        stack.extend(step_after(snapshot, key, o["id"]) for o in step["options"])
    unreachable = [k for k in keys if k not in reachable]
    if unreachable:
        errors.append(_("Deze stappen zijn nooit te bereiken: %(keys)s.") % {"keys": ", ".join(unreachable)})
    if _has_cycle(snapshot):
        errors.append(_("De stappen vormen een kring: een casus moet een einde hebben."))
    return errors


def _has_cycle(snapshot: dict) -> bool:
    steps = _steps(snapshot)
    state: dict[str, int] = {}

    def visit(key: str | None) -> bool:
        if key is None or key not in steps:
            return False
        if state.get(key) == 1:
            return True
        if state.get(key) == 2:
            return False
        state[key] = 1
        if any(visit(step_after(snapshot, key, o["id"])) for o in steps[key]["options"]):
            return True
        state[key] = 2
        return False

    return visit(first_step(snapshot))


# --- An attempt's result -----------------------------------------------------------------------


@dataclass
class ScoredResponse:
    step_key: str
    score: Fraction | None  # None: waits for a trainer
    max_score: Fraction
    competence: str
    critical_error: bool = False


@dataclass
class ScoredItem:
    snapshot: dict
    competence: str  # the pool competence of a question; casus steps carry their own
    responses: list[ScoredResponse] = field(default_factory=list)


@dataclass
class Summary:
    score: Fraction
    max_score: Fraction
    critical_errors: int
    pending: bool
    by_competence: dict[str, tuple[Fraction, Fraction]]

    @property
    def percent(self) -> Fraction:
        return self.score * 100 / self.max_score if self.max_score else ZERO

    def passed(self, pass_mark_percent: int) -> bool | None:
        if self.pending:
            return None
        return self.critical_errors == 0 and self.percent >= pass_mark_percent


def summarise(items: list[ScoredItem]) -> Summary:
    score = max_score = ZERO
    critical = 0
    pending = False
    competences: dict[str, list[Fraction]] = defaultdict(lambda: [ZERO, ZERO])
    for item in items:
        snapshot = item.snapshot
        if snapshot["type"] == "question":
            item_max = question_max(snapshot)
            response = item.responses[0] if item.responses else None
            item_score = ZERO if response is None else response.score
            if item_score is None:
                pending = True
                item_score = ZERO
            score += item_score
            max_score += item_max
            competences[item.competence][0] += item_score
            competences[item.competence][1] += item_max
        else:
            item_max = casus_max(snapshot)
            earned = sum((r.score or ZERO for r in item.responses), ZERO)
            score += min(earned, item_max)
            max_score += item_max
            for response in item.responses:
                competences[response.competence][0] += response.score or ZERO
                competences[response.competence][1] += response.max_score
                critical += response.critical_error
    return Summary(
        score=score,
        max_score=max_score,
        critical_errors=critical,
        pending=pending,
        by_competence={code: (s, m) for code, (s, m) in sorted(competences.items())},
    )
