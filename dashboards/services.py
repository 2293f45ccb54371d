"""Writes of the dashboards: monthly snapshots, reminders from managers, the audit of drill-downs."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from dashboards.models import ReadinessReminder, ReadinessSnapshot, Requirement
from dashboards.readiness import EXPIRING_DAYS, status_q
from dashboards.selectors import current_members, people_totals, region_for_manager, requirement_totals
from organisations.models import AuditAction, AuditEvent, User


def first_of_month(day: date) -> date:
    return day.replace(day=1)


def take_snapshot(*, today: date | None = None) -> int:
    """Each region's readiness as it stands now, stored for this month. Run twice in a month, the
    second run overwrites the first with the same figures: one snapshot per region and month."""
    today = today or timezone.localdate()
    month = first_of_month(today)
    requirements = {row["region_id"]: row for row in requirement_totals(Requirement.objects.all(), today, "region_id")}
    people = {row["region_id"]: row for row in people_totals(current_members(), "region_id")}
    written = 0
    for region_id in set(requirements) | set(people):
        counts = requirements.get(region_id, {"total": 0, "met": 0, "expiring": 0, "overdue": 0})
        staff = people.get(region_id, {"people": 0, "ready": 0})
        ReadinessSnapshot.objects.update_or_create(
            region_id=region_id,
            month=month,
            defaults={
                "people": staff["people"],
                "people_ready": staff["ready"],
                "requirements": counts["total"],
                "met": counts["met"],
                "expiring": counts["expiring"],
                "overdue": counts["overdue"],
                "backfilled": False,
                "created_at": timezone.now(),
            },
        )
        written += 1
    return written


def backfill_snapshots(*, months: int = 12, today: date | None = None, log=None) -> int:
    """Snapshots for past months that have none, reconstructed from dates: who was a member on the
    first of that month (membership dates), what today's learning paths and the assignments made
    by then asked of them, and which certificates were valid that day (issue, expiry, renewal and
    revocation dates). Deadlines are today's. A reconstruction, marked `backfilled`; the months
    the beat task records are measured. Runs in batches; existing months are left alone."""
    from certificates.models import Certificate, valid_until_expression
    from courses.models import Assignment, Enrolment
    from courses.selectors import match_path, path_items
    from organisations.models import Membership

    today = today or timezone.localdate()
    items = path_items()
    written = 0
    month = first_of_month(today)
    targets = []
    for _index in range(months):
        month = first_of_month(month - timedelta(days=1))
        targets.append(month)
    existing = set(ReadinessSnapshot.objects.filter(month__in=targets).values_list("month", flat=True).distinct())
    for day in sorted(set(targets) - existing):
        members = list(
            Membership.objects.filter(valid_from__lte=day, region__isnull=False, user__is_active=True)
            .exclude(valid_to__lt=day)
            .values("user_id", "region_id", "team_id", "function_id", "background", "valid_from")
        )
        counters: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for start in range(0, len(members), 2000):
            batch = members[start : start + 2000]
            people = [m["user_id"] for m in batch]
            teams = {m["team_id"] for m in batch if m["team_id"]}
            assigned: dict[tuple[str, int], set[int]] = defaultdict(set)
            for user_id, team_id, course_id in Assignment.objects.filter(
                Q(user_id__in=people) | Q(team_id__in=teams), created_at__date__lte=day
            ).values_list("user_id", "team_id", "course_id"):
                assigned[("user", user_id) if user_id else ("team", team_id)].add(course_id)
            valid: dict[tuple[int, int], date] = {}
            for user_id, course_id, until, revoked_at in (
                Certificate.objects.filter(user_id__in=people, issued_on__lte=day)
                .annotate(until=valid_until_expression())
                .filter(until__gte=day)
                .values_list("user_id", "course_id", "until", "revoked_at")
            ):
                if revoked_at is None or timezone.localdate(revoked_at) > day:
                    valid[(user_id, course_id)] = max(until, valid.get((user_id, course_id), until))
            deadlines = {
                (user_id, course_id): deadline
                for user_id, course_id, deadline in Enrolment.objects.filter(
                    user_id__in=people, deadline__isnull=False
                ).values_list("user_id", "course_id", "deadline")
            }
            for m in batch:
                required = {
                    c for c, mandatory, _days in match_path(items, m["function_id"], m["background"]) if mandatory
                }
                required |= assigned.get(("user", m["user_id"]), set()) | assigned.get(("team", m["team_id"]), set())
                region = counters[m["region_id"]]
                region["people"] += 1
                unmet = expiring = False
                for course_id in required:
                    region["requirements"] += 1
                    until = valid.get((m["user_id"], course_id))
                    if until:
                        region["met"] += 1
                        if until <= day + timedelta(days=EXPIRING_DAYS):
                            region["expiring"] += 1
                            expiring = True
                    else:
                        unmet = True
                        deadline = deadlines.get((m["user_id"], course_id))
                        if deadline and deadline < day:
                            region["overdue"] += 1
                region["people_ready"] += not unmet and not expiring
        rows = [
            ReadinessSnapshot(
                month=day,
                region_id=region_id,
                people=c["people"],
                people_ready=c["people_ready"],
                requirements=c["requirements"],
                met=c["met"],
                expiring=c["expiring"],
                overdue=c["overdue"],
                backfilled=True,
            )
            for region_id, c in counters.items()
        ]
        ReadinessSnapshot.objects.bulk_create(rows, ignore_conflicts=True)
        written += len(rows)
        if log:
            log(f"snapshots: {day:%Y-%m} reconstructed for {len(rows)} regions ({len(members)} people)")
    return written


# --- Reminders from the manager -------------------------------------------------------------------


def request_reminders(*, actor: User, user_ids: list[int]) -> list[ReadinessReminder]:
    """A manager asks the platform to remind people in their region of what they still owe. One
    reminder per person per day (a double click or a colleague's click sends nothing twice); the
    e-mail goes out from a task after commit. Audited."""
    region = region_for_manager(actor)
    wanted = set(user_ids)
    if not wanted:
        raise ValidationError(_("Kies ten minste één persoon om te herinneren."))
    today = timezone.localdate()
    open_q = status_q("overdue", today) | status_q("in_progress", today) | status_q("not_started", today)
    people = set(
        Requirement.objects.filter(region=region, user_id__in=wanted)
        .filter(open_q | status_q("expiring", today))
        .values_list("user_id", flat=True)
    )
    if not people:
        # The same answer for "not in your region" and "nothing open": it says nothing about others.
        raise ValidationError(_("In uw selectie is niemand die nog iets moet afronden."))
    created = []
    from dashboards.tasks import send_readiness_reminder_task

    with transaction.atomic():
        for user_id in sorted(people):
            try:
                with transaction.atomic():
                    reminder = ReadinessReminder.objects.create(
                        user_id=user_id, region=region, sent_by=actor, day=today
                    )
            except IntegrityError:
                continue  # reminded today already
            created.append(reminder)
            AuditEvent.objects.create(
                actor=actor, action=AuditAction.REMINDER_SENT, subject_id=user_id, region=region, details={}
            )
            transaction.on_commit(lambda pk=reminder.pk: send_readiness_reminder_task.delay(pk))
    return created


def send_readiness_reminder(*, reminder_id: int) -> str:
    """The reminder mail: what is overdue, expiring or still open, with the link to Mijn leren.
    Sent once (the row is locked and marked in the same transaction)."""
    from django.conf import settings
    from django.core.mail import send_mail
    from django.template.loader import render_to_string
    from django.urls import reverse
    from django.utils import translation

    from dashboards.readiness import requirement_status

    with transaction.atomic():
        reminder = ReadinessReminder.objects.select_for_update().select_related("user").filter(pk=reminder_id).first()
        if reminder is None:
            return "missing"
        if reminder.emailed_at is not None:
            return "already-sent"
        today = timezone.localdate()
        requirements = list(
            Requirement.objects.filter(user=reminder.user).select_related("course").order_by("deadline", "course__code")
        )
        items = [
            {
                "course": r.course.title,
                "status": requirement_status(r, today),
                "deadline": r.deadline,
                "until": r.met_until,
            }
            for r in requirements
        ]
        items = [i for i in items if i["status"] != "met"]
        context = {"person": reminder.user, "items": items, "link": settings.SITE_URL + reverse("courses:my_learning")}
        with translation.override(settings.LANGUAGE_CODE):
            subject = render_to_string("dashboards/email/reminder_subject.txt", context).strip()
            body = render_to_string("dashboards/email/reminder_body.txt", context)
        send_mail(subject, body, None, [reminder.user.email])
        reminder.emailed_at = timezone.now()
        reminder.save(update_fields=["emailed_at"])
    return "sent"


def record_view(*, actor: User, person: User) -> None:
    """Who looked at whose learning record, and when (DOMAIN §8.1: monitoring is logged)."""
    membership = person.current_membership
    AuditEvent.objects.create(
        actor=actor,
        action=AuditAction.RECORD_VIEWED,
        subject=person,
        region_id=membership.region_id if membership else None,
        details={},
    )
