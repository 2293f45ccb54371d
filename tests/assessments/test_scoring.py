"""Scoring rules as tables of cases with hand-computed expectations (no database)."""

from fractions import Fraction as F

import pytest

from assessments import scoring


def question(kind, options, points=2, rubric=()):
    return {"type": "question", "kind": kind, "points": points, "options": options, "rubric": list(rubric)}


SINGLE = question("single", [{"id": "a", "correct": True}, {"id": "b", "correct": False}], points=1)
# Three correct (a, b, c) out of five.
MULTIPLE = question("multiple", [{"id": k, "correct": k in "abc"} for k in "abcde"], points=3)
# Key order a b c d: 6 pairs.
ORDERING = question("ordering", [{"id": k} for k in "abcd"], points=6)
MATCHING = question(
    "matching",
    [
        {"id": "s1", "match": "Kindermishandeling"},
        {"id": "s2", "match": "Partnergeweld"},
        {"id": "s3", "match": "Ouderenmishandeling"},
        {"id": "s4", "match": "Kindermishandeling"},
    ],
    points=2,
)


@pytest.mark.parametrize(
    ("snapshot", "answer", "expected"),
    [
        (SINGLE, {"option": "a"}, F(1)),
        (SINGLE, {"option": "b"}, F(0)),
        # multiple: (right − wrong) / 3 × 3 points
        (MULTIPLE, {"options": ["a", "b", "c"]}, F(3)),
        (MULTIPLE, {"options": ["a", "b"]}, F(2)),
        (MULTIPLE, {"options": ["a", "b", "d"]}, F(1)),
        (MULTIPLE, {"options": ["a", "d", "e"]}, F(0)),  # 1 − 2 < 0 → 0
        (MULTIPLE, {"options": list("abcde")}, F(1)),  # 3 − 2 = 1 → 1/3 × 3
        (MULTIPLE, {"options": []}, F(0)),
        # ordering: correct pairs / 6 × 6 points
        (ORDERING, {"order": list("abcd")}, F(6)),
        (ORDERING, {"order": list("bacd")}, F(5)),  # only (a,b) reversed
        (ORDERING, {"order": list("adbc")}, F(4)),  # (b,d) and (c,d) reversed
        (ORDERING, {"order": list("dcba")}, F(0)),
        (ORDERING, {"order": list("abc")}, F(0)),  # incomplete
        # matching: right / 4 × 2 points
        (
            MATCHING,
            {
                "matches": {
                    "s1": "Kindermishandeling",
                    "s2": "Partnergeweld",
                    "s3": "Ouderenmishandeling",
                    "s4": "Kindermishandeling",
                }
            },
            F(2),
        ),
        (MATCHING, {"matches": {"s1": "Kindermishandeling", "s2": "Kindermishandeling"}}, F(1, 2)),
        (MATCHING, {"matches": {}}, F(0)),
    ],
)
def test_question_scores(snapshot, answer, expected):
    assert scoring.score_question(snapshot, answer) == expected


def test_open_answer_waits_for_rubric_then_sums_levels():
    snapshot = question(
        "open",
        [],
        rubric=[
            {"criterion": "a", "levels": [{"points": 0}, {"points": 1}, {"points": 2}]},
            {"criterion": "b", "levels": [{"points": 0}, {"points": 3}]},
        ],
    )
    assert scoring.question_max(snapshot) == 5
    assert scoring.score_question(snapshot, {"text": "x"}) is None
    assert scoring.clean_rubric_scores(snapshot, [1, 1]) == [1, 3]
    assert scoring.score_question(snapshot, {"text": "x"}, [1, 3]) == 4
    with pytest.raises(scoring.InvalidAnswer):
        scoring.clean_rubric_scores(snapshot, [1, 2])  # criterion b has no third level
    with pytest.raises(scoring.InvalidAnswer):
        scoring.clean_rubric_scores(snapshot, [1])


@pytest.mark.parametrize(
    ("snapshot", "answer"),
    [
        (SINGLE, {"option": "zz"}),
        (MULTIPLE, {"options": ["a", "zz"]}),
        (MULTIPLE, {"options": "a"}),
        (ORDERING, {"order": ["a", "a", "b", "c"]}),
        (MATCHING, {"matches": {"s1": "Iets anders"}}),
        (MATCHING, {"matches": {"zz": "Partnergeweld"}}),
        (question("open", []), {"text": "x" * 5001}),
    ],
)
def test_answers_that_do_not_fit_the_question_are_refused(snapshot, answer):
    with pytest.raises(scoring.InvalidAnswer):
        scoring.clean_answer(snapshot, answer)


def opt(option_id, rating, points, next_step=""):
    return {"id": option_id, "rating": rating, "points": points, "next": next_step}


CASUS = {
    "type": "casus",
    "steps": [
        {
            "key": "1",
            "critical": False,
            "consequence": False,
            "competence": "C1",
            "options": [opt("1a", "best", 2), opt("1b", "acceptable", 1), opt("1c", "unsafe", 0, "1x")],
        },
        {
            "key": "1x",
            "critical": False,
            "consequence": True,
            "competence": "C1",
            "options": [opt("1xa", "best", 1, "2"), opt("1xb", "unsafe", 0, "einde")],
        },
        {
            "key": "2",
            "critical": True,
            "consequence": False,
            "competence": "C3",
            "options": [opt("2a", "best", 2), opt("2b", "unsafe", 0)],
        },
        {
            "key": "3",
            "critical": False,
            "consequence": False,
            "competence": "C4",
            "options": [opt("3a", "best", 2), opt("3b", "acceptable", 1)],
        },
    ],
}


@pytest.mark.parametrize(
    ("decisions", "visited", "current"),
    [
        ({}, [], "1"),
        ({"1": "1a"}, ["1"], "2"),  # the consequence step is skipped on the main line
        ({"1": "1c"}, ["1"], "1x"),  # an unsafe choice branches to its consequence
        ({"1": "1c", "1x": "1xa"}, ["1", "1x"], "2"),
        ({"1": "1c", "1x": "1xb"}, ["1", "1x"], None),  # the consequence can end the casus
        ({"1": "1a", "2": "2a", "3": "3b"}, ["1", "2", "3"], None),
    ],
)
def test_branching_paths(decisions, visited, current):
    assert scoring.casus_path(CASUS, decisions) == (visited, current)


def test_casus_maximum_follows_the_best_path():
    assert scoring.casus_max(CASUS) == 6  # 2 + 2 + 2, never through the consequence step


def test_unsafe_choice_at_a_critical_step_fails_whatever_the_score():
    items = [
        scoring.ScoredItem(
            CASUS,
            "",
            [
                scoring.ScoredResponse("1", F(2), F(2), "C1"),
                scoring.ScoredResponse("2", F(0), F(2), "C3", critical_error=True),
                scoring.ScoredResponse("3", F(2), F(2), "C4"),
            ],
        ),
        scoring.ScoredItem(SINGLE, "C2", [scoring.ScoredResponse("", F(1), F(1), "C2")]),
    ]
    summary = scoring.summarise(items)
    assert summary.score == 5 and summary.max_score == 7
    assert summary.percent == F(500, 7)  # 71.4 % — above a 70 % pass mark …
    assert summary.critical_errors == 1
    assert summary.passed(70) is False  # … and still failed
    assert summary.by_competence == {"C1": (2, 2), "C2": (1, 1), "C3": (0, 2), "C4": (2, 2)}


def test_a_detour_never_earns_more_than_the_best_path():
    items = [
        scoring.ScoredItem(
            CASUS,
            "",
            [
                scoring.ScoredResponse("1", F(0), F(2), "C1"),
                scoring.ScoredResponse("1x", F(1), F(1), "C1"),
                scoring.ScoredResponse("2", F(2), F(2), "C3"),
                scoring.ScoredResponse("3", F(2), F(2), "C4"),
            ],
        )
    ]
    summary = scoring.summarise(items)
    assert (summary.score, summary.max_score) == (5, 6)
    assert summary.passed(80) is True  # 83 %


def test_pending_open_answer_leaves_the_verdict_open():
    open_q = question("open", [], rubric=[{"criterion": "a", "levels": [{"points": 0}, {"points": 2}]}])
    summary = scoring.summarise([scoring.ScoredItem(open_q, "C5", [scoring.ScoredResponse("", None, F(2), "C5")])])
    assert summary.pending and summary.passed(50) is None


def test_casus_structure_errors_catch_broken_branches():
    broken = {
        "steps": [
            {"key": "1", "consequence": False, "options": [opt("a", "best", 2, "9")]},
            {"key": "1", "consequence": False, "options": [opt("b", "best", 2)]},
        ]
    }
    errors = scoring.casus_structure_errors(broken)
    assert any("dubbel" in e for e in errors) and any("'9'" in e for e in errors)
    loop = {
        "steps": [
            {"key": "1", "consequence": False, "options": [opt("a", "best", 2, "2")]},
            {"key": "2", "consequence": False, "options": [opt("b", "best", 2, "1")]},
        ]
    }
    assert any("kring" in e for e in scoring.casus_structure_errors(loop))
    assert scoring.casus_structure_errors(CASUS) == []
