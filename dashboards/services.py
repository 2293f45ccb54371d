"""Writes of the dashboards: monthly snapshots, reminders from managers, the audit of drill-downs,
readiness exports (CSV, Excel) and the monthly PDF report."""

from __future__ import annotations

import logging
import tempfile
from collections import defaultdict
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from dashboards.aggregates import Scope, people_breakdown, requirement_breakdown
from dashboards.models import (
    OPEN_EXPORT_STATUSES,
    ExportFormat,
    ExportStatus,
    MonthlyReport,
    ReadinessExport,
    ReadinessReminder,
    ReadinessSnapshot,
    Requirement,
)
from dashboards.readiness import EXPIRING_DAYS, status_q
from dashboards.selectors import region_for_manager
from dashboards.versions import readiness_changed
from organisations.files import store_finished_file
from organisations.models import AuditAction, AuditEvent, Region, User
from organisations.scoping import scope_for

logger = logging.getLogger(__name__)


def first_of_month(day: date) -> date:
    return day.replace(day=1)


def take_snapshot(*, today: date | None = None) -> int:
    """Each region's readiness as it stands now, stored for this month. Run twice in a month, the
    second run overwrites the first with the same figures: one snapshot per region and month."""
    today = today or timezone.localdate()
    month = first_of_month(today)
    requirements = {
        key[0]: row for key, row in requirement_breakdown(Scope(), today, [("region",)])[("region",)].items()
    }
    people = {key[0]: row for key, row in people_breakdown(Scope(), today, [("region",)])[("region",)].items()}
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
            send_readiness_reminder_task.delay_on_commit(reminder.pk)
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


# --- Exports: the region's readiness per person and course (personal data, DOMAIN §8.1) ---------

#: A finished export of the same kind this recent is handed out again instead of built again.
EXPORT_REUSE_WINDOW = timedelta(minutes=10)
#: An open export this old has lost its task (a broker outage at enqueue, retries exhausted): a new
#: request replaces it instead of waiting on it for ever.
EXPORT_ABANDONED_AFTER = timedelta(hours=1)
#: Exports (CSV, Excel and PDF together) one manager may make in a day: ample for their work, a
#: brake on anyone copying the region's records out wholesale. Counted from the audit log.
MAX_EXPORTS_PER_DAY = 20


def _check_and_log_export(*, actor: User, region: Region, format: str) -> None:
    """Refuse beyond the daily limit, else write the audit line. Call inside the request's
    transaction, so a refused or failed request leaves no line."""
    start_of_day = timezone.make_aware(datetime.combine(timezone.localdate(), time.min))
    made_today = AuditEvent.objects.filter(
        actor=actor, action=AuditAction.READINESS_EXPORTED, at__gte=start_of_day
    ).count()
    if made_today >= MAX_EXPORTS_PER_DAY:
        raise ValidationError(
            _("U heeft vandaag al %(max)s exports gemaakt; dat is het maximum per dag. Morgen kan het weer.")
            % {"max": MAX_EXPORTS_PER_DAY}
        )
    AuditEvent.objects.create(
        actor=actor, action=AuditAction.READINESS_EXPORTED, region=region, details={"format": format}
    )


def request_export(*, actor: User, format: str) -> ReadinessExport:
    """A manager asks for their region's readiness per person and course as CSV or Excel; the file
    is built by a task after commit and waits on its page.

    Managers only (PermissionDenied for anyone else, through `region_for_manager`); ValidationError
    (Dutch) for an unknown format or beyond MAX_EXPORTS_PER_DAY. Audited once per export made.

    Safe to call twice: while an export of this format is pending or running it is returned (a
    partial unique constraint settles a race of two requests), and one finished within
    EXPORT_REUSE_WINDOW is returned instead of built again. Only a new export enqueues a task.
    """
    region = region_for_manager(actor)
    if format not in ExportFormat.values:
        raise ValidationError(_("Dat exportformaat kennen we niet. Kies CSV of Excel."))
    now = timezone.now()
    mine = ReadinessExport.objects.filter(requested_by=actor, region=region, format=format)
    with transaction.atomic():
        in_progress = mine.select_for_update().filter(status__in=OPEN_EXPORT_STATUSES).first()
        if in_progress is not None and in_progress.created_at >= now - EXPORT_ABANDONED_AFTER:
            return in_progress
        if in_progress is not None:
            mine.filter(pk=in_progress.pk).update(
                status=ExportStatus.FAILED, finished_at=now, error="abandoned: no progress within the time limit"
            )
        recent = (
            mine.filter(status=ExportStatus.DONE, finished_at__gte=now - EXPORT_REUSE_WINDOW)
            .exclude(file="")
            .order_by("-finished_at")
            .first()
        )
        if recent is not None and recent.file.storage.exists(recent.file.name):
            return recent
        try:
            with transaction.atomic():
                export = ReadinessExport.objects.create(requested_by=actor, region=region, format=format)
        except IntegrityError:  # posted twice at once: the other request won
            return mine.get(status__in=OPEN_EXPORT_STATUSES)
        _check_and_log_export(actor=actor, region=region, format=format)
        from dashboards.tasks import build_readiness_export_task

        build_readiness_export_task.delay_on_commit(export.pk)
    return export


def export_file_name(export: ReadinessExport) -> str:
    """Fixed per export (a rebuild overwrites it) and unguessable without SECRET_KEY, in case the
    media folder is ever served directly."""
    secret = salted_hmac("dashboards.export", str(export.pk), algorithm="sha256").hexdigest()[:24]
    return f"gereedheid-{export.pk}-{secret}.{export.format}"


def build_export(*, export_id: int) -> str:
    """Write the export's file — one line per requirement of the region — to media storage.

    Called by build_readiness_export_task. A done or failed export is left alone; a re-run of a
    running one (a worker died, a retry) starts again and overwrites the same file name. The
    requester must still manage the export's region, else it fails. Rows stream from the database
    in chunks into a temporary file, so memory stays flat and the number of queries does not grow
    with the region; progress goes out per chunk with queryset updates outside any transaction, so
    the polling page sees it, and an update that finds the export no longer running (replaced as
    abandoned) stops the build. Returns a short outcome for the task log; errors propagate.
    """
    from dashboards import exports
    from dashboards.selectors import EXPORT_CHUNK, export_rows

    with transaction.atomic():
        export = (
            ReadinessExport.objects.select_for_update()
            .select_related("requested_by", "region")
            .filter(pk=export_id)
            .first()
        )
        if export is None:
            return "missing"
        if export.is_finished:
            return export.status
        if scope_for(export.requested_by).region_id != export.region_id:
            # No longer this region's manager since asking: no personal data for them.
            fail_export(export_id=export.pk, error="requester no longer manages the region")
            return "failed"
        total = Requirement.objects.filter(region=export.region).count()
        export.status = ExportStatus.RUNNING
        export.total = total
        export.done = 0
        export.save(update_fields=["status", "total", "done"])
    running = ReadinessExport.objects.filter(pk=export.pk, status=ExportStatus.RUNNING)
    today = timezone.localdate()
    written = 0
    with tempfile.TemporaryFile(suffix=f".{export.format}") as scratch:
        with translation.override(settings.LANGUAGE_CODE):
            writer = exports.writer_for(export.format, scratch)
            cells = exports.RowFormatter()
            for row in export_rows(export.region, today=today):
                writer.write(cells(row))
                written += 1
                if written % EXPORT_CHUNK == 0 and not running.update(done=min(written, total)):
                    return "superseded"
            writer.close()
        scratch.seek(0)
        # Rows may have been refreshed between the count and the read: the file's count is the truth.
        stored = store_finished_file(
            running,
            export.file,
            "readiness-exports",
            export_file_name(export),
            scratch,
            total=written,
            done=written,
            status=ExportStatus.DONE,
            finished_at=timezone.now(),
        )
        if not stored:
            return "superseded"
    logger.info("readiness export %s built with %s rows", export.pk, written)
    return "done"


def fail_export(*, export_id: int, error: str) -> None:
    """Mark an unfinished export failed; the waiting page then offers to try again. `error` is for
    the logs and the admin, not shown to the requester."""
    ReadinessExport.objects.filter(pk=export_id, status__in=OPEN_EXPORT_STATUSES).update(
        status=ExportStatus.FAILED, finished_at=timezone.now(), error=error[:2000]
    )


def record_report_download(*, actor: User) -> Region:
    """A manager downloads their region's PDF report on demand: within the daily export limit, and
    audited as an export with format "pdf". Returns the region to render. PermissionDenied for
    anyone who is no manager; ValidationError (Dutch) beyond the limit."""
    region = region_for_manager(actor)
    with transaction.atomic():
        _check_and_log_export(actor=actor, region=region, format="pdf")
    return region


# --- The monthly report to the region's managers -------------------------------------------------


def send_monthly_reports(*, today: date | None = None) -> int:
    """Beat, on the first of the month: one task per region that has active managers and has not
    had this month's report. Returns how many were enqueued. Running twice enqueues regions whose
    report is still unsent; each task checks again, so nobody gets two."""
    from dashboards.selectors import regions_due_a_report
    from dashboards.tasks import send_region_report_task

    month = first_of_month(today or timezone.localdate())
    region_ids = regions_due_a_report(month)
    for region_id in region_ids:
        send_region_report_task.delay_on_commit(region_id, month.isoformat())
    return len(region_ids)


def send_region_report(*, region_id: int, month: date) -> str:
    """Render the region's readiness report and mail it, as a PDF attachment, to the region's active
    managers — one message, once per region and month.

    The `MonthlyReport` row (unique per region and month) is locked and marked in the same
    transaction that sends, so a second beat process or a redelivered task finds it sent. Rendering
    happens before the lock, so the lock is held only for the send. A mail server that fails raises
    (the task retries); the row stays unsent.
    """
    from django.core.mail import EmailMessage
    from django.template.loader import render_to_string

    from dashboards.report import render_region_report, report_file_name
    from dashboards.selectors import region_managers, region_report

    region = Region.objects.filter(pk=region_id).first()
    if region is None:
        return "missing"
    report, _created = MonthlyReport.objects.get_or_create(region=region, month=month)
    if report.sent_at is not None:
        return "already-sent"
    recipients = region_managers(region)
    if not recipients:
        return "no-managers"
    context = region_report(region)
    pdf = render_region_report(context)
    with translation.override(settings.LANGUAGE_CODE):
        mail_context = {"region": region, "month": month, "today": context["today"], "headline": context["headline"]}
        subject = render_to_string("dashboards/email/monthly_report_subject.txt", mail_context).strip()
        body = render_to_string("dashboards/email/monthly_report_body.txt", mail_context)
    with transaction.atomic():
        locked = MonthlyReport.objects.select_for_update().get(pk=report.pk)
        if locked.sent_at is not None:
            return "already-sent"
        message = EmailMessage(subject=subject, body=body, to=recipients)
        message.attach(report_file_name(context), pdf, "application/pdf")
        message.send()
        locked.sent_at = timezone.now()
        locked.recipients = len(recipients)
        locked.save(update_fields=["sent_at", "recipients"])
    logger.info("monthly readiness report of region %s for %s mailed to %s managers", region_id, month, len(recipients))
    return "sent"


# --- Erasure and retention (registered in apps.py; see organisations.erasure and .retention) ----


def _expire_export(export: ReadinessExport, files) -> None:
    """Delete the export's file (after commit) and mark it expired. An export still being built
    stops at its next progress update (its status is no longer running) and deletes its file."""
    files.delete_file_later(export.file)
    ReadinessExport.objects.filter(pk=export.pk).update(
        status=ExportStatus.EXPIRED, file="", finished_at=export.finished_at or timezone.now()
    )


def erase_person_data(erasure) -> dict[str, int]:
    """An erased person leaves the readiness figures now, as a deactivated person does (the
    receivers would drop their rows after commit; doing it here means an export built right after
    cannot list them). Reminders to them go. Exports that list them — any made or being made for
    a region they worked in — and the exports they asked for themselves are deleted. Stored
    monthly snapshots are aggregates and stay as they were."""
    from organisations.models import Membership

    person = erasure.person
    readiness_changed(Requirement.objects.filter(user=person).values_list("region_id", flat=True).distinct())
    requirements, _by_model = Requirement.objects.filter(user=person).delete()
    reminders, _by_model = ReadinessReminder.objects.filter(user=person).delete()
    regions = Membership.objects.filter(user=person, region__isnull=False).values("region_id")
    exports = 0
    for export in ReadinessExport.objects.select_for_update().filter(
        Q(region_id__in=regions) | Q(requested_by=person), status__in=[ExportStatus.DONE, ExportStatus.RUNNING]
    ):
        _expire_export(export, erasure)
        exports += 1
    return {"requirements": requirements, "reminders": reminders, "exports": exports}


def expire_exports(retention) -> dict[str, int]:
    """Readiness exports finished before the export-file cut-off are deleted; rows stay, expired."""
    expired = 0
    for export in ReadinessExport.objects.select_for_update().filter(
        status=ExportStatus.DONE, finished_at__lt=retention.export_files_before
    ):
        _expire_export(export, retention)
        expired += 1
    return {"exports": expired}
