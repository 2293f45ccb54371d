"""Demo data: the question bank and casus from demo_content/, an assessment per demo course, and
attempts by the demo people — made through the real services — so results, the grading queue and
item statistics have something true to show. Idempotent: bank entries are keyed by code, and
people who already have attempts are skipped."""

from __future__ import annotations

import math
import random
import zlib
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from assessments import scoring, services
from assessments.content import upsert_casus, upsert_question
from assessments.demo_content.casus import CASUS
from assessments.demo_content.questions import QUESTIONS
from assessments.models import (
    Assessment,
    AssessmentCasus,
    AssessmentPool,
    Attempt,
    AttemptStatus,
    Casus,
    FeedbackMode,
)
from courses.models import Competence, CoursePage, Enrolment
from organisations.models import Membership, User

#: course code → (title, casus keys, pools {competence: count}, settings)
ASSESSMENTS = {
    "M01": (
        "Kennistoets wettelijk kader",
        [],
        {"C1": 4, "C6": 2},
        {"feedback_mode": FeedbackMode.IMMEDIATE, "pass_mark_percent": 60},
    ),
    "M02": (
        "Eindtoets meldcode en afwegingskader",
        ["sem-blauwe-plekken"],
        {"C1": 2, "C2": 2, "C4": 2, "C5": 1},
        {"feedback_mode": FeedbackMode.AFTER_SUBMIT},
    ),
    "M03": ("Toets advies en meldingen aannemen", [], {"C5": 2, "C1": 2, "C4": 1}, {}),
    "M04": (
        "Casustoets veiligheidsbeoordeling",
        ["nacht-in-lindenmarke"],
        {"C3": 3, "C4": 2},
        {"time_limit_minutes": 45},
    ),
    "M05": ("Toets signalen van kindermishandeling", [], {"C2": 4, "C3": 2}, {}),
    "M06": (
        "Casustoets partnergeweld en ouderenmishandeling",
        ["nacht-in-lindenmarke", "meneer-wessels-pinpas"],
        {"C6": 1},
        {"feedback_mode": FeedbackMode.IMMEDIATE},
    ),
    "M07": ("Toets schadelijke praktijken", [], {"C8": 4, "C2": 1}, {}),
    "M09": ("Toets overdracht en monitoring", [], {"C6": 3, "C4": 2}, {}),
    "M12": (
        "Examen verslaglegging en beroepsethiek",
        [],
        {"C7": 3, "C9": 3},
        {"feedback_mode": FeedbackMode.NEVER, "time_limit_minutes": 30, "max_attempts": 2},
    ),
}


def _assessments() -> list[Assessment]:
    courses = {c.code: c for c in CoursePage.objects.live().filter(code__in=ASSESSMENTS)}
    competences = {c.code: c for c in Competence.objects.all()}
    casus = {c.code: c for c in Casus.objects.all()}
    made = []
    for code, (title, casus_keys, pools, settings) in ASSESSMENTS.items():
        course = courses.get(code)
        if course is None:
            continue
        assessment = Assessment.objects.filter(course=course).first()
        if assessment is None:
            assessment = Assessment.objects.create(
                course=course,
                title=title,
                introduction=(
                    "Deze toets laat zien of u de stof van de cursus kunt toepassen. Lees elke vraag rustig; "
                    "bij een casus legt u per moment een besluit vast, zoals in de praktijk."
                ),
                **settings,
            )
            for order, key in enumerate(casus_keys):
                AssessmentCasus.objects.create(assessment=assessment, casus=casus[key], sort_order=order)
            for order, (competence, count) in enumerate(pools.items()):
                AssessmentPool.objects.create(
                    assessment=assessment, competence=competences[competence], question_count=count, sort_order=order
                )
        made.append(assessment)
    return made


# --- Simulated attempts ------------------------------------------------------------------------

DIFFICULTY = {"easy": -1.0, "medium": 0.0, "hard": 1.0}
OPEN_ANSWERS = [
    "Ik zou eerst de signalen feitelijk vastleggen en overleggen met een collega en de gedragswetenschapper. "
    "Omdat er sprake lijkt van acute onveiligheid, zou ik dezelfde dag actie ondernemen en de melder "
    "terugkoppelen wat er gebeurt.",
    "Ik zou de ouders bellen om te vragen wat er aan de hand is en daarna bekijken of een melding nodig is.",
    "De veiligheid van het kind staat voorop. Ik beoordeel of er acute of structurele onveiligheid is, "
    "raadpleeg de vertrouwensarts over het letsel en leg vast welke bronnen ik heb gebruikt.",
]


def _chance(ability: float, difficulty: float) -> float:
    return 1 / (1 + math.exp(-1.7 * (ability - difficulty)))


def _answer(snapshot: dict, p: float, rng: random.Random) -> dict:
    options = snapshot["options"]
    kind = snapshot["kind"]
    if kind == "single":
        right = [o["id"] for o in options if o["correct"]]
        wrong = [o["id"] for o in options if not o["correct"]]
        return {"option": right[0] if rng.random() < p or not wrong else rng.choice(wrong)}
    if kind == "multiple":
        return {"options": [o["id"] for o in options if (rng.random() < p) == bool(o["correct"])]}
    if kind == "ordering":
        order = [o["id"] for o in options]
        for _ in range(3):
            if rng.random() > p:
                i = rng.randrange(len(order) - 1)
                order[i], order[i + 1] = order[i + 1], order[i]
        return {"order": order}
    if kind == "matching":
        targets = scoring.match_targets(snapshot)
        return {"matches": {o["id"]: o["match"] if rng.random() < p else rng.choice(targets) for o in options}}
    return {"text": OPEN_ANSWERS[0 if rng.random() < p else rng.randrange(len(OPEN_ANSWERS))]}


def _decide(step: dict, p: float, rng: random.Random) -> str:
    by_rating = {r: [o["id"] for o in step["options"] if o["rating"] == r] for r in ("best", "acceptable", "unsafe")}
    roll = rng.random()
    if step["critical"]:
        p = 0.5 + p / 2  # people are more careful where a child's safety is plainly at stake
    if roll < p and by_rating["best"]:
        return by_rating["best"][0]
    if roll < p + (1 - p) * 0.6 and by_rating["acceptable"]:
        return rng.choice(by_rating["acceptable"])
    return rng.choice(by_rating["unsafe"] or by_rating["acceptable"] or by_rating["best"])


def _take(person: User, assessment: Assessment, ability: float, rng: random.Random) -> Attempt:
    attempt = services.start_attempt(user=person, assessment=assessment)
    for item in attempt.items.all():
        snapshot = item.snapshot
        if item.kind == "question":
            noise = (zlib.crc32(snapshot["title"].encode()) % 100) / 100 - 0.5
            p = _chance(ability, DIFFICULTY.get(item.question.difficulty, 0) + noise)
            if rng.random() < 0.03:
                continue  # now and then a question is skipped
            services.save_answer(
                user=person, attempt_id=attempt.pk, position=item.position, answer=_answer(snapshot, p, rng)
            )
        else:
            decisions: dict[str, str] = {}
            while True:
                _done, current = scoring.casus_path(snapshot, decisions)
                if current is None:
                    break
                step = next(s for s in snapshot["steps"] if s["key"] == current)
                decisions[current] = _decide(step, _chance(ability, 0.0), rng)
                services.save_answer(
                    user=person,
                    attempt_id=attempt.pk,
                    position=item.position,
                    answer={"step": current, "option": decisions[current]},
                )
    return services.submit_attempt(user=person, attempt_id=attempt.pk)


def _backdate(attempt: Attempt, when) -> None:
    started = when - timedelta(minutes=35)
    Attempt.objects.filter(pk=attempt.pk).update(
        started_at=started,
        deadline_at=started + timedelta(minutes=attempt.assessment.time_limit_minutes)
        if attempt.assessment.time_limit_minutes
        else None,
        submitted_at=when,
        finalised_at=when if attempt.status == AttemptStatus.FINAL else None,
    )


def _simulate(assessments: list[Assessment]) -> int:
    rng = random.Random(4)  # noqa: S311 — demo data, not security
    made = 0
    now = timezone.now()
    for assessment in assessments:
        if Attempt.objects.filter(assessment=assessment).exists():
            continue
        enrolments = (
            Enrolment.objects.filter(course=assessment.course, user__is_active=True)
            .exclude(user__email="medewerker@demo.example", course__code__in=["M02", "M06"])
            .select_related("user")
            .order_by("user__email")
        )
        for enrolment in enrolments:
            done = enrolment.lesson_completions.count()
            if not enrolment.completed_at and done < 2:
                continue
            person = enrolment.user
            ability = random.Random(person.pk * 7919).gauss(0.6, 1.0)
            when = enrolment.completed_at or enrolment.last_activity_at or now - timedelta(days=3)
            for number in range(assessment.max_attempts or 3):
                attempt = _take(person, assessment, ability + 0.5 * number, rng)
                _backdate(attempt, when - timedelta(days=2 * ((assessment.max_attempts or 3) - number)))
                made += 1
                if attempt.passed is not False:
                    break
                if not enrolment.completed_at and rng.random() < 0.5:
                    break  # some stop after a fail and have not tried again yet
    return made


def _grade_some() -> int:
    """Trainers graded most open answers — the region's trainer, or the platform administrator
    where a demo region has none; the latest few in Utrecht still wait, so the demo trainer's queue
    shows something."""
    from assessments.models import Response

    graded = 0
    rng = random.Random(9)  # noqa: S311
    admin = User.objects.filter(is_superuser=True, email="admin@demo.example").first()
    trainers = {
        membership.region_id: membership.user
        for membership in Membership.objects.filter(role="trainer", valid_to__isnull=True).select_related("user")
    }
    waiting = list(
        Response.objects.filter(needs_grading=True, graded_at__isnull=True)
        .select_related("item", "attempt__user")
        .order_by("attempt__submitted_at")
    )
    utrecht = [r for r in waiting if r.attempt.user.current_membership.region.slug == "utrecht"]
    keep = {r.pk for r in utrecht[-4:]}
    for response in waiting:
        if response.pk in keep:
            continue
        grader = trainers.get(response.attempt.user.current_membership.region_id) or admin
        if grader is None or grader.pk == response.attempt.user_id:
            continue
        levels = [
            rng.randrange(len(c["levels"])) if rng.random() < 0.4 else len(c["levels"]) - 1
            for c in response.item.snapshot["rubric"]
        ]
        services.grade_response(
            grader=grader,
            response_id=response.pk,
            levels=levels,
            comment="Helder onderbouwd. Benoem ook wie u terugkoppelt en wanneer.",
            notify=False,  # demo history: nobody to tell
        )
        graded += 1
    return graded


@transaction.atomic
def seed(log=print) -> None:
    questions = [upsert_question(data) for data in QUESTIONS]
    casus = [upsert_casus(data) for data in CASUS]
    assessments = _assessments()
    made = _simulate(assessments)
    graded = _grade_some()
    log(
        f"assessments: {len(questions)} questions, {len(casus)} casus, {len(assessments)} assessments, "
        f"{made} attempts simulated, {graded} open answers graded"
    )
