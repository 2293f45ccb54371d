"""Demo readiness: a believable picture for the manager's dashboard, then the requirement rows for
everyone, twelve months of trend (reconstructed from the demo's dates, as the backfill command
does) and this month's snapshot.

Two touches on top of the learning demo: the quarter of each region furthest along finish their
remaining courses (a region without anyone fully ready is not what a year of work looks
like), and one in eight untouched path courses gets a deadline that has passed — so "overdue"
is not empty."""

from __future__ import annotations

import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from certificates.services import issue_certificate
from courses.models import Enrolment, LessonCompletion
from courses.selectors import lessons_of
from dashboards.models import ReadinessSnapshot
from dashboards.readiness import rebuild_all_requirements
from dashboards.services import backfill_snapshots, take_snapshot

DEMO_EMPLOYEE = "medewerker@demo.example"


@transaction.atomic
def seed(log=print) -> None:
    if ReadinessSnapshot.objects.exists():
        log("dashboards: demo readiness already in place")
        return
    rebuild_all_requirements()
    finished = _finish_the_front_runners()
    overdue = _deadlines_that_passed()
    rows = rebuild_all_requirements()
    backfilled = backfill_snapshots(months=12)
    take_snapshot()
    log(
        f"dashboards: {rows} requirements ({finished} courses finished by front-runners, {overdue} deadlines "
        f"passed), {backfilled} monthly snapshots reconstructed"
    )


def _finish_the_front_runners() -> int:
    """The quarter of each region furthest along finish the rest (read from the requirement rows,
    so exactly what counts)."""
    from django.db.models import Count

    from dashboards.models import Requirement
    from dashboards.readiness import status_q

    rng = random.Random(8)  # noqa: S311
    now, today = timezone.now(), timezone.localdate()
    shares = (
        Requirement.objects.exclude(user__email=DEMO_EMPLOYEE)
        .values("user_id", "region_id")
        .annotate(total=Count("pk"), met=Count("pk", filter=status_q("met", today)))
    )
    by_region: dict[int, list[tuple[float, int]]] = {}
    for row in shares:
        by_region.setdefault(row["region_id"], []).append((-row["met"] / row["total"], row["user_id"]))
    front_ids = [user_id for ranked in by_region.values() for _share, user_id in sorted(ranked)[: len(ranked) // 4]]
    finished = 0
    lessons: dict[int, list] = {}
    for requirement in Requirement.objects.filter(user_id__in=front_ids).exclude(status_q("met", today)):
        course = requirement.course
        enrolment = Enrolment.objects.filter(user_id=requirement.user_id, course=course).order_by("-cycle").first()
        if enrolment is None:
            enrolment = Enrolment.objects.create(user_id=requirement.user_id, course=course, source="path")
        if enrolment.completed_at:
            continue  # completed, but its certificate no longer counts (revoked): leave that story be
        lessons.setdefault(course.pk, list(lessons_of(course)))
        days_ago = rng.randint(20, 320)
        done_at = now - timedelta(days=days_ago)
        LessonCompletion.objects.bulk_create(
            [
                LessonCompletion(enrolment=enrolment, lesson=lesson, completed_at=done_at)
                for lesson in lessons[course.pk]
            ],
            ignore_conflicts=True,
        )
        Enrolment.objects.filter(pk=enrolment.pk).update(completed_at=done_at, completed_version=course.version)
        certificate = issue_certificate(enrolment_id=enrolment.pk, render=False)
        if certificate is not None:
            type(certificate).objects.filter(pk=certificate.pk).update(emailed_at=now)
        finished += 1
    return finished


def _deadlines_that_passed() -> int:
    today = timezone.localdate()
    passed = 0
    for enrolment in (
        Enrolment.objects.filter(completed_at__isnull=True, mandatory=True, source="path", cycle=1)
        .exclude(user__email=DEMO_EMPLOYEE)
        .order_by("pk")
    ):
        if enrolment.pk % 8 == 0 and not enrolment.lesson_completions.exists():
            Enrolment.objects.filter(pk=enrolment.pk).update(deadline=today - timedelta(days=5 + enrolment.pk % 70))
            passed += 1
    return passed
