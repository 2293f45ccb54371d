"""Writes about attempts: start, save an answer, extend time, submit, grade, regrade.

Every write locks the attempt row first (`select_for_update`), so a save racing a submit, two tabs
submitting, or the expiry sweep meeting a late answer all serialise on one row and give one result.
Scores are computed only from the attempt's own snapshot (see models and scoring).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta
from fractions import Fraction

from django.db import IntegrityError, transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext as _

from assessments import scoring, selectors
from assessments.models import (
    Assessment,
    Attempt,
    AttemptItem,
    AttemptStatus,
    Casus,
    CompetenceResult,
    FeedbackMode,
    ItemKind,
    Question,
    Regrade,
    RegradeChange,
    Response,
)
from courses import selectors as course_selectors
from courses import services as course_services
from courses.models import Enrolment
from organisations.models import User

#: Sent after commit when an attempt's result is final (submitted without open answers, or the
#: last open answer graded, or changed by a regrade). Arguments: attempt.
attempt_finalised = Signal()


class AttemptRefused(Exception):
    """The attempt does not accept this (closed, time is up, not eligible). Message in Dutch."""

    def __init__(self, message: str, *, status: int = 409):
        super().__init__(message)
        self.message = message
        self.status = status


class ItemNotInAttempt(AttemptRefused):
    def __init__(self):
        super().__init__(_("Deze vraag hoort niet bij uw poging. Er is niets opgeslagen."), status=404)


def _locked_attempt(user: User, attempt_id: int) -> Attempt:
    attempt = Attempt.objects.select_for_update().filter(user=user, pk=attempt_id).first()
    if attempt is None:
        raise ItemNotInAttempt()
    return attempt


# --- Start -------------------------------------------------------------------------------------


@transaction.atomic
def start_attempt(*, user: User, assessment: Assessment) -> Attempt:
    """Start (or resume) `user`'s attempt. At most one open attempt per person and assessment —
    the database enforces it — so a double click or two tabs resume the same attempt.

    Enrols the learner in the course if needed. Raises AttemptRefused when the rules forbid a new
    attempt (passed, waiting for grading, attempts used up, waiting period).
    """
    course = assessment.course
    enrolment = course_selectors.current_enrolment(user, course) or course_services.enrol_self(user=user, course=course)
    # Serialise starts per enrolment: the attempt count and the waiting period are read and acted
    # on under one lock.
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    existing = Attempt.objects.select_for_update().filter(user=user, assessment=assessment, status="open").first()
    if existing is not None:
        if not selectors.is_expired(existing):
            return existing
        _finalise(existing, by_timer=True)
    verdict = selectors.eligibility(user, assessment, enrolment)
    if not verdict.can_start:
        raise AttemptRefused(verdict.reason)
    now = timezone.now()
    number = Attempt.objects.filter(enrolment=enrolment, assessment=assessment).count() + 1
    try:
        with transaction.atomic():
            attempt = Attempt.objects.create(
                user=user,
                assessment=assessment,
                enrolment=enrolment,
                number=number,
                seed=random.SystemRandom().randrange(2**31),
                feedback_mode=assessment.feedback_mode,
                pass_mark_percent=assessment.pass_mark_percent,
                started_at=now,
                deadline_at=now + timedelta(minutes=assessment.time_limit_minutes)
                if assessment.time_limit_minutes
                else None,
            )
    except IntegrityError:  # another tab won the race; resume its attempt
        return Attempt.objects.get(user=user, assessment=assessment, status="open")
    AttemptItem.objects.bulk_create(draw_items(attempt))
    return attempt


def draw_items(attempt: Attempt) -> list[AttemptItem]:
    """Casus first, in the author's order, then per pool `question_count` random questions.

    Drawn from the attempt's seed, so the draw is reproducible; a question tagged with two pooled
    competences is drawn at most once. One query per pool plus one for the questions.
    """
    assessment = attempt.assessment
    rng = random.Random(attempt.seed)
    items: list[AttemptItem] = []
    for link in assessment.casus_items.select_related("casus").order_by("sort_order"):
        snapshot = link.casus.snapshot()
        items.append(
            AttemptItem(
                attempt=attempt,
                position=len(items) + 1,
                kind=ItemKind.CASUS,
                casus=link.casus,
                version=link.casus.version,
                snapshot=snapshot,
                option_order={
                    step["key"]: _shuffled([o["id"] for o in step["options"]], rng, assessment.shuffle_options)
                    for step in snapshot["steps"]
                },
            )
        )
    drawn: dict[int, int] = {}  # question id -> pool competence id
    for pool in assessment.pools.order_by("sort_order"):
        candidates = Question.objects.filter(is_active=True, competences=pool.competence_id).exclude(pk__in=drawn)
        if pool.form_of_violence_id:
            candidates = candidates.filter(forms_of_violence=pool.form_of_violence_id)
        ids = sorted(candidates.values_list("pk", flat=True).distinct())
        for pk in rng.sample(ids, min(pool.question_count, len(ids))):
            drawn[pk] = pool.competence_id
    questions = Question.objects.in_bulk(list(drawn))
    for pk, competence_id in drawn.items():
        question = questions[pk]
        snapshot = question.snapshot()
        option_ids = [o["id"] for o in snapshot["options"]]
        # An ordering question shown in its key's order would give the answer away: always shuffle.
        shuffle = assessment.shuffle_options or question.kind == "ordering"
        items.append(
            AttemptItem(
                attempt=attempt,
                position=len(items) + 1,
                kind=ItemKind.QUESTION,
                question=question,
                competence_id=competence_id,
                version=question.version,
                snapshot=snapshot,
                option_order=_shuffled(option_ids, rng, shuffle),
            )
        )
    return items


def _shuffled(ids: list[str], rng: random.Random, shuffle: bool) -> list[str]:
    ids = list(ids)
    if shuffle:
        rng.shuffle(ids)
    return ids


# --- Answers -----------------------------------------------------------------------------------


@dataclass
class Saved:
    response: Response
    item: AttemptItem
    show_feedback: bool


def save_answer(*, user: User, attempt_id: int, position: int, answer: dict) -> Saved:
    """Store the answer to item `position` the moment it is given.

    A question's answer may change until submission; a casus decision is final once made (the
    casus moves on, as in practice). Refused with AttemptRefused — and nothing stored — for an item
    not in the attempt, someone else's attempt, a submitted attempt or an expired time limit; the
    last also submits what was saved before. Raises scoring.InvalidAnswer for a malformed answer.
    """
    with transaction.atomic():
        attempt = _locked_attempt(user, attempt_id)
        if attempt.is_open and selectors.is_expired(attempt):
            _finalise(attempt, by_timer=True)
            refusal = _("De tijd is om. Uw eerder opgeslagen antwoorden zijn ingeleverd; dit antwoord niet.")
        elif not attempt.is_open:
            refusal = _("Deze poging is al ingeleverd. Uw antwoord is niet opgeslagen.")
        else:
            return _store(attempt, position, answer)
    raise AttemptRefused(refusal)


def _store(attempt: Attempt, position: int, answer: dict) -> Saved:
    item = AttemptItem.objects.filter(attempt=attempt, position=position).first()
    if item is None:
        raise ItemNotInAttempt()
    snapshot = item.snapshot
    show = attempt.feedback_mode == FeedbackMode.IMMEDIATE
    if item.kind == ItemKind.QUESTION:
        if show and snapshot["kind"] != "open" and Response.objects.filter(item=item).exists():
            # With immediate feedback the key has been shown: changing the answer afterwards would
            # turn the assessment into a lookup.
            raise AttemptRefused(_("U heeft de feedback bij deze vraag al gezien; uw antwoord ligt vast."))
        cleaned = scoring.clean_answer(snapshot, answer)
        is_open_question = snapshot["kind"] == "open"
        score = None if is_open_question else scoring.score_question(snapshot, cleaned)
        response, _created = Response.objects.update_or_create(
            item=item,
            step_key="",
            defaults={
                "attempt": attempt,
                "stat_key": f"q:{item.question_id}",
                "competence_id": item.competence_id,
                "answer": cleaned,
                "score": scoring.to_decimal(score),
                "max_score": scoring.to_decimal(scoring.question_max(snapshot)),
                "needs_grading": is_open_question,
                "saved_at": timezone.now(),
            },
        )
        return Saved(response, item, show and not is_open_question)
    decisions = dict(Response.objects.filter(item=item).exclude(step_key="").values_list("step_key", "answer__option"))
    _done, current = scoring.casus_path(snapshot, decisions)
    step_key = answer.get("step")
    if current is None or step_key != current:
        raise AttemptRefused(_("Over deze stap heeft u al besloten; een besluit ligt vast zodra u het neemt."))
    step = next(s for s in snapshot["steps"] if s["key"] == step_key)
    option_id = answer.get("option")
    if option_id not in {o["id"] for o in step["options"]}:
        raise scoring.InvalidAnswer(_("Kies één van de mogelijkheden."))
    points, rating, critical = scoring.score_decision(step, option_id)
    try:
        with transaction.atomic():
            response = Response.objects.create(
                attempt=attempt,
                item=item,
                step_key=step_key,
                stat_key=f"c:{item.casus_id}:{step_key}",
                competence_id=step["competence_id"],
                answer={"option": option_id},
                score=scoring.to_decimal(points),
                max_score=scoring.to_decimal(scoring.step_max(step)),
                rating=rating,
                critical_error=critical,
            )
    except IntegrityError:  # unreachable under the row lock; kept as the database's last word
        raise AttemptRefused(_("Over deze stap heeft u al besloten.")) from None
    return Saved(response, item, show)


@transaction.atomic
def extend_time(*, user: User, attempt_id: int) -> Attempt:
    """Give more time near the end (WCAG 2.2.1: warned, and extendable at least ten times)."""
    attempt = _locked_attempt(user, attempt_id)
    attempt.assessment = Assessment.objects.get(pk=attempt.assessment_id)
    if not selectors.can_extend(attempt):
        raise AttemptRefused(_("Verlengen kan alleen in de laatste vijf minuten, en hooguit tien keer."))
    attempt.deadline_at += timedelta(minutes=selectors.extension_minutes(attempt.assessment))
    attempt.extensions_used += 1
    attempt.save(update_fields=["deadline_at", "extensions_used"])
    return attempt


# --- Submit and result -------------------------------------------------------------------------


@transaction.atomic
def submit_attempt(*, user: User, attempt_id: int) -> Attempt:
    """Hand in. Idempotent: a second submit (double click, another tab) returns the same result."""
    attempt = _locked_attempt(user, attempt_id)
    if attempt.is_open:
        _finalise(attempt, by_timer=selectors.is_expired(attempt))
    return attempt


def close_expired_attempts() -> int:
    """Submit every open attempt whose time ran out (what was saved counts). Safe to run often and
    in parallel: each attempt is locked and re-checked, and skipped when already closed."""
    cutoff = timezone.now() - selectors.EXPIRY_GRACE
    closed = 0
    for attempt_id in Attempt.objects.filter(status=AttemptStatus.OPEN, deadline_at__lt=cutoff).values_list(
        "pk", flat=True
    ):
        with transaction.atomic():
            attempt = Attempt.objects.select_for_update(skip_locked=True).filter(pk=attempt_id).first()
            if attempt is not None and attempt.is_open and selectors.is_expired(attempt):
                _finalise(attempt, by_timer=True)
                closed += 1
    return closed


def _finalise(attempt: Attempt, *, by_timer: bool = False) -> None:
    """Close an open attempt (the caller holds its lock): unanswered questions count as 0, and the
    result is final unless an open answer waits for a trainer."""
    now = timezone.now()
    items = list(attempt.items.all())
    answered = set(Response.objects.filter(attempt=attempt, step_key="").values_list("item_id", flat=True))
    Response.objects.bulk_create(
        [
            # Explicit zeros, so item statistics count a skipped question as not known.
            Response(
                attempt=attempt,
                item=item,
                step_key="",
                stat_key=f"q:{item.question_id}",
                competence_id=item.competence_id,
                answer={},
                score=0,
                max_score=scoring.to_decimal(scoring.question_max(item.snapshot)),
            )
            for item in items
            if item.kind == ItemKind.QUESTION and item.pk not in answered
        ]
    )
    attempt.submitted_at = attempt.submitted_at or now
    attempt.submitted_by_timer = by_timer
    _recompute(attempt, items)


def _recompute(attempt: Attempt, items: list[AttemptItem] | None = None) -> None:
    """Totals from the stored responses; moves GRADING/OPEN to FINAL when nothing is pending."""
    items = items if items is not None else list(attempt.items.all())
    responses: dict[int, list[Response]] = {item.pk: [] for item in items}
    codes = _competence_codes()
    for response in Response.objects.filter(attempt=attempt).order_by("pk"):
        responses[response.item_id].append(response)
    summary = scoring.summarise(
        [
            scoring.ScoredItem(
                item.snapshot,
                codes.get(item.competence_id, ""),
                [
                    scoring.ScoredResponse(
                        r.step_key,
                        None if r.score is None else Fraction(str(r.score)),
                        Fraction(str(r.max_score)),
                        codes.get(r.competence_id, ""),
                        r.critical_error,
                    )
                    for r in responses[item.pk]
                ],
            )
            for item in items
        ]
    )
    attempt.score = scoring.to_decimal(summary.score)
    attempt.max_score = scoring.to_decimal(summary.max_score)
    attempt.percent = scoring.to_decimal(summary.percent)
    attempt.critical_errors = summary.critical_errors
    attempt.passed = summary.passed(attempt.pass_mark_percent)
    attempt.competence_scores = {
        code: {"score": float(s), "max": float(m)} for code, (s, m) in summary.by_competence.items() if code
    }
    became_final = summary.pending is False and attempt.status != AttemptStatus.FINAL
    attempt.status = AttemptStatus.GRADING if summary.pending else AttemptStatus.FINAL
    if attempt.status == AttemptStatus.FINAL and attempt.finalised_at is None:
        attempt.finalised_at = timezone.now()
    attempt.save()
    _store_competence_results(attempt)
    if attempt.status == AttemptStatus.FINAL:
        if attempt.passed:
            # In the same transaction: the pass and the course completion are one fact.
            course_services.complete_course_if_done(enrolment_id=attempt.enrolment_id)
        if became_final:
            transaction.on_commit(lambda: attempt_finalised.send(sender=Attempt, attempt=attempt))


def _store_competence_results(attempt: Attempt) -> None:
    # Rows only for a final result; a regrade replaces them.
    CompetenceResult.objects.filter(attempt=attempt).delete()
    if attempt.status != AttemptStatus.FINAL or not attempt.competence_scores:
        return
    ids = {code: pk for pk, code in _competence_codes().items()}
    CompetenceResult.objects.bulk_create(
        [
            CompetenceResult(
                attempt=attempt,
                user_id=attempt.user_id,
                competence_id=ids[code],
                score=scoring.to_decimal(Fraction(str(values["score"]))),
                max_score=scoring.to_decimal(Fraction(str(values["max"]))),
                finalised_at=attempt.finalised_at,
            )
            for code, values in attempt.competence_scores.items()
            if code in ids and values["max"] > 0
        ]
    )


def _competence_codes() -> dict[int, str]:
    from courses.models import Competence

    return dict(Competence.objects.values_list("pk", "code"))


# --- Grading -----------------------------------------------------------------------------------


def grade_response(
    *, grader: User, response_id: int, levels: list[int], comment: str = "", notify: bool = True
) -> Response:
    """A trainer scores an open answer with the rubric. Final once every open answer of the attempt
    is graded; the learner is then told by e-mail (a task, after commit). A response graded by
    someone else in the meantime is refused, not overwritten."""
    response = selectors.access_gradable_response(grader, response_id)
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update().get(pk=response.attempt_id)
        response = Response.objects.select_for_update().select_related("item").get(pk=response.pk)
        if response.graded_at is not None:
            raise AttemptRefused(_("Dit antwoord is intussen al beoordeeld."))
        points = scoring.clean_rubric_scores(response.item.snapshot, levels)
        response.rubric_scores = {"levels": levels, "points": points}
        response.score = sum(points)
        response.grader = grader
        response.graded_at = timezone.now()
        response.grader_comment = comment.strip()[:3000]
        response.save(update_fields=["rubric_scores", "score", "grader", "graded_at", "grader_comment"])
        was_final = attempt.status == AttemptStatus.FINAL
        _recompute(attempt)
        if attempt.status == AttemptStatus.FINAL and not was_final and notify:
            from assessments.tasks import notify_attempt_graded_task

            notify_attempt_graded_task.delay_on_commit(attempt.pk)
    return response


# --- Regrading ---------------------------------------------------------------------------------


@transaction.atomic
def regrade(*, actor: User, content: Question | Casus) -> Regrade:
    """Apply the current answer key of a question or casus to every attempt that used an older
    version, and recompute those attempts. What each shows (texts) stays as it was; only the key
    (correct options, order, matches, ratings, points, branching) is replaced, matched by option id.

    Records every attempt whose score or verdict changed. A pass that becomes a fail is recorded
    but does not undo a completed course: that needs a person's decision, not a batch.
    """
    is_question = isinstance(content, Question)
    field = "question" if is_question else "casus"
    items = list(
        AttemptItem.objects.select_for_update()
        .filter(**{field: content}, version__lt=content.version)
        .order_by("attempt_id", "position")
    )
    current = content.snapshot()
    record = Regrade.objects.create(
        actor=actor, to_version=content.version, items_checked=len(items), **{field: content}
    )
    attempts = {a.pk: a for a in Attempt.objects.select_for_update().filter(pk__in={i.attempt_id for i in items})}
    before = {pk: (a.score, a.passed) for pk, a in attempts.items()}
    for item in items:
        item.snapshot = _apply_key(item.snapshot, current)
        item.version = content.version
        item.save(update_fields=["snapshot", "version"])
        _rescore_item(item)
    changes = []
    for pk, attempt in attempts.items():
        if attempt.is_open:
            continue
        _recompute(attempt)
        if before[pk] != (attempt.score, attempt.passed):
            changes.append(
                RegradeChange(
                    regrade=record,
                    attempt=attempt,
                    old_score=before[pk][0],
                    new_score=attempt.score,
                    old_passed=before[pk][1],
                    new_passed=attempt.passed,
                )
            )
    RegradeChange.objects.bulk_create(changes)
    record.attempts_changed = len(changes)
    record.save(update_fields=["attempts_changed"])
    return record


def _apply_key(old: dict, current: dict) -> dict:
    new = dict(old)
    if old["type"] == "question":
        by_id = {o["id"]: o for o in current["options"]}
        order = {o["id"]: i for i, o in enumerate(current["options"])}
        options = [
            {**o, "correct": by_id[o["id"]]["correct"], "match": by_id[o["id"]]["match"]} if o["id"] in by_id else o
            for o in old["options"]
        ]
        new["options"] = sorted(options, key=lambda o: order.get(o["id"], len(order)))
        new["points"] = current["points"]
        new["version"] = current["version"]
        return new
    steps = {s["key"]: s for s in current["steps"]}
    new_steps = []
    for step in old["steps"]:
        fresh = steps.get(step["key"])
        if fresh is None:
            new_steps.append(step)
            continue
        by_id = {o["id"]: o for o in fresh["options"]}
        new_steps.append(
            {
                **step,
                "critical": fresh["critical"],
                "consequence": fresh["consequence"],
                "options": [
                    {**o, **{k: by_id[o["id"]][k] for k in ("rating", "points", "next")}} if o["id"] in by_id else o
                    for o in step["options"]
                ],
            }
        )
    new["steps"] = new_steps
    new["version"] = current["version"]
    return new


def _rescore_item(item: AttemptItem) -> None:
    snapshot = item.snapshot
    for response in Response.objects.filter(item=item):
        if item.kind == ItemKind.QUESTION:
            if snapshot["kind"] == "open" or not response.answer:
                continue
            response.score = scoring.to_decimal(scoring.score_question(snapshot, response.answer))
            response.max_score = scoring.to_decimal(scoring.question_max(snapshot))
            response.save(update_fields=["score", "max_score"])
        else:
            step = next((s for s in snapshot["steps"] if s["key"] == response.step_key), None)
            option_id = response.answer.get("option")
            if step is None or option_id not in {o["id"] for o in step["options"]}:
                continue
            points, rating, critical = scoring.score_decision(step, option_id)
            response.score = scoring.to_decimal(points)
            response.max_score = scoring.to_decimal(scoring.step_max(step))
            response.rating = rating
            response.critical_error = critical
            response.save(update_fields=["score", "max_score", "rating", "critical_error"])


# --- Erasure and retention (registered in apps.py; see organisations.erasure and .retention) ----


def _remove_open_texts(responses, reason: str) -> dict[str, int]:
    """Empty the open answers among `responses` and every grader comment on them. The answer
    keeps a "removed" flag (why) so pages can say the text was deleted rather than never written;
    scores, rubric points and the attempt's result are not touched."""
    answers = (
        responses.filter(answer__has_key="text")
        .exclude(answer__has_key="removed")
        .update(answer={"text": "", "removed": reason})
    )
    comments = responses.exclude(grader_comment="").update(grader_comment="")
    return {"open_answers": answers, "grader_comments": comments}


def erase_open_answers(erasure) -> dict[str, int]:
    """An erased person's open answers, in every attempt (also one waiting for grading: the
    trainer then sees that the text was removed)."""
    return _remove_open_texts(Response.objects.filter(attempt__user=erasure.person), "erasure")


def expire_open_answers(retention) -> dict[str, int]:
    """Open answers of attempts that were final before the retention cut-off."""
    responses = Response.objects.filter(
        attempt__status=AttemptStatus.FINAL, attempt__finalised_at__lt=retention.open_answers_before
    )
    return _remove_open_texts(responses, "retention")
