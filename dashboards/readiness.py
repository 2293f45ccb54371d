"""Readiness, defined once.

**Who.** Every active person with a current membership in a region.

**What is required.** The mandatory courses of the learning paths that match their function and
background (`courses.selectors.match_path`, the same rule that enrols them), plus the courses
assigned to them or to their team. The deadline is the one their current enrolment shows (the
earliest they were given), else the path's "within N days of starting" or the assignment's date
— and never later than the end of a certificate they held: a lapsed certificate is overdue.

**When a requirement is met.** A certificate for the course that is not revoked, not expired, and
of a version still accepted — after a major revision, older versions count until the renewal
date the trainer set (`Certificate.valid_until`). The last day it is met is stored as `met_until`.

**Status of a requirement on a day** (`status_q`):
- *met*: `met_until` ≥ today; *expiring* when that is within 90 days (still met);
- *overdue*: not met and the deadline has passed;
- *in progress*: not met, not overdue, and the current (unfinished) cycle has a lesson finished in
  it or an attempt;
- *not started*: the rest.

**People**: *fully ready* when every requirement is met and none expires within 90 days (a
person without requirements counts as ready); a person counts as *expiring* when any of their
certificates ends within 90 days and as *overdue* when any requirement is past its deadline —
one person can be both. *Coverage* is the share of people who began or finished anything.

**Readiness % of a group** = requirements met ÷ requirements (all that the group owes today).

Requirement rows are rebuilt for a person whenever something they depend on changes (receivers.py)
and in full every night (a safety net for bulk changes such as an edited learning path).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from django.db import transaction
from django.db.models import F, Max, Q
from django.utils import timezone

from assessments.models import Attempt
from certificates.models import Certificate, valid_until_expression
from courses.models import Assignment, Enrolment, LessonCompletion
from courses.selectors import match_path, path_items
from dashboards.models import Requirement, RequirementSource
from dashboards.versions import readiness_changed
from organisations.models import Membership, User

#: A certificate that ends within this many days is "expiring": met, but action is due.
EXPIRING_DAYS = 90
BATCH = 2000

STATUSES = ("met", "expiring", "overdue", "in_progress", "not_started")


def horizon(today: date) -> date:
    return today + timedelta(days=EXPIRING_DAYS)


def status_q(status: str, today: date) -> Q:
    """The status of a Requirement row on `today`, as a Q over its columns."""
    met = Q(met_until__gte=today)
    unmet = Q(met_until__isnull=True) | Q(met_until__lt=today)
    overdue = unmet & Q(deadline__lt=today)
    not_overdue = Q(deadline__isnull=True) | Q(deadline__gte=today)
    return {
        "met": met,
        "expiring": met & Q(met_until__lte=horizon(today)),
        "overdue": overdue,
        "in_progress": unmet & not_overdue & Q(started=True),
        "not_started": unmet & not_overdue & Q(started=False),
    }[status]


def requirement_status(requirement: Requirement, today: date) -> str:
    """The same rule for one row in Python (drill-down pages show a handful of rows)."""
    if requirement.met_until and requirement.met_until >= today:
        return "expiring" if requirement.met_until <= horizon(today) else "met"
    if requirement.deadline and requirement.deadline < today:
        return "overdue"
    return "in_progress" if requirement.started else "not_started"


# --- Keeping the rows ------------------------------------------------------------------------------


@dataclass
class _Row:
    course_id: int
    source: str
    deadline: date | None


def _rows_for(user_ids: list[int], items: list[tuple]) -> list[Requirement]:
    """Requirement rows for a batch of people: a fixed number of queries, whatever the batch size."""
    memberships = list(
        Membership.objects.filter(
            user_id__in=user_ids, valid_to__isnull=True, region__isnull=False, user__is_active=True
        ).values("user_id", "region_id", "team_id", "function_id", "background", "valid_from")
    )
    if not memberships:
        return []
    people = [m["user_id"] for m in memberships]
    teams = {m["team_id"] for m in memberships if m["team_id"]}
    assignments = Assignment.objects.filter(Q(user_id__in=people) | Q(team_id__in=teams), course__live=True)
    assigned_to_user: dict[int, list[tuple[int, date]]] = defaultdict(list)
    assigned_to_team: dict[int, list[tuple[int, date]]] = defaultdict(list)
    for user_id, team_id, course_id, deadline in assignments.values_list("user_id", "team_id", "course_id", "deadline"):
        (assigned_to_user[user_id] if user_id else assigned_to_team[team_id]).append((course_id, deadline))

    latest: dict[tuple[int, int], dict] = {}
    for enrolment in (
        Enrolment.objects.filter(user_id__in=people)
        .order_by("cycle")
        .values("pk", "user_id", "course_id", "deadline", "enrolled_at", "completed_at")
    ):
        latest[(enrolment["user_id"], enrolment["course_id"])] = enrolment
    # Only an unfinished cycle can be "started" (see below): the finished ones need no lookup.
    open_ids = [e["pk"] for e in latest.values() if not e["completed_at"]]
    started = set(Attempt.objects.filter(enrolment_id__in=open_ids).values_list("enrolment_id", flat=True).distinct())
    started |= _lessons_started(open_ids)

    met_until = {
        (user_id, course_id): best
        for user_id, course_id, best in Certificate.objects.filter(user_id__in=people, revoked_at__isnull=True)
        .values("user_id", "course_id")
        .annotate(best=Max(valid_until_expression()))
        .values_list("user_id", "course_id", "best")
    }

    now = timezone.now()
    rows: list[Requirement] = []
    profiles: dict[tuple, list] = {}
    for m in memberships:
        key = (m["function_id"], m["background"])
        if key not in profiles:
            profiles[key] = [item for item in match_path(items, *key) if item[1]]  # mandatory only
        wanted: dict[int, _Row] = {}
        for course_id, _mandatory, due_days in profiles[key]:
            deadline = m["valid_from"] + timedelta(days=due_days) if due_days else None
            wanted[course_id] = _Row(course_id, RequirementSource.PATH, deadline)
        for course_id, deadline in assigned_to_user.get(m["user_id"], []) + assigned_to_team.get(m["team_id"], []):
            row = wanted.get(course_id)
            if row is None:
                wanted[course_id] = _Row(course_id, RequirementSource.ASSIGNMENT, deadline)
            elif row.deadline is None or deadline < row.deadline:
                row.deadline = deadline
        for course_id, row in wanted.items():
            enrolment = latest.get((m["user_id"], course_id))
            deadline = enrolment["deadline"] if enrolment and enrolment["deadline"] else row.deadline
            covered_until = met_until.get((m["user_id"], course_id))
            if covered_until and (deadline is None or covered_until < deadline):
                # Held before: the renewal is due when the certificate ends, so a lapsed one is overdue.
                deadline = covered_until
            rows.append(
                Requirement(
                    user_id=m["user_id"],
                    course_id=course_id,
                    region_id=m["region_id"],
                    team_id=m["team_id"],
                    function_id=m["function_id"],
                    background=m["background"],
                    source=row.source,
                    deadline=deadline,
                    met_until=covered_until,
                    # A completed cycle is done: if its certificate no longer counts, the renewal
                    # has not begun until the next cycle shows a lesson or an attempt.
                    started=bool(enrolment and not enrolment["completed_at"] and enrolment["pk"] in started),
                    refreshed_at=now,
                )
            )
    return rows


def _lessons_started(enrolment_ids: list[int]) -> set[int]:
    # Lessons carried over from an earlier cycle do not make a renewal "started".
    return set(
        LessonCompletion.objects.filter(enrolment_id__in=enrolment_ids, completed_at__gte=F("enrolment__enrolled_at"))
        .order_by()
        .values_list("enrolment_id", flat=True)
        .distinct()
    )


def _write(batch: list[int], items: list[tuple]) -> int:
    with transaction.atomic():
        # Refreshes of the same people take turns (a redelivered task, two beats, the nightly
        # rebuild meeting a signal's refresh): without the lock the second delete cannot see the
        # rows the first just inserted, and its insert breaks the one-row-per-course constraint.
        # NO KEY: rows that merely point at these people (attempts, audit lines) can still be added.
        people = User.objects.select_for_update(no_key=True).filter(pk__in=batch).order_by("pk")
        list(people.values_list("pk", flat=True))
        rows = _rows_for(batch, items)
        regions = set(Requirement.objects.filter(user_id__in=batch).values_list("region_id", flat=True).distinct())
        readiness_changed(regions | {row.region_id for row in rows})
        Requirement.objects.filter(user_id__in=batch).delete()
        Requirement.objects.bulk_create(rows, batch_size=1000)
    return len(rows)


def refresh_requirements(user_ids: Iterable[int]) -> int:
    """Rebuild the requirement rows of these people (and drop those of people who left or were
    deactivated). Returns the number of rows written. Idempotent."""
    user_ids = sorted(set(user_ids))
    items = path_items()
    return sum(_write(user_ids[start : start + BATCH], items) for start in range(0, len(user_ids), BATCH))


def rebuild_all_requirements(*, log=None) -> int:
    """Every person's rows again, in batches; people without a current membership lose theirs."""
    current = Membership.objects.filter(valid_to__isnull=True, region__isnull=False, user__is_active=True)
    people = list(current.order_by("user_id").values_list("user_id", flat=True).distinct())
    leaving = Requirement.objects.exclude(user_id__in=current.values("user_id"))
    readiness_changed(leaving.values_list("region_id", flat=True).distinct())
    leaving.delete()
    items = path_items()
    written = 0
    for start in range(0, len(people), BATCH):
        written += _write(people[start : start + BATCH], items)
        if log:
            log(f"readiness: {min(start + BATCH, len(people))}/{len(people)} people, {written} requirements")
    return written
