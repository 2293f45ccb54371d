"""What the readiness dashboards read: one row per requirement, monthly snapshots, reminders sent.

`Requirement` is derived data, kept by `dashboards.readiness`: a course a person must hold a valid
certificate for (their learning path's mandatory courses plus assignments), together with the two
facts that decide its status — until when a certificate covers it, and whether the learner has
begun. Statuses that depend on the date (met, expiring, overdue) are computed in the query from
those facts, so the rows do not age. Dashboards aggregate these rows in the database.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage
from organisations.models import Background, Function, Region, Team
from organisations.scoping import RegionScopedQuerySet


class RequirementSource(models.TextChoices):
    PATH = "path", _("Leerpad")
    ASSIGNMENT = "assignment", _("Toegewezen")


class RequirementQuerySet(RegionScopedQuerySet):
    region_lookup = "region"
    owner_lookup = "user"


class Requirement(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="requirements")
    course = models.ForeignKey(CoursePage, on_delete=models.CASCADE, related_name="+")
    # Copied from the person's current membership, so the dashboards group without joins.
    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="+")
    team = models.ForeignKey(Team, on_delete=models.SET_NULL, null=True, related_name="+")
    function = models.ForeignKey(Function, on_delete=models.SET_NULL, null=True, related_name="+")
    background = models.CharField(max_length=10, choices=Background.choices)
    source = models.CharField(max_length=12, choices=RequirementSource.choices)
    deadline = models.DateField(null=True)
    #: The last day a certificate covers this course (Certificate.valid_until of the best
    #: non-revoked one), or None when the person holds none.
    met_until = models.DateField(null=True)
    #: The current cycle has a finished lesson or an assessment attempt.
    started = models.BooleanField(default=False)
    refreshed_at = models.DateTimeField(default=timezone.now)

    objects = RequirementQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="one_requirement_per_course")]
        indexes = [
            models.Index(fields=["region", "team"], name="requirement_region_team"),
            models.Index(fields=["region", "course"], name="requirement_region_course"),
            models.Index(fields=["region", "met_until"], name="requirement_region_met"),
            models.Index(fields=["region", "deadline"], name="requirement_region_deadline"),
        ]


class SnapshotQuerySet(RegionScopedQuerySet):
    region_lookup = "region"


class ReadinessSnapshot(models.Model):
    """A region's readiness at the start of a month, for the trend. Written by the monthly beat
    task (and the backfill command); one per region and month."""

    month = models.DateField(help_text="The first day of the month.")
    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="+")
    people = models.PositiveIntegerField()
    people_ready = models.PositiveIntegerField()
    requirements = models.PositiveIntegerField()
    met = models.PositiveIntegerField()
    expiring = models.PositiveIntegerField()
    overdue = models.PositiveIntegerField()
    #: Backfilled months are reconstructed from dates (see readiness.snapshot_as_of).
    backfilled = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    objects = SnapshotQuerySet.as_manager()

    class Meta:
        ordering = ["month"]
        constraints = [
            models.UniqueConstraint(fields=["region", "month"], name="one_snapshot_per_region_month"),
            models.CheckConstraint(condition=Q(month__day=1), name="snapshot_on_first_of_month"),
            models.CheckConstraint(condition=Q(met__lte=models.F("requirements")), name="snapshot_met_within_total"),
        ]

    @property
    def percent(self) -> float | None:
        return round(100 * self.met / self.requirements, 1) if self.requirements else None


class ReminderQuerySet(RegionScopedQuerySet):
    region_lookup = "region"


class ReadinessReminder(models.Model):
    """A manager's reminder to a person about their open requirements. One per person per day, so
    a double click or a second manager sends one mail."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="+")
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    day = models.DateField(default=timezone.localdate)
    created_at = models.DateTimeField(default=timezone.now)
    emailed_at = models.DateTimeField(null=True)

    objects = ReminderQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "day"], name="one_reminder_per_person_per_day")]


class ExportFormat(models.TextChoices):
    CSV = "csv", "CSV"
    XLSX = "xlsx", "Excel"


class ExportStatus(models.TextChoices):
    PENDING = "pending", _("In de wachtrij")
    RUNNING = "running", _("Bezig")
    DONE = "done", _("Klaar")
    FAILED = "failed", _("Mislukt")
    #: The file was deleted after the retention period (organisations.retention) or an erasure.
    EXPIRED = "expired", _("Verwijderd")


OPEN_EXPORT_STATUSES = (ExportStatus.PENDING, ExportStatus.RUNNING)


class ReadinessExportQuerySet(RegionScopedQuerySet):
    region_lookup = "region"
    owner_lookup = "requested_by"


class ReadinessExport(models.Model):
    """A manager's readiness of their region, one line per person and required course, as a CSV
    or Excel file (personal data: DOMAIN §8.1).

    Built by `build_readiness_export_task`; `done`/`total` are the progress the waiting page shows.
    Only the requester downloads it (selectors.access_export). The partial unique constraint makes
    a double click — the same format while one is being built — one export.
    """

    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    #: The requester's region when asked: the export never follows them to another region.
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+")
    format = models.CharField(max_length=4, choices=ExportFormat.choices)
    status = models.CharField(max_length=10, choices=ExportStatus.choices, default=ExportStatus.PENDING)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    #: Named by services.export_file_name: fixed per export, unguessable without SECRET_KEY.
    file = models.FileField(upload_to="readiness-exports/", blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    #: For the logs and the admin, never shown to the requester.
    error = models.TextField(blank=True)

    objects = ReadinessExportQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["requested_by", "region", "format"],
                condition=Q(status__in=["pending", "running"]),
                name="one_open_readiness_export",
            ),
            models.CheckConstraint(condition=Q(done__lte=models.F("total")), name="readiness_export_done_within_total"),
        ]

    def __str__(self) -> str:
        return f"{self.requested_by} — {self.format} ({self.status})"

    @property
    def is_finished(self) -> bool:
        return self.status in (ExportStatus.DONE, ExportStatus.FAILED, ExportStatus.EXPIRED)

    @property
    def percent(self) -> int:
        if self.status == ExportStatus.DONE:
            return 100
        return int(100 * self.done / self.total) if self.total else 0


class MonthlyReportQuerySet(RegionScopedQuerySet):
    region_lookup = "region"


class MonthlyReport(models.Model):
    """The monthly PDF readiness report of a region, mailed to its managers. One row per region
    and month, so two beat processes or a redelivered task send the report once."""

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="+")
    month = models.DateField(help_text="The first day of the month.")
    #: Set in the transaction that holds the row lock, right after the mail went out.
    sent_at = models.DateTimeField(null=True, blank=True)
    recipients = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)

    objects = MonthlyReportQuerySet.as_manager()

    class Meta:
        ordering = ["-month", "region"]
        constraints = [
            models.UniqueConstraint(fields=["region", "month"], name="one_report_per_region_month"),
            models.CheckConstraint(condition=Q(month__day=1), name="report_on_first_of_month"),
        ]

    def __str__(self) -> str:
        return f"{self.region} {self.month:%Y-%m}"
