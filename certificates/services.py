"""Issuing, revoking and re-issuing certificates.

A certificate comes into being only through `issue_certificate`, called when courses announces a
completed enrolment (`course_completed`); no view creates one from posted data.
"""

from __future__ import annotations

import calendar
from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from assessments.models import Assessment, Attempt
from certificates.models import Certificate
from courses.models import Enrolment
from organisations.models import AuditAction, AuditEvent, Role, User


def add_months(day: date, months: int) -> date:
    """Same day `months` later; the 31st becomes the last day of a shorter month."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def issue_certificate(*, enrolment_id: int, render: bool = True) -> Certificate | None:
    """Issue the certificate for a completed enrolment, once; then render and mail it after commit.

    Safe to call twice or concurrently (the enrolment is unique on the certificate: the second
    insert fails and the existing row is returned). `render=False` leaves the PDF to the first
    download (bulk imports, demo data). Returns None when the enrolment is not complete
    or the person has no region to issue from.
    """
    with transaction.atomic():
        enrolment = (
            Enrolment.objects.select_for_update().select_related("user", "course").filter(pk=enrolment_id).first()
        )
        if enrolment is None or enrolment.completed_at is None:
            return None
        existing = Certificate.objects.filter(enrolment=enrolment).first()
        if existing is not None:
            return existing
        membership = enrolment.user.current_membership
        if membership is None or membership.region_id is None:
            return None
        course = enrolment.course
        issued_on = timezone.localdate(enrolment.completed_at)
        passed = {
            a.assessment_id: a for a in Attempt.objects.filter(enrolment=enrolment, passed=True).order_by("number")
        }
        results = [
            {"title": assessment.title, "percent": int(passed[assessment.pk].percent)}
            for assessment in Assessment.objects.filter(course=course, required=True).order_by("pk")
            if assessment.pk in passed
        ]
        try:
            with transaction.atomic():
                certificate = Certificate.objects.create(
                    user=enrolment.user,
                    course=course,
                    enrolment=enrolment,
                    cycle=enrolment.cycle,
                    region_id=membership.region_id,
                    region_name=membership.region.name,
                    holder_name=enrolment.user.get_full_name() or enrolment.user.email,
                    course_title=course.title,
                    course_code=course.code,
                    course_version=enrolment.completed_version or course.version,
                    study_load_hours=course.study_load_hours,
                    accreditation_body=course.accreditation_body,
                    accreditation_number=course.accreditation_number,
                    accreditation_points=course.accreditation_points,
                    competences=[str(c) for c in course.competences.all()],
                    assessment_results=results,
                    issued_on=issued_on,
                    expires_on=add_months(issued_on, course.certificate_validity_months or 36),
                )
        except IntegrityError:  # a concurrent completion issued it first
            return Certificate.objects.get(enrolment=enrolment)
        if render:
            from certificates.tasks import render_certificate_task

            transaction.on_commit(lambda: render_certificate_task.delay(certificate.pk))
    return certificate


def may_revoke(actor: User) -> bool:
    membership = actor.current_membership
    return actor.is_superuser or bool(membership and membership.role in (Role.PROGRAMME, Role.TRAINER))


@transaction.atomic
def revoke_certificate(*, actor: User, certificate_id: int, reason: str) -> Certificate:
    """Programme staff or a trainer withdraw a certificate, with a reason; the verification page
    then says "ingetrokken". Audited. Revoking twice keeps the first revocation."""
    if not may_revoke(actor):
        raise PermissionDenied(_("Alleen programmamedewerkers en trainers kunnen certificaten intrekken."))
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": _("Geef een reden op.")})
    certificate = Certificate.objects.select_for_update().get(pk=certificate_id)
    if certificate.revoked_at is None:
        certificate.revoked_at = timezone.now()
        certificate.revoked_reason = reason[:2000]
        certificate.revoked_by = actor
        certificate.save(update_fields=["revoked_at", "revoked_reason", "revoked_by"])
        AuditEvent.objects.create(
            actor=actor,
            action=AuditAction.CERTIFICATE_REVOKED,
            subject=certificate.user,
            region_id=certificate.region_id,
            details={"certificate": certificate.pk, "reason": certificate.revoked_reason},
        )
    return certificate


#: Days before expiry at which the holder is reminded, each with the field that records it. The
#: nearer threshold goes first: someone first seen 20 days out gets one (30-day) reminder, not two.
REMINDERS = ((30, "reminded_30_at"), (90, "reminded_90_at"))


def send_expiry_reminders(*, today: date | None = None) -> dict[str, int]:
    """Remind holders 90 and 30 days before their certificate expires, and send each region's
    managers one digest of who is due. Idempotent: a certificate is marked in the same transaction
    as its mail, under a row lock, so a second run (beat twice, cron and beat) sends nothing again.
    Revoked certificates and certificates already renewed (a later cycle) are skipped."""
    from django.conf import settings
    from django.core.mail import send_mail
    from django.template.loader import render_to_string
    from django.urls import reverse
    from django.utils import translation

    today = today or timezone.localdate()
    sent = {"holders": 0, "digests": 0}
    due_by_region: dict[int, list[Certificate]] = {}
    for days, field in REMINDERS:
        candidates = Certificate.objects.filter(
            revoked_at__isnull=True,
            expires_on__gt=today,
            expires_on__lte=today + timezone.timedelta(days=days),
            **{f"{field}__isnull": True},
        ).values_list("pk", flat=True)
        for pk in candidates:
            with transaction.atomic():
                certificate = (
                    Certificate.objects.select_for_update(skip_locked=True).select_related("user").filter(pk=pk).first()
                )
                if certificate is None or getattr(certificate, field) is not None:
                    continue
                if Certificate.objects.filter(
                    user_id=certificate.user_id, course_id=certificate.course_id, cycle__gt=certificate.cycle
                ).exists():
                    setattr(certificate, field, timezone.now())  # renewed already: nothing to remind
                    certificate.save(update_fields=[field])
                    continue
                context = {
                    "certificate": certificate,
                    "days": (certificate.expires_on - today).days,
                    "link": settings.SITE_URL + reverse("courses:my_learning"),
                }
                with translation.override(settings.LANGUAGE_CODE):
                    subject = render_to_string("certificates/email/reminder_subject.txt", context).strip()
                    body = render_to_string("certificates/email/reminder_body.txt", context)
                send_mail(subject, body, None, [certificate.user.email])
                now = timezone.now()
                certificate.reminded_90_at = certificate.reminded_90_at or now
                setattr(certificate, field, now)
                certificate.save(update_fields=["reminded_90_at", "reminded_30_at"])
                sent["holders"] += 1
                due_by_region.setdefault(certificate.region_id, []).append(certificate)
    managers: dict[int, list[str]] = {}
    from organisations.models import Membership

    for region_id, email in Membership.objects.filter(
        region_id__in=due_by_region, role=Role.MANAGER, valid_to__isnull=True, user__is_active=True
    ).values_list("region_id", "user__email"):
        managers.setdefault(region_id, []).append(email)
    for region_id, certificates in due_by_region.items():
        if not managers.get(region_id):
            continue
        context = {
            "certificates": sorted(certificates, key=lambda c: c.expires_on),
            "link": settings.SITE_URL + reverse("certificates:list"),
        }
        with translation.override(settings.LANGUAGE_CODE):
            subject = render_to_string("certificates/email/digest_subject.txt", context).strip()
            body = render_to_string("certificates/email/digest_body.txt", context)
        send_mail(subject, body, None, managers[region_id])
        sent["digests"] += 1
    return sent


def reissue_certificate(*, actor: User, certificate_id: int) -> Certificate:
    """Make the PDF again with the holder's current name (after a name change); the code, dates and
    everything certified stay. For the holder's region manager or programme staff. No new mail."""
    from organisations.scoping import scope_for

    with transaction.atomic():
        certificate = Certificate.objects.visible_to(actor).select_for_update().filter(pk=certificate_id).first()
        scope = scope_for(actor)
        if certificate is None or certificate.user_id == actor.pk or not (scope.all_regions or scope.region_id):
            raise PermissionDenied(_("U kunt dit certificaat niet opnieuw laten maken."))
        if certificate.revoked_at:
            raise ValidationError(_("Een ingetrokken certificaat wordt niet opnieuw gemaakt."))
        certificate.holder_name = certificate.user.get_full_name() or certificate.user.email
        certificate.save(update_fields=["holder_name"])
        from certificates.tasks import render_certificate_task

        transaction.on_commit(lambda: render_certificate_task.delay(certificate.pk))
    return certificate


#: How long before expiry the recertification opens: the learner is enrolled in the next cycle.
RECERTIFICATION_WINDOW_DAYS = 90


def open_recertification_windows(*, today: date | None = None) -> int:
    """Enrol holders whose certificate expires within the window in the course's next cycle, with
    the expiry date as deadline. Passing the assessment there completes that cycle and earns the
    next certificate; earlier certificates stay as history. Idempotent (see open_new_cycle)."""
    from courses.models import EnrolmentSource
    from courses.services import open_new_cycle

    today = today or timezone.localdate()
    opened = 0
    due = (
        Certificate.objects.filter(
            revoked_at__isnull=True,
            expires_on__gte=today,
            expires_on__lte=today + timezone.timedelta(days=RECERTIFICATION_WINDOW_DAYS),
        )
        .select_related("user", "course")
        .order_by("pk")
    )
    for certificate in due:
        if not certificate.user.is_active:
            continue
        enrolment = open_new_cycle(
            user=certificate.user,
            course=certificate.course,
            deadline=certificate.expires_on,
            source=EnrolmentSource.RECERTIFICATION,
        )
        opened += enrolment is not None
    return opened
