"""Reads about assessments and attempts.

An attempt is private: only its owner opens it (`access_attempt`, 404 for anyone else). Trainers
see open answers to grade blind — without the learner's name — and only from their own region
(`gradable_responses`). Item statistics are aggregates over every attempt and carry no names.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core.cache import cache
from django.db import connection
from django.db.models import Count, FloatField, Max, QuerySet
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Cast
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from assessments import scoring, statistics
from assessments.models import (
    Assessment,
    Attempt,
    AttemptItem,
    AttemptStatus,
    Casus,
    ItemKind,
    Question,
    QuestionKind,
    Response,
)
from courses.models import CoursePage, Enrolment
from organisations.models import User

#: Answers saved this long after the deadline still count: they were sent before time ran out.
EXPIRY_GRACE = timedelta(seconds=15)
#: The learner may ask for more time in the last minutes, at most this often (WCAG 2.2.1).
EXTENSION_WINDOW = timedelta(minutes=5)
MAX_EXTENSIONS = 10


def assessments_of(course: CoursePage) -> QuerySet[Assessment]:
    return Assessment.objects.filter(course=course, is_active=True).order_by("pk")


def access_assessment(pk: int) -> Assessment:
    """Assessments are not personal: any signed-in learner may open an active one."""
    assessment = Assessment.objects.select_related("course").filter(pk=pk, is_active=True).first()
    if assessment is None or not assessment.course.live:
        raise Http404
    return assessment


def access_attempt(user: User, pk: int) -> Attempt:
    """The attempt `pk` if it is `user`'s own; 404 for missing and for anyone else's alike."""
    attempt = Attempt.objects.filter(user=user, pk=pk).select_related("assessment", "assessment__course").first()
    if attempt is None:
        raise Http404
    return attempt


def is_expired(attempt: Attempt, *, now: datetime | None = None) -> bool:
    return bool(attempt.deadline_at and (now or timezone.now()) > attempt.deadline_at + EXPIRY_GRACE)


def can_extend(attempt: Attempt, *, now: datetime | None = None) -> bool:
    now = now or timezone.now()
    return bool(
        attempt.is_open
        and attempt.deadline_at
        and attempt.assessment.allow_time_extension
        and attempt.extensions_used < MAX_EXTENSIONS
        and now <= attempt.deadline_at
        and attempt.deadline_at - now <= EXTENSION_WINDOW
    )


def extension_minutes(assessment: Assessment) -> int:
    return max(5, -(-assessment.time_limit_minutes // 4)) if assessment.time_limit_minutes else 0


@dataclass
class Eligibility:
    can_start: bool
    reason: str = ""
    open_attempt: Attempt | None = None
    passed: bool = False


def eligibility(user: User, assessment: Assessment, enrolment: Enrolment | None) -> Eligibility:
    """May `user` start an attempt now? Two queries."""
    attempts = list(
        Attempt.objects.filter(user=user, assessment=assessment, **({"enrolment": enrolment} if enrolment else {}))
        .only("status", "passed", "submitted_at", "number")
        .order_by("-number")
    )
    open_attempt = next((a for a in attempts if a.status == AttemptStatus.OPEN), None)
    if open_attempt is not None:
        return Eligibility(True, open_attempt=open_attempt)
    if any(a.passed for a in attempts):
        return Eligibility(False, _("U heeft deze toets gehaald."), passed=True)
    if any(a.status == AttemptStatus.GRADING for a in attempts):
        return Eligibility(False, _("Uw vorige poging wacht nog op beoordeling door een trainer."))
    if assessment.max_attempts and len(attempts) >= assessment.max_attempts:
        return Eligibility(
            False,
            _("U heeft alle %(n)s pogingen gebruikt. Neem contact op met uw trainer of leidinggevende.")
            % {"n": assessment.max_attempts},
        )
    if attempts and attempts[0].submitted_at and assessment.wait_hours:
        allowed_from = attempts[0].submitted_at + timedelta(hours=assessment.wait_hours)
        if timezone.now() < allowed_from:
            return Eligibility(
                False,
                _("U kunt het opnieuw proberen vanaf %(when)s. Gebruik de tijd om de lessen nog eens door te nemen.")
                % {"when": timezone.localtime(allowed_from).strftime("%d-%m-%Y %H:%M")},
            )
    return Eligibility(True)


def attempts_of(user: User, assessment: Assessment) -> QuerySet[Attempt]:
    return Attempt.objects.filter(user=user, assessment=assessment).order_by("-number")


def unmet_assessments(enrolment: Enrolment) -> list[str]:
    """Required assessments of the enrolment's course not yet passed in this cycle. One query."""
    # A subquery, not exclude(attempts__enrolment=…, attempts__passed=…): on a multi-valued relation
    # those two conditions could be met by two different attempts (a pass in an earlier cycle).
    passed = Attempt.objects.filter(enrolment=enrolment, passed=True).values("assessment_id")
    missing = (
        Assessment.objects.filter(course_id=enrolment.course_id, required=True, is_active=True)
        .exclude(pk__in=passed)
        .values_list("title", flat=True)
    )
    return [_("Toets '%(title)s' halen") % {"title": title} for title in missing]


def learning_notes(enrolments: list[Enrolment]) -> dict[int, list[str]]:
    """For /mijn-leren/: the required assessments each unfinished enrolment still needs, with the
    state of an attempt in progress. Two queries for the whole list."""
    course_ids = {e.course_id for e in enrolments}
    if not course_ids:
        return {}
    required = list(
        Assessment.objects.filter(course_id__in=course_ids, required=True, is_active=True).values_list(
            "pk", "course_id", "title"
        )
    )
    states: dict[tuple[int, int], set[str]] = {}
    for enrolment_id, assessment_id, status, passed in Attempt.objects.filter(
        enrolment__in=enrolments, assessment_id__in=[pk for pk, _c, _t in required]
    ).values_list("enrolment_id", "assessment_id", "status", "passed"):
        states.setdefault((enrolment_id, assessment_id), set()).add("passed" if passed else status)
    notes: dict[int, list[str]] = {}
    for enrolment in enrolments:
        for pk, course_id, title in required:
            if course_id != enrolment.course_id:
                continue
            state = states.get((enrolment.pk, pk), set())
            if "passed" in state:
                continue
            if "open" in state:
                line = _("Toets '%(title)s': bezig, u kunt verder waar u was.")
            elif "grading" in state:
                line = _("Toets '%(title)s': wacht op beoordeling door een trainer.")
            else:
                line = _("Nog te doen: toets '%(title)s' halen.")
            notes.setdefault(enrolment.pk, []).append(line % {"title": title})
    return notes


def course_section(request, course: CoursePage, enrolment: Enrolment | None) -> dict | None:
    """The assessments block on a course page, registered in courses.extensions."""
    assessments = list(assessments_of(course))
    if not assessments or not request.user.is_authenticated:
        return None
    latest: dict[int, Attempt] = {}
    if enrolment is not None:
        for attempt in Attempt.objects.filter(enrolment=enrolment, assessment__in=assessments).order_by("number"):
            if attempt.passed or attempt.assessment_id not in latest or not latest[attempt.assessment_id].passed:
                latest[attempt.assessment_id] = attempt
    return {
        "template": "assessments/includes/course_section.html",
        "rows": [(assessment, latest.get(assessment.pk)) for assessment in assessments],
    }


# --- Taking an attempt -------------------------------------------------------------------------


@dataclass
class ItemView:
    item: AttemptItem
    responses: dict[str, Response]  # by step_key

    @property
    def snapshot(self) -> dict:
        return self.item.snapshot

    @property
    def answered(self) -> bool:
        if self.item.kind == ItemKind.QUESTION:
            response = self.responses.get("")
            return bool(response and scoring.is_answered(self.snapshot, response.answer))
        _done, current = scoring.casus_path(self.snapshot, self.decisions)
        return current is None

    @property
    def decisions(self) -> dict[str, str]:
        return {key: r.answer.get("option") for key, r in self.responses.items() if key}


def attempt_items(attempt: Attempt) -> list[ItemView]:
    """Items with their responses: two queries whatever the length of the attempt."""
    items = list(attempt.items.all())
    by_item: dict[int, dict[str, Response]] = {item.pk: {} for item in items}
    for response in Response.objects.filter(attempt=attempt):
        by_item[response.item_id][response.step_key] = response
    return [ItemView(item, by_item[item.pk]) for item in items]


# --- Grading -----------------------------------------------------------------------------------


def can_grade(user: User) -> bool:
    return user.is_authenticated and user.has_perm("assessments.grade_response")


def gradable_responses(user: User) -> QuerySet[Response]:
    """Open answers `user` may grade: of attempts by people of the trainer's own region (all for a
    superuser), never their own. Blind: callers show no names."""
    if not can_grade(user):
        return Response.objects.none()
    responses = Response.objects.filter(
        needs_grading=True, attempt__status__in=[AttemptStatus.GRADING, AttemptStatus.FINAL]
    )
    if not user.is_superuser:
        membership = user.current_membership
        if membership is None or membership.region_id is None:
            return Response.objects.none()
        responses = responses.filter(attempt__in=Attempt.objects.in_region(membership.region_id))
    return responses.exclude(attempt__user=user)


def grading_queue(user: User, *, assessment_id: int | None = None) -> QuerySet[Response]:
    queue = gradable_responses(user).filter(graded_at__isnull=True)
    if assessment_id:
        queue = queue.filter(attempt__assessment_id=assessment_id)
    return queue.select_related("attempt__assessment", "item").order_by("attempt__submitted_at", "pk")


def recently_graded(user: User, *, limit: int = 20) -> QuerySet[Response]:
    return (
        gradable_responses(user)
        .filter(graded_at__isnull=False)
        .select_related("attempt__assessment", "item", "grader")
        .order_by("-graded_at")[:limit]
    )


def access_gradable_response(user: User, pk: int) -> Response:
    response = gradable_responses(user).select_related("attempt__assessment", "item", "grader").filter(pk=pk).first()
    if response is None:
        raise Http404
    return response


# --- Item statistics ---------------------------------------------------------------------------


def can_view_statistics(user: User) -> bool:
    return user.is_authenticated and user.has_perm("assessments.view_item_statistics")


@dataclass
class LabelledItem:
    stat_key: str
    label: str
    kind: str
    kind_label: str
    competence: str
    stats: statistics.ItemStatistics
    options: list[dict]  # {"text", "mark", "count", "share"}
    edit_url: str = ""
    regrade_url: str = ""


def statistics_for(assessment: Assessment) -> dict:
    """Item and test statistics over every finished attempt, cached until an attempt of this
    assessment changes (a submit, a grade, a regrade): one aggregate query on a hit, six on a miss,
    whatever the number of attempts."""
    finished = Attempt.objects.filter(assessment=assessment, status=AttemptStatus.FINAL).aggregate(
        count=Count("pk"), changed=Max("updated_at")
    )
    changed = finished["changed"].timestamp() if finished["changed"] else 0
    key = f"item-statistics:v3:{assessment.pk}:{finished['count']}:{changed}"
    result = cache.get(key)
    if result is None:
        result = _compute_statistics(assessment)
        cache.set(key, result, timeout=60 * 60 * 24)
    return {
        **result,
        "too_few": result["summary"].attempts < assessment.min_attempts_for_statistics,
        "open_attempts": Attempt.objects.filter(assessment=assessment, status=AttemptStatus.OPEN).count(),
    }


def _compute_statistics(assessment: Assessment) -> dict:
    finished = Response.objects.filter(attempt__assessment=assessment, attempt__status=AttemptStatus.FINAL)
    totals = {
        pk: (float(percent), bool(passed))
        for pk, percent, passed in Attempt.objects.filter(
            assessment=assessment, status=AttemptStatus.FINAL, percent__isnull=False
        )
        # No order (the default sorts on started_at): read straight from the attempt_final_statistics index.
        .order_by()
        .values_list("pk", "percent", "passed")
    }
    # Scores as floats and no JSON in the big read: decoding 100,000+ answers and Decimals was most
    # of the time. Choices are counted by the database instead (one option per single-choice answer
    # or casus decision); only multiple-response answers, which hold a list, are read as JSON.
    scored = finished.values_list(
        "attempt_id", "item__position", "stat_key", Cast("score", FloatField()), Cast("max_score", FloatField())
    )
    rows = (
        statistics.Row(attempt_id, slot, stat_key, score or 0.0, max_score)
        for attempt_id, slot, stat_key, score, max_score in _raw_rows(scored)
    )
    counts: dict[str, Counter] = defaultdict(Counter)
    for stat_key, choice, n in (
        finished.annotate(choice=KeyTextTransform("option", "answer"))
        .filter(choice__isnull=False)
        .values_list("stat_key", "choice")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        counts[stat_key][choice] += n
    multiple = [f"q:{pk}" for pk in Question.objects.filter(kind="multiple").values_list("pk", flat=True)]
    for stat_key, answer in finished.filter(stat_key__in=multiple).values_list("stat_key", "answer"):
        counts[stat_key].update(answer.get("options", []))
    result = statistics.compute(rows, totals, option_counts=counts)
    question_ids = {int(key.split(":")[1]) for key in result.items if key.startswith("q:")}
    casus_ids = {int(key.split(":")[1]) for key in result.items if key.startswith("c:")}
    questions = {q.pk: q.snapshot() for q in Question.objects.filter(pk__in=question_ids)}
    casus = {c.pk: c.snapshot() for c in Casus.objects.filter(pk__in=casus_ids)}
    labelled = []
    for key, item in result.items.items():
        parts = key.split(":")
        if parts[0] == "q":
            snapshot = questions.get(int(parts[1]))
            if snapshot is None:
                continue
            label, kind, options = snapshot["title"], snapshot["kind"], snapshot["options"]
            marks = {o["id"]: ("✓" if o["correct"] else "") for o in options}
            competence = ""
        else:
            snapshot = casus.get(int(parts[1]))
            step = next((s for s in (snapshot or {}).get("steps", []) if s["key"] == parts[2]), None)
            if step is None:
                continue
            label = f"{snapshot['title']} — {_('stap')} {step['key']}: {step['title']}"
            kind, options, competence = "casus", step["options"], step["competence"]
            marks = {o["id"]: dict(_rating_labels()).get(o["rating"], "") for o in options}
        shown = []
        if kind in ("single", "multiple", "casus"):
            for option in options:
                count = item.option_counts.get(option["id"], 0)
                shown.append(
                    {
                        "text": option["text"],
                        "mark": marks.get(option["id"], ""),
                        "count": count,
                        "share": count / item.attempts if item.attempts else 0,
                    }
                )
        kind_label = str(QuestionKind(kind).label) if kind != "casus" else ""
        model, noun = ("question", "vraag") if parts[0] == "q" else ("casus", "casus")
        labelled.append(
            LabelledItem(
                key,
                label,
                kind,
                kind_label,
                competence,
                item,
                shown,
                edit_url=reverse(f"wagtailsnippets_assessments_{model}:edit", args=[parts[1]]),
                regrade_url=reverse("assessments:regrade", args=[noun, parts[1]]),
            )
        )
    labelled.sort(key=lambda row: (row.stats.facility if row.stats.facility is not None else 2, row.label))
    return {"summary": result, "items": labelled}


def _raw_rows(queryset: QuerySet, chunk: int = 10_000):
    """The rows of a values_list() query straight from the cursor: the ORM's per-value converters
    cost more than the query itself at a hundred thousand rows, and the SQL already casts."""
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        while batch := cursor.fetchmany(chunk):
            yield from batch


def _rating_labels():
    return [("best", _("beste")), ("acceptable", _("aanvaardbaar")), ("unsafe", _("onveilig"))]


def regrade_candidates(content: Question | Casus) -> int:
    """How many attempt items still use an older version of this question or casus."""
    field = "question" if isinstance(content, Question) else "casus"
    return AttemptItem.objects.filter(**{field: content}, version__lt=content.version).count()


def competence_rows(attempt: Attempt) -> list[dict]:
    """The attempt's result per competence, with the competence's name. One query."""
    from courses.models import Competence

    names = dict(Competence.objects.filter(code__in=attempt.competence_scores).values_list("code", "name"))
    return [
        {
            "code": code,
            "name": names.get(code, ""),
            "score": values["score"],
            "max": values["max"],
            "percent": round(100 * values["score"] / values["max"]) if values["max"] else None,
        }
        for code, values in sorted(attempt.competence_scores.items())
    ]


# --- The person's own data (organisations.personal_data) ----------------------------------------


def personal_data_labels() -> dict:
    """Dutch labels for the keys of `personal_data`, for the readable PDF."""
    from django.utils.translation import gettext_lazy as _

    return {
        "attempts": _("Toetspogingen"),
        "assessment": _("Toets"),
        "course": _("Cursus"),
        "number": _("Poging"),
        "status": _("Status"),
        "started_at": _("Begonnen op"),
        "submitted_at": _("Ingeleverd op"),
        "submitted_by_timer": _("Ingeleverd door de tijdslimiet"),
        "extensions_used": _("Keren verlengd"),
        "finalised_at": _("Uitslag bekend op"),
        "score": _("Score"),
        "max_score": _("Maximale score"),
        "percent": _("Percentage"),
        "pass_mark_percent": _("Cesuur (%)"),
        "passed": _("Geslaagd"),
        "critical_errors": _("Kritieke fouten"),
        "competence_scores": _("Score per competentie"),
        "competence": _("Competentie"),
        "answers": _("Uw antwoorden"),
        "position": _("Onderdeel"),
        "question": _("Vraag"),
        "answer": _("Uw antwoord"),
        "rating": _("Waardering"),
        "saved_at": _("Opgeslagen op"),
        "graded_at": _("Beoordeeld op"),
        "grader_comment": _("Toelichting van de beoordelaar"),
    }


def _answer_text(snapshot: dict, step: dict | None, answer: dict) -> str:
    """An answer in words, from the options as the person saw them (the attempt's snapshot)."""
    options = step["options"] if step is not None else snapshot.get("options", [])
    text = {o["id"]: o["text"] for o in options}
    if not answer:
        return ""
    if "text" in answer:
        return answer["text"]
    if "option" in answer:
        return text.get(answer["option"], "")
    if "options" in answer:
        return ", ".join(text.get(i, "") for i in answer["options"])
    if "order" in answer:
        return " → ".join(text.get(i, "") for i in answer["order"])
    if "matches" in answer:
        return "; ".join(f"{text.get(i, '')} → {target}" for i, target in answer["matches"].items())
    return ""


def personal_data(user) -> dict:
    """Every assessment attempt of `user`, with its result, the score per competence and their own
    answers next to the question as it was asked (from the attempt's snapshot, not today's bank).

    For the person themselves (organisations.personal_data): a grader's comment is included, the
    grader's identity is not (grading is blind both ways). Reads only; a fixed number of queries."""
    from django.utils.html import strip_tags
    from django.utils.translation import gettext as _

    from assessments.models import Attempt, AttemptStatus
    from courses.models import Competence

    attempts = list(
        Attempt.objects.filter(user=user)
        .select_related("assessment__course")
        .prefetch_related("items", "responses")
        .order_by("started_at", "pk")
    )
    codes = {code for attempt in attempts for code in attempt.competence_scores}
    names = dict(Competence.objects.filter(code__in=codes).values_list("code", "name"))
    statuses = dict(AttemptStatus.choices)
    ratings = {"best": _("beste keuze"), "acceptable": _("aanvaardbaar"), "unsafe": _("onveilig")}
    rows = []
    for attempt in attempts:
        items = {item.pk: item for item in attempt.items.all()}
        answers = []
        for response in sorted(attempt.responses.all(), key=lambda r: (items[r.item_id].position, r.pk)):
            item = items[response.item_id]
            snapshot = item.snapshot
            step = None
            if snapshot.get("type") == "casus":
                step = next((s for s in snapshot["steps"] if s["key"] == response.step_key), None)
                parts = (snapshot.get("title", ""), *((step["title"], step["question"]) if step else ()))
                question = " — ".join(part for part in parts if part)
            else:
                question = strip_tags(snapshot.get("stem", "")).strip()
            answers.append(
                {
                    "position": item.position,
                    "question": question,
                    "answer": _answer_text(snapshot, step, response.answer or {}),
                    "score": response.score,
                    "max_score": response.max_score,
                    "rating": ratings.get(response.rating, response.rating) or None,
                    "saved_at": response.saved_at,
                    "graded_at": response.graded_at,
                    "grader_comment": response.grader_comment,
                }
            )
        rows.append(
            {
                "assessment": attempt.assessment.title,
                "course": attempt.assessment.course.title,
                "number": attempt.number,
                "status": statuses.get(attempt.status, attempt.status),
                "started_at": attempt.started_at,
                "submitted_at": attempt.submitted_at,
                "submitted_by_timer": attempt.submitted_by_timer,
                "extensions_used": attempt.extensions_used,
                "finalised_at": attempt.finalised_at,
                "score": attempt.score,
                "max_score": attempt.max_score,
                "percent": attempt.percent,
                "pass_mark_percent": attempt.pass_mark_percent,
                "passed": attempt.passed,
                "critical_errors": attempt.critical_errors,
                "competence_scores": [
                    {
                        "competence": f"{code} {names.get(code, '')}".strip(),
                        "score": values.get("score"),
                        "max_score": values.get("max"),
                    }
                    for code, values in sorted(attempt.competence_scores.items())
                ],
                "answers": answers,
            }
        )
    return {"attempts": rows}
