"""One case per Celery task of ours: the data it acts on, and its side effect counted once.

A case's `setup()` writes the rows the task needs (tasks the set-up itself triggers run in the test
process, see `support.tasks_in_process`) and returns the task's arguments; `check(outcome)` asserts
that however often the task ran, its effect happened exactly once: one e-mail per recipient in the
worker's mail folder, one file, one row, one new cycle. Shared by the duplicate-delivery test (the
same message twice) and the two-beats test (two messages of one scheduled job).
"""

from __future__ import annotations

import ast
import zipfile
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from django.utils import timezone

from tests.faults.support import TaskLog, recipients


@dataclass
class Outcome:
    """What the worker left behind: its messages, the media folder, its log."""

    messages: list
    media: Path
    log: TaskLog

    def files(self, folder: str) -> list[str]:
        path = self.media / folder
        return sorted(p.name for p in path.iterdir()) if path.exists() else []

    def mailed(self) -> dict[str, int]:
        return dict(recipients(self.messages))


class Case:
    #: The task's registered name.
    task: str = ""

    def setup(self) -> list:
        raise NotImplementedError

    def check(self, outcome: Outcome) -> None:
        raise NotImplementedError

    def results(self, outcome: Outcome) -> list:
        """The return values of every run of this case's task, as Python values."""
        return [ast.literal_eval(value) for value in outcome.log.results_of(self.task)]


# --- People and things the cases share ---------------------------------------------------------


def _person(region_slug="groningen", **fields):
    from tests.factories import make_person

    return make_person(region_slug=region_slug, **fields)


def _manager(region_slug: str, email: str):
    from organisations.models import Role

    return _person(region_slug, role=Role.MANAGER, email=email)


def _certificate(person, course, *, expires_in_days: int = 700, version: int = 1):
    """A certificate for a completed first cycle, without a rendered PDF."""
    from tests.dashboards.test_readiness import certify

    return certify(person, course, issued_days_ago=30, valid_days=30 + expires_in_days, version=version)


def _path_with_courses(*codes):
    from courses.models import LearningPath, LearningPathItem
    from tests.factories import make_course

    courses = [make_course(code=code, lessons=1) for code in codes]
    path = LearningPath.objects.create(name="Iedereen")
    for order, course in enumerate(courses):
        LearningPathItem.objects.create(path=path, course=course, mandatory=True, due_within_days=30, sort_order=order)
    return courses


# --- organisations --------------------------------------------------------------------------------


class InvitationMail(Case):
    task = "organisations.tasks.send_invitation_email_task"

    def setup(self):
        from organisations.models import Invitation

        self.person = _person(email="uitgenodigd@groningen.example")
        self.invitation = Invitation.objects.create(user=self.person, expires_at=timezone.now() + timedelta(days=7))
        return [self.invitation.pk]

    def check(self, outcome):
        self.invitation.refresh_from_db()
        assert outcome.mailed() == {self.person.email: 1}
        assert self.invitation.sent_at is not None and self.invitation.token_hash
        assert sorted(self.results(outcome)) == ["already-sent", "sent"]


# --- assessments ------------------------------------------------------------------------------------


def _attempt(person, *, minutes=None):
    from assessments import services
    from tests.factories import make_assessment, make_question

    make_question(competences=["C1"])
    make_question(competences=["C1"])
    assessment = make_assessment(pools={"C1": 2}, **({"time_limit_minutes": minutes} if minutes else {}))
    return services.start_attempt(user=person, assessment=assessment)


class GradedMail(Case):
    task = "assessments.tasks.notify_attempt_graded_task"

    def setup(self):
        from assessments import services

        self.person = _person(email="getoetst@groningen.example")
        attempt = _attempt(self.person)
        wrong = next(o["id"] for o in attempt.items.get(position=1).snapshot["options"] if not o["correct"])
        services.save_answer(user=self.person, attempt_id=attempt.pk, position=1, answer={"option": wrong})
        self.attempt = services.submit_attempt(user=self.person, attempt_id=attempt.pk)
        assert self.attempt.status == "final" and self.attempt.graded_notified_at is None
        return [self.attempt.pk]

    def check(self, outcome):
        self.attempt.refresh_from_db()
        assert outcome.mailed() == {self.person.email: 1}
        assert self.attempt.graded_notified_at is not None
        assert sorted(self.results(outcome)) == ["already-sent", "sent"]


class CloseExpiredAttempts(Case):
    task = "assessments.tasks.close_expired_attempts_task"

    def setup(self):
        from assessments.models import Attempt

        self.people = [_person(email=f"verlopen{n}@groningen.example") for n in range(3)]
        self.attempts = [_attempt(person, minutes=30) for person in self.people]
        Attempt.objects.filter(pk__in=[a.pk for a in self.attempts]).update(
            deadline_at=timezone.now() - timedelta(minutes=5)
        )
        return []

    def check(self, outcome):
        from assessments.models import Attempt, CompetenceResult, Response

        attempts = Attempt.objects.filter(pk__in=[a.pk for a in self.attempts])
        assert {(a.status, a.submitted_by_timer) for a in attempts} == {("final", True)}
        # Each attempt closed by exactly one run: the runs' counts add up to the attempts.
        assert sum(self.results(outcome)) == len(self.attempts)
        assert Response.objects.filter(attempt__in=attempts).count() == 2 * len(self.attempts)
        assert CompetenceResult.objects.filter(attempt__in=attempts).count() == len(self.attempts)


# --- certificates -----------------------------------------------------------------------------------


class CertificateMail(Case):
    task = "certificates.tasks.render_certificate_task"

    def setup(self):
        from certificates.services import issue_certificate
        from courses.models import Enrolment
        from tests.factories import make_course

        self.person = _person(email="geslaagd@groningen.example")
        enrolment = Enrolment.objects.create(
            user=self.person,
            course=make_course(lessons=1),
            source="self",
            completed_at=timezone.now(),
            completed_version=1,
        )
        self.certificate = issue_certificate(enrolment_id=enrolment.pk, render=False)
        return [self.certificate.pk]

    def check(self, outcome):
        self.certificate.refresh_from_db()
        assert outcome.mailed() == {self.person.email: 1}
        assert self.certificate.grouped_code in outcome.messages[0].get_payload()
        assert outcome.files("certificates") == [f"{self.certificate.code}.pdf"]
        assert (outcome.media / self.certificate.pdf.name).read_bytes()[:5] == b"%PDF-"
        assert sorted(self.results(outcome)) == ["rendered", "rendered-and-mailed"]


class ExpiryReminders(Case):
    """Holders 20, 25 and 80 days from expiry in Groningen, one 80 days out in Utrecht."""

    task = "certificates.tasks.send_expiry_reminders_task"

    def setup(self):
        from tests.factories import make_course

        course = make_course(code="VERL", lessons=1)
        self.managers = [
            _manager("groningen", "manager@groningen.example"),
            _manager("utrecht", "manager@utrecht.example"),
        ]
        self.certificates = [
            _certificate(_person(email=f"houder{days}@groningen.example"), course, expires_in_days=days)
            for days in (20, 25, 80)
        ] + [_certificate(_person("utrecht", email="houder@utrecht.example"), course, expires_in_days=80)]
        return []

    def check(self, outcome):
        from certificates.models import Certificate
        from courses.models import Enrolment

        holders = {c.user.email: 1 for c in self.certificates}
        # One reminder per holder (per certificate and threshold), one digest per region's manager.
        assert outcome.mailed() == {**holders, "manager@groningen.example": 1, "manager@utrecht.example": 1}
        certificates = Certificate.objects.filter(pk__in=[c.pk for c in self.certificates])
        assert all(c.reminded_90_at for c in certificates)
        assert sorted(c.reminded_30_at is not None for c in certificates) == [False, False, True, True]
        # The recertification window opened once per holder.
        assert Enrolment.objects.filter(cycle=2).count() == len(self.certificates)
        results = self.results(outcome)
        assert sum(r["holders"] for r in results) == len(self.certificates)
        assert sum(r["recertifications_opened"] for r in results) == len(self.certificates)
        assert sum(r["digests"] for r in results) == 2


class RevisionRenewals(Case):
    task = "certificates.tasks.open_revision_renewals_task"

    def setup(self):
        from courses.models import CoursePage
        from tests.factories import make_course

        course = make_course(code="HERZ", lessons=1)
        self.holders = [_person(email=f"herzien{n}@groningen.example") for n in range(3)]
        for person in self.holders:
            _certificate(person, course)
        CoursePage.objects.filter(pk=course.pk).update(
            version=2, recertify_below_version=2, renewal_deadline=timezone.localdate() + timedelta(days=60)
        )
        self.course = course
        return [course.pk]

    def check(self, outcome):
        from courses.models import Enrolment

        assert outcome.mailed() == {p.email: 1 for p in self.holders}
        assert Enrolment.objects.filter(course=self.course, cycle=2).count() == len(self.holders)
        assert sum(self.results(outcome)) == len(self.holders)


class CertificateBundle(Case):
    task = "certificates.tasks.build_certificate_bundle_task"

    def setup(self):
        from certificates.models import CertificateBundle
        from certificates.services import bundle_fingerprint
        from tests.factories import make_course

        course = make_course(code="BUND", lessons=1)
        self.manager = _manager("groningen", "manager@groningen.example")
        ids = [_certificate(_person(email=f"bundel{n}@groningen.example"), course).pk for n in range(3)]
        self.bundle = CertificateBundle.objects.create(
            requested_by=self.manager,
            region=self.manager.current_membership.region,
            certificate_ids=ids,
            fingerprint=bundle_fingerprint(self.manager.pk, ids),
            total=len(ids),
        )
        return [self.bundle.pk]

    def check(self, outcome):
        self.bundle.refresh_from_db()
        assert self.bundle.status == "done", (self.bundle.status, self.bundle.error)
        assert outcome.files("certificate-bundles") == [Path(self.bundle.file.name).name]
        with zipfile.ZipFile(outcome.media / self.bundle.file.name) as archive:
            assert len(archive.namelist()) == 4  # three PDFs and the overview
        assert outcome.messages == []


# --- dashboards ---------------------------------------------------------------------------------------


class _Staff(Case):
    """Two regions of people on a path of two mandatory courses."""

    def staff(self):
        self.courses = _path_with_courses("R1", "R2")
        self.people = [_person(email=f"mens{n}@groningen.example") for n in range(3)]
        self.people += [_person("utrecht", email=f"mens{n}@utrecht.example") for n in range(2)]
        self.refresh()

    def refresh(self):
        from dashboards.readiness import rebuild_all_requirements

        # The factories write memberships around the services, so no signal asks for this.
        rebuild_all_requirements()


class RefreshRequirements(_Staff):
    task = "dashboards.tasks.refresh_requirements_task"

    def setup(self):
        from dashboards.models import Requirement

        self.staff()
        Requirement.objects.all().delete()
        return [[p.pk for p in self.people]]

    def check(self, outcome):
        from dashboards.models import Requirement

        rows = Requirement.objects.values_list("user_id", "course_id")
        assert sorted(rows) == sorted((p.pk, c.pk) for p in self.people for c in self.courses)
        assert self.results(outcome) == [len(rows)] * 2


class RebuildRequirements(RefreshRequirements):
    task = "dashboards.tasks.rebuild_requirements_task"

    def setup(self):
        super().setup()
        return []


class Snapshot(_Staff):
    task = "dashboards.tasks.take_snapshot_task"

    def setup(self):
        from dashboards.models import ReadinessSnapshot

        self.staff()
        ReadinessSnapshot.objects.all().delete()
        return []

    def check(self, outcome):
        from dashboards.models import ReadinessSnapshot

        month = timezone.localdate().replace(day=1)
        rows = ReadinessSnapshot.objects.values_list("region__slug", "month", "people")
        assert sorted(rows) == [("groningen", month, 3), ("utrecht", month, 2)]


class ReadinessReminder(Case):
    task = "dashboards.tasks.send_readiness_reminder_task"

    def setup(self):
        from dashboards.models import ReadinessReminder

        _path_with_courses("H1")
        manager = _manager("groningen", "manager@groningen.example")
        self.person = _person(email="herinnerd@groningen.example")
        self.reminder = ReadinessReminder.objects.create(
            user=self.person, region=manager.current_membership.region, sent_by=manager
        )
        return [self.reminder.pk]

    def check(self, outcome):
        self.reminder.refresh_from_db()
        assert outcome.mailed() == {self.person.email: 1}
        assert self.reminder.emailed_at is not None
        assert sorted(self.results(outcome)) == ["already-sent", "sent"]


class ReadinessExport(_Staff):
    task = "dashboards.tasks.build_readiness_export_task"

    def setup(self):
        from dashboards.models import ReadinessExport

        self.staff()
        manager = _manager("groningen", "manager@groningen.example")
        self.refresh()
        self.export = ReadinessExport.objects.create(
            requested_by=manager, region=manager.current_membership.region, format="csv"
        )
        return [self.export.pk]

    def check(self, outcome):
        self.export.refresh_from_db()
        assert self.export.status == "done", (self.export.status, self.export.error)
        assert outcome.files("readiness-exports") == [Path(self.export.file.name).name]
        from dashboards.models import Requirement

        lines = (outcome.media / self.export.file.name).read_text(encoding="utf-8-sig").splitlines()
        assert len(lines) == 1 + Requirement.objects.filter(region=self.export.region).count() == 1 + 4 * 2
        assert outcome.messages == []


class MonthlyReports(_Staff):
    task = "dashboards.tasks.send_monthly_reports_task"

    def setup(self):
        self.staff()
        self.managers = [
            _manager("groningen", "manager@groningen.example"),
            _manager("groningen", "tweede@groningen.example"),
            _manager("utrecht", "manager@utrecht.example"),
        ]
        return []

    def check(self, outcome):
        from dashboards.models import MonthlyReport

        # One message per region (its managers together), so one copy for each manager.
        assert len(outcome.messages) == 2
        assert outcome.mailed() == {m.email: 1 for m in self.managers}
        month = timezone.localdate().replace(day=1)
        sent = MonthlyReport.objects.filter(month=month, sent_at__isnull=False)
        assert sorted(sent.values_list("region__slug", "recipients")) == [("groningen", 2), ("utrecht", 1)]


class RegionReport(_Staff):
    task = "dashboards.tasks.send_region_report_task"

    def setup(self):
        self.staff()
        self.managers = [_manager("utrecht", "manager@utrecht.example"), _manager("utrecht", "tweede@utrecht.example")]
        region = self.managers[0].current_membership.region
        return [region.pk, timezone.localdate().replace(day=1).isoformat()]

    def check(self, outcome):
        assert len(outcome.messages) == 1
        assert outcome.mailed() == {m.email: 1 for m in self.managers}
        assert outcome.messages[0].get_content_type() == "multipart/mixed"  # the PDF attached
        assert sorted(self.results(outcome)) == ["already-sent", "sent"]


# --- Retention and the outbox -------------------------------------------------------------------------


class Retention(Case):
    """An export file and a reflection past their retention periods."""

    task = "organisations.tasks.apply_retention_task"

    def setup(self):
        from django.conf import settings
        from django.core.files.base import ContentFile

        from courses.models import LessonPage, ReflectionAnswer
        from dashboards.models import ReadinessExport
        from tests.factories import make_course

        make_course(code="BEW", lessons=1)
        manager = _manager("groningen", "manager@groningen.example")
        long_ago = timezone.now() - timedelta(days=settings.RETENTION_OPEN_ANSWERS_DAYS + 1)
        self.export = ReadinessExport.objects.create(
            requested_by=manager, region=manager.current_membership.region, format="csv", status="done"
        )
        self.export.file.save("oud.csv", ContentFile(b"naam;cursus\n"), save=False)
        ReadinessExport.objects.filter(pk=self.export.pk).update(file=self.export.file.name, finished_at=long_ago)
        self.reflection = ReflectionAnswer.objects.create(
            user=manager, lesson=LessonPage.objects.get(), block_id="refl-1", text="Wat ik meeneem."
        )
        ReflectionAnswer.objects.filter(pk=self.reflection.pk).update(updated_at=long_ago)
        return []

    def check(self, outcome):
        from courses.models import ReflectionAnswer

        self.export.refresh_from_db()
        assert self.export.status == "expired" and not self.export.file
        assert outcome.files("readiness-exports") == []
        assert not ReflectionAnswer.objects.exists()
        # What one run deleted the other did not find again: one export, one reflection in all.
        assert sum(self.results(outcome)) == 2


class OutboxRelay(Case):
    """Three invitation messages that waited in the outbox while the broker was away."""

    task = "elearning.outbox.tasks.relay_outbox_task"

    def setup(self):
        from elearning.outbox.models import OutboxMessage
        from organisations.models import Invitation

        self.people = [_person(email=f"wachtte{n}@groningen.example") for n in range(3)]
        self.messages = [
            OutboxMessage.objects.create(
                task_name=InvitationMail.task,
                args=[Invitation.objects.create(user=person, expires_at=timezone.now() + timedelta(days=7)).pk],
            )
            for person in self.people
        ]
        return []

    def check(self, outcome):
        from elearning.outbox.models import OutboxMessage

        # Each message — the three that waited, and those the invitation tasks wrote in turn (a
        # relay may publish those too) — reached the worker once, whichever relay published it.
        messages = {str(task_id) for task_id in OutboxMessage.objects.values_list("task_id", flat=True)}
        assert {str(m.task_id) for m in self.messages} <= messages
        assert {task_id: outcome.log.received[task_id] for task_id in messages} == dict.fromkeys(messages, 1)
        assert not OutboxMessage.objects.filter(published_at__isnull=True).exists()
        assert outcome.mailed() == {p.email: 1 for p in self.people}


CASES: dict[str, type[Case]] = {
    case.task: case
    for case in (
        InvitationMail,
        GradedMail,
        CloseExpiredAttempts,
        CertificateMail,
        ExpiryReminders,
        RevisionRenewals,
        CertificateBundle,
        RefreshRequirements,
        RebuildRequirements,
        Snapshot,
        ReadinessReminder,
        ReadinessExport,
        MonthlyReports,
        RegionReport,
        Retention,
        OutboxRelay,
    )
}

#: Tasks with nothing to count, and why.
EXEMPT: dict[str, str] = {
    "dashboards.tasks.warm_dashboard_caches_task": (
        "only overwrites cache entries with freshly computed figures; running it twice leaves the same "
        "cache, and no row, file or mail"
    ),
}
