"""Writes about learning: enrolments, lesson completions, assignments, reflections.

All are idempotent: a double click, two tabs or a re-run give one row, guarded by unique
constraints rather than by checks that race.
"""

from __future__ import annotations

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext as _

from courses import selectors
from courses.extensions import unmet_requirements
from courses.models import (
    Assignment,
    ContentWarningAcknowledgement,
    CoursePage,
    Enrolment,
    EnrolmentSource,
    LessonCompletion,
    LessonPage,
    ReflectionAnswer,
)
from organisations.models import Team, User
from organisations.scoping import scope_for

#: Sent once per enrolment when a course is complete: every lesson done and every requirement that
#: upper apps registered in courses.extensions met (a required assessment passed). Listeners higher
#: up the ladder (certificates) decide what follows. Arguments: enrolment.
course_completed = Signal()

#: Sent after a major revision of a course is published (its version went up and completions of
#: older versions must be renewed by `course.renewal_deadline`). Arguments: course.
major_revision_published = Signal()


def _enrol(*, user: User, course: CoursePage, source: str, mandatory: bool, deadline: date | None) -> Enrolment:
    """One enrolment per person, course and cycle. An earlier deadline wins over a later one."""
    enrolment = Enrolment.objects.filter(user=user, course=course).order_by("-cycle").first()
    if enrolment is None:
        try:
            with transaction.atomic():
                return Enrolment.objects.create(
                    user=user, course=course, source=source, mandatory=mandatory, deadline=deadline
                )
        except IntegrityError:  # a concurrent request enrolled first
            enrolment = Enrolment.objects.get(user=user, course=course, cycle=1)
    changed = []
    if deadline and (enrolment.deadline is None or deadline < enrolment.deadline) and not enrolment.completed_at:
        enrolment.deadline = deadline
        changed.append("deadline")
    if mandatory and not enrolment.mandatory:
        enrolment.mandatory = True
        changed.append("mandatory")
    if changed:
        enrolment.save(update_fields=changed)
    return enrolment


@transaction.atomic
def sync_path_enrolments(*, user: User) -> int:
    """Enrol a person in the courses of their learning path(s) and assignments.

    Set-based, so the number of queries does not grow with the number of courses: one read of
    what is wanted, one of what exists, at most one insert and one update. Safe to repeat; returns
    the number of enrolments created.
    """
    wanted: dict[int, tuple[bool, date | None, str]] = {}
    for requirement in selectors.path_requirements(user.current_membership):
        wanted[requirement.course_id] = (requirement.mandatory, requirement.deadline, EnrolmentSource.PATH)
    for course_id, deadline in selectors.assignments_for(user).values_list("course_id", "deadline"):
        _mandatory, earlier, source = wanted.get(course_id, (True, None, EnrolmentSource.ASSIGNMENT))
        wanted[course_id] = (True, min(d for d in (earlier, deadline) if d), source)
    if not wanted:
        return 0
    latest: dict[int, Enrolment] = {}
    for enrolment in Enrolment.objects.filter(user=user, course_id__in=wanted).order_by("cycle"):
        latest[enrolment.course_id] = enrolment
    created = Enrolment.objects.bulk_create(
        [
            Enrolment(user=user, course_id=course_id, source=source, mandatory=mandatory, deadline=deadline)
            for course_id, (mandatory, deadline, source) in wanted.items()
            if course_id not in latest
        ],
        ignore_conflicts=True,  # a concurrent request may have enrolled first: one row either way
    )
    changed = []
    for course_id, enrolment in latest.items():
        mandatory, deadline, _source = wanted[course_id]
        if enrolment.completed_at:
            continue
        earlier = deadline and (enrolment.deadline is None or deadline < enrolment.deadline)
        if earlier or (mandatory and not enrolment.mandatory):
            enrolment.deadline = deadline if earlier else enrolment.deadline
            enrolment.mandatory = enrolment.mandatory or mandatory
            changed.append(enrolment)
    if changed:
        Enrolment.objects.bulk_update(changed, ["deadline", "mandatory"])
    return len(created)


@transaction.atomic
def assign_course(
    *, actor: User, course: CoursePage, deadline: date, user: User | None = None, team: Team | None = None
) -> Assignment:
    """A manager assigns a course with a deadline to a person or team of their own region.

    Raises PermissionDenied for anyone outside the actor's region (checked through the scoped
    querysets, not by comparing ids by hand) and ValidationError for a deadline in the past.
    """
    if (user is None) == (team is None):
        raise ValidationError(_("Kies een persoon of een team."))
    if deadline < timezone.localdate():
        raise ValidationError({"deadline": _("De deadline ligt in het verleden.")})
    scope = scope_for(actor)
    if not (scope.all_regions or scope.region_id):
        raise PermissionDenied(_("Alleen managers wijzen cursussen toe."))
    if user is not None:
        if not User.objects.visible_to(actor).filter(pk=user.pk).exists():
            raise PermissionDenied(_("U kunt alleen cursussen toewijzen aan mensen in uw eigen regio."))
        region = user.current_membership.region
    else:
        if not Team.objects.visible_to(actor).filter(pk=team.pk).exists():
            raise PermissionDenied(_("U kunt alleen cursussen toewijzen aan teams in uw eigen regio."))
        region = team.region
    assignment = Assignment.objects.create(
        course=course, region=region, user=user, team=team, deadline=deadline, assigned_by=actor
    )
    members = (
        [user]
        if user
        else list(User.objects.filter(is_active=True, memberships__team=team, memberships__valid_to__isnull=True))
    )
    for member in members:
        _enrol(user=member, course=course, source=EnrolmentSource.ASSIGNMENT, mandatory=True, deadline=deadline)
    return assignment


def enrol_self(*, user: User, course: CoursePage) -> Enrolment:
    """Self-enrolment, for any live course whose prerequisites are met."""
    if missing := selectors.missing_prerequisites(user, course):
        raise ValidationError(_("Rond eerst %(courses)s af.") % {"courses": ", ".join(c.title for c in missing)})
    return _enrol(user=user, course=course, source=EnrolmentSource.SELF, mandatory=False, deadline=None)


def record_visit(
    *, user: User, lesson: LessonPage, course: CoursePage, enrolment: Enrolment | None = None
) -> Enrolment:
    """Remember where the learner is, so they resume there. Enrols on the first visit.

    A single UPDATE, and only when the learner moved to another lesson: reading a lesson again
    writes nothing. A caller that read the current enrolment already passes it.
    """
    enrolment = enrolment or selectors.current_enrolment(user, course) or enrol_self(user=user, course=course)
    if enrolment.last_lesson_id != lesson.pk or enrolment.last_activity_at is None:
        Enrolment.objects.filter(pk=enrolment.pk).update(last_lesson=lesson, last_activity_at=timezone.now())
        enrolment.last_lesson = lesson
    return enrolment


@transaction.atomic
def complete_lesson(*, user: User, lesson: LessonPage, course: CoursePage) -> tuple[Enrolment, bool]:
    """Mark a lesson done. Twice (double click, two tabs) gives one completion. Returns the
    enrolment and whether this completed the course."""
    enrolment = selectors.current_enrolment(user, course) or enrol_self(user=user, course=course)
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    LessonCompletion.objects.get_or_create(enrolment=enrolment, lesson=lesson)
    return enrolment, _complete_if_done(enrolment, course)


@transaction.atomic
def complete_course_if_done(*, enrolment_id: int) -> bool:
    """Complete the enrolment when nothing is missing any more (called by assessments after a pass).

    Locks the enrolment, so a lesson finished in one tab and an assessment passed in another
    complete it exactly once. Returns whether this call completed it.
    """
    enrolment = Enrolment.objects.select_for_update().select_related("course").get(pk=enrolment_id)
    return _complete_if_done(enrolment, enrolment.course)


def _complete_if_done(enrolment: Enrolment, course: CoursePage) -> bool:
    # The caller holds the row lock on the enrolment.
    if enrolment.completed_at:
        return False
    lesson_ids = set(selectors.lessons_of(course).values_list("pk", flat=True))
    done = set(enrolment.lesson_completions.values_list("lesson_id", flat=True))
    if not lesson_ids or not lesson_ids <= done or unmet_requirements(enrolment):
        return False
    enrolment.completed_at = timezone.now()
    enrolment.completed_version = course.version
    enrolment.save(update_fields=["completed_at", "completed_version"])
    transaction.on_commit(lambda: course_completed.send(sender=Enrolment, enrolment=enrolment))
    return True


@transaction.atomic
def open_new_cycle(*, user: User, course: CoursePage, deadline: date | None, source: str) -> Enrolment | None:
    """Enrol `user` in the next cycle of a course they completed (recertification).

    The lessons of the completed cycle carry over — what is asked again is what upper apps require
    (the assessment) plus the lessons the trainer marked for the refresher round — unless the course
    had a major revision since, in which case every lesson must be done again. Idempotent: returns
    None when the latest cycle is not completed yet (nothing to renew, or a renewal already open).
    """
    latest = Enrolment.objects.select_for_update().filter(user=user, course=course).order_by("-cycle").first()
    if latest is None or latest.completed_at is None:
        return None
    # A concurrent call (two beat runs, a redelivered task) may have opened the next cycle while we
    # waited for the lock: the locking query cannot see that new row, a fresh query can.
    if Enrolment.objects.filter(user=user, course=course, cycle__gt=latest.cycle).exists():
        return None
    enrolment = Enrolment.objects.create(
        user=user, course=course, cycle=latest.cycle + 1, source=source, mandatory=True, deadline=deadline
    )
    if (latest.completed_version or 0) >= course.recertify_below_version:
        LessonCompletion.objects.bulk_create(
            [
                LessonCompletion(enrolment=enrolment, lesson_id=lesson_id, completed_at=completed_at)
                for lesson_id, completed_at in latest.lesson_completions.exclude(
                    lesson_id__in=LessonPage.objects.filter(refresher=True).values("pk")
                ).values_list("lesson_id", "completed_at")
            ]
        )
    return enrolment


def save_reflection(*, user: User, lesson: LessonPage, block_id: str, text: str) -> ReflectionAnswer | None:
    text = text.strip()
    if len(text) > 5000:
        raise ValidationError(_("Uw antwoord is te lang (maximaal 5000 tekens)."))
    if not any(block.id == block_id and block.block_type == "reflection" for block in lesson.body):
        raise ValidationError(_("Deze vraag bestaat niet (meer) in deze les."))
    if not text:
        ReflectionAnswer.objects.filter(user=user, lesson=lesson, block_id=block_id).delete()
        return None
    answer, _created = ReflectionAnswer.objects.update_or_create(
        user=user, lesson=lesson, block_id=block_id, defaults={"text": text}
    )
    return answer


def acknowledge_warning(*, user: User, lesson: LessonPage) -> None:
    ContentWarningAcknowledgement.objects.get_or_create(user=user, lesson=lesson)


# --- Erasure and retention (registered in apps.py; see organisations.erasure and .retention) ----


def erase_reflections(erasure) -> dict[str, int]:
    """An erased person's reflections go: a reflection is nothing but their own text."""
    deleted, _by_model = ReflectionAnswer.objects.filter(user=erasure.person).delete()
    return {"reflections": deleted}


def expire_reflections(retention) -> dict[str, int]:
    """Reflections not edited within the retention period are deleted (lesson completions, which
    the progress and the certificates rest on, are separate rows and stay)."""
    deleted, _by_model = ReflectionAnswer.objects.filter(updated_at__lt=retention.open_answers_before).delete()
    return {"reflections": deleted}
