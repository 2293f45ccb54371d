"""Issuing, revoking and re-issuing certificates.

A certificate comes into being only through `issue_certificate`, called when courses announces a
completed enrolment (`course_completed`); no view creates one from posted data.
"""

from __future__ import annotations

import calendar
import contextlib
import csv
import hashlib
import io
import logging
import tempfile
import zipfile
from datetime import date, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.utils import timezone, translation
from django.utils.crypto import salted_hmac
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from assessments.models import Assessment, Attempt
from certificates.models import OPEN_BUNDLE_STATUSES, BundleStatus, Certificate, CertificateBundle
from certificates.pdf import render_certificate_pdf
from certificates.selectors import pdf_context
from courses.models import Enrolment
from organisations.files import spreadsheet_safe, store_finished_file
from organisations.models import AuditAction, AuditEvent, Role, User
from organisations.scoping import scope_for

logger = logging.getLogger(__name__)


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

            render_certificate_task.delay_on_commit(certificate.pk)
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


@contextlib.contextmanager
def _one_run_at_a_time(name: str):
    """Yield True in the one process running `name` right now, False in any other meanwhile.

    On PostgreSQL a session advisory lock, released at the end, or by the server when the worker
    holding it dies. The embedded SQLite mode has one process: always True."""
    if connection.vendor != "postgresql":
        yield True
        return
    key = int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
        acquired = cursor.fetchone()[0]
    try:
        yield acquired
    finally:
        # A broken connection has lost the lock already; an aborted transaction keeps it until the
        # connection closes (after the task at the latest). Either way the first error is the news.
        if acquired:
            with contextlib.suppress(DatabaseError), connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [key])


def send_expiry_reminders(*, today: date | None = None) -> dict[str, int]:
    """Remind holders 90 and 30 days before their certificate expires, and send each region's
    managers one digest of who is due. Idempotent: a certificate is marked in the same transaction
    as its mail, under a row lock, so a second run (beat twice, cron and beat) sends nothing again.
    Revoked certificates and certificates already renewed (a later cycle) are skipped."""
    with _one_run_at_a_time("certificates.send_expiry_reminders") as alone:
        if not alone:
            # Two runs at once would share out the certificates between them, and each would mail
            # the managers a digest of its share: the run already going covers everything due.
            return {"holders": 0, "digests": 0}
        return _send_expiry_reminders(today=today)


def _send_expiry_reminders(*, today: date | None) -> dict[str, int]:
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
                # Lock the certificate only: SKIP LOCKED over the joined person would pass over a
                # certificate whenever its holder's row is busy (a login, a readiness refresh).
                certificate = (
                    Certificate.objects.select_for_update(skip_locked=True, of=("self",))
                    .select_related("user")
                    .filter(pk=pk)
                    .first()
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
    everything certified stay. For the holder's region manager. No new mail."""
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

        render_certificate_task.delay_on_commit(certificate.pk)
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


def open_revision_renewals(*, course_id: int, notify: bool = True) -> int:
    """After a major revision: enrol holders of certificates of an older version in a new cycle,
    with the renewal date the trainer chose as deadline (or the expiry date, when that comes
    first), and tell them by e-mail. Their certificates count until then (see
    `Certificate.valid_until`). Idempotent: a holder with a renewal already open is skipped, and the
    mail goes out in the transaction that opened the cycle."""
    from django.conf import settings
    from django.core.mail import send_mail
    from django.template.loader import render_to_string
    from django.urls import reverse
    from django.utils import translation

    from courses.models import CoursePage, EnrolmentSource
    from courses.services import open_new_cycle

    course = CoursePage.objects.filter(pk=course_id).first()
    if course is None or course.renewal_deadline is None:
        return 0
    today = timezone.localdate()
    outdated = (
        Certificate.objects.filter(
            course=course,
            revoked_at__isnull=True,
            expires_on__gte=today,
            course_version__lt=course.recertify_below_version,
            user__is_active=True,
        )
        .select_related("user")
        .order_by("pk")
    )
    opened = 0
    for certificate in outdated:
        with transaction.atomic():
            enrolment = open_new_cycle(
                user=certificate.user,
                course=course,
                deadline=min(certificate.expires_on, course.renewal_deadline),
                source=EnrolmentSource.RECERTIFICATION,
            )
            if enrolment is None:
                continue
            opened += 1
            if not notify:
                continue
            context = {
                "certificate": certificate,
                "course": course,
                "deadline": enrolment.deadline,
                "link": settings.SITE_URL + reverse("courses:my_learning"),
            }
            with translation.override(settings.LANGUAGE_CODE):
                subject = render_to_string("certificates/email/revision_subject.txt", context).strip()
                body = render_to_string("certificates/email/revision_body.txt", context)
            send_mail(subject, body, None, [certificate.user.email])
    return opened


def store_certificate_pdf(certificate: Certificate) -> None:
    """Render the certificate's PDF and save it as `certificates/<code>.pdf`, replacing an earlier
    file. The caller holds the row lock. The name is fixed by the code, so running it twice leaves
    one file with the same document."""
    pdf = render_certificate_pdf(pdf_context(certificate))
    name = f"certificates/{certificate.code}.pdf"
    if certificate.pdf and certificate.pdf.name:
        certificate.pdf.storage.delete(certificate.pdf.name)
    elif certificate.pdf.storage.exists(name):
        certificate.pdf.storage.delete(name)
    certificate.pdf.save(name.split("/")[-1], ContentFile(pdf), save=False)
    certificate.pdf_rendered_at = timezone.now()
    certificate.save(update_fields=["pdf", "pdf_rendered_at"])


# --- Bundles: a selection of certificates as one ZIP ---------------------------------------------

#: The most certificates in one ZIP: about 20 KiB a PDF, so at most some 40 MiB, built in minutes.
MAX_BUNDLE_CERTIFICATES = 2000
#: A finished ZIP of the same selection this recent is handed out again instead of built again.
BUNDLE_REUSE_WINDOW = timedelta(hours=1)
#: An open bundle this old has lost its task (a broker outage at enqueue, retries exhausted): a
#: new request for the same selection replaces it instead of waiting on it for ever.
BUNDLE_ABANDONED_AFTER = timedelta(hours=1)
#: Progress is written every so many certificates: often enough for a page polling every few
#: seconds, rarely enough not to be a write per PDF.
BUNDLE_PROGRESS_EVERY = 5


def bundle_fingerprint(requested_by_id: int, certificate_ids: list[int]) -> str:
    """What makes two requests "the same selection": the requester and the sorted ids."""
    material = f"{requested_by_id}:" + ",".join(str(pk) for pk in sorted(certificate_ids))
    return hashlib.sha256(material.encode()).hexdigest()


def request_bundle(*, actor: User, certificate_ids: list[int]) -> CertificateBundle:
    """Ask for the chosen certificates as one ZIP; the ZIP is built by a task after commit.

    For managers (their region's certificates). Ids the actor may not
    see are dropped without a word, as if they did not exist; revoked certificates are left out
    (no valid PDF) and counted in `skipped_revoked`. Raises ValidationError (Dutch) when nothing is
    left or the selection is larger than MAX_BUNDLE_CERTIFICATES, PermissionDenied for anyone else.

    Safe to call twice: the same selection while its bundle is pending or running returns that
    bundle (a partial unique constraint settles a race), and a ZIP of it finished within the last
    hour is returned instead of built again. Only a new bundle enqueues a task.
    """
    scope = scope_for(actor)
    if not (scope.all_regions or scope.region_id is not None):
        raise PermissionDenied(_("Alleen managers en programmamedewerkers kunnen certificaten bundelen."))
    wanted = set(certificate_ids)
    if not wanted:
        raise ValidationError(_("Kies ten minste één certificaat om te downloaden."))
    if len(wanted) > MAX_BUNDLE_CERTIFICATES:
        raise ValidationError(
            _(
                "U kunt ten hoogste %(max)s certificaten tegelijk downloaden; u koos er %(count)s. "
                "Maak de selectie kleiner, bijvoorbeeld met de filters."
            )
            % {"max": MAX_BUNDLE_CERTIFICATES, "count": len(wanted)}
        )
    rows = list(Certificate.objects.visible_to(actor).filter(pk__in=wanted).values_list("pk", "revoked_at"))
    ids = sorted(pk for pk, revoked_at in rows if revoked_at is None)
    skipped_revoked = len(rows) - len(ids)
    if not ids:
        if skipped_revoked:
            raise ValidationError(
                ngettext(
                    "Het gekozen certificaat is ingetrokken en heeft geen geldige PDF. Kies ten minste één "
                    "certificaat dat niet is ingetrokken.",
                    "De gekozen certificaten zijn ingetrokken en hebben geen geldige PDF. Kies ten minste één "
                    "certificaat dat niet is ingetrokken.",
                    skipped_revoked,
                )
            )
        raise ValidationError(_("Kies ten minste één certificaat om te downloaden."))
    fingerprint = bundle_fingerprint(actor.pk, ids)
    now = timezone.now()
    mine = CertificateBundle.objects.filter(requested_by=actor, fingerprint=fingerprint)
    with transaction.atomic():
        in_progress = mine.select_for_update().filter(status__in=OPEN_BUNDLE_STATUSES).first()
        if in_progress is not None and in_progress.created_at >= now - BUNDLE_ABANDONED_AFTER:
            return in_progress
        if in_progress is not None:
            mine.filter(pk=in_progress.pk).update(
                status=BundleStatus.FAILED, finished_at=now, error="abandoned: no progress within the time limit"
            )
        recent = (
            mine.filter(status=BundleStatus.DONE, finished_at__gte=now - BUNDLE_REUSE_WINDOW)
            .exclude(file="")
            .order_by("-finished_at")
            .first()
        )
        if recent is not None and recent.file.storage.exists(recent.file.name):
            return recent
        try:
            with transaction.atomic():
                bundle = CertificateBundle.objects.create(
                    requested_by=actor,
                    region_id=scope.region_id,
                    certificate_ids=ids,
                    fingerprint=fingerprint,
                    skipped_revoked=skipped_revoked,
                    total=len(ids),
                )
        except IntegrityError:  # the same selection, posted twice at once: the other request won
            return mine.get(status__in=OPEN_BUNDLE_STATUSES)
        # Certificates carry names: a bulk download is an export of personal data (DOMAIN §8.1).
        AuditEvent.objects.create(
            actor=actor,
            action=AuditAction.CERTIFICATES_EXPORTED,
            region_id=scope.region_id,
            details={"bundle": bundle.pk, "certificates": len(ids)},
        )
        from certificates.tasks import build_certificate_bundle_task

        build_certificate_bundle_task.delay_on_commit(bundle.pk)
    return bundle


def bundle_member_name(certificate: Certificate) -> str:
    """`<holder-name-slug>-<course_code>-<code>.pdf`: unique through the code, safe on any disk."""
    holder = slugify(certificate.holder_name) or "certificaat"
    course = slugify(certificate.course_code) or f"cursus{certificate.course_id}"
    return f"{holder}-{course}-{certificate.code}.pdf"


def bundle_overview_csv(certificates: list[Certificate]) -> bytes:
    """The overview in the ZIP: one line per certificate. Semicolons and a byte-order mark, so Dutch
    Excel opens it in columns with the accents intact."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    with translation.override(settings.LANGUAGE_CODE):
        writer.writerow(
            [
                _("Naam"),
                _("Cursus"),
                _("Cursuscode"),
                _("Uitgegeven"),
                _("Geldig tot"),
                _("Status"),
                _("Verificatiecode"),
                _("Bestand"),
            ]
        )
        for c in certificates:
            writer.writerow(
                [
                    spreadsheet_safe(c.holder_name),
                    spreadsheet_safe(c.course_title),
                    spreadsheet_safe(c.course_code),
                    c.issued_on.isoformat(),
                    c.expires_on.isoformat(),
                    str(c.get_status_display()),
                    c.grouped_code,
                    bundle_member_name(c),
                ]
            )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _certificate_pdf_bytes(certificate: Certificate) -> bytes:
    """The stored PDF, or a fresh one stored on the certificate when it has none (or the file is
    gone) — the same file render_certificate_task makes, without its e-mail."""
    if certificate.pdf:
        try:
            with certificate.pdf.storage.open(certificate.pdf.name, "rb") as stored:
                return stored.read()
        except FileNotFoundError:
            pass
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if not (locked.pdf and locked.pdf.storage.exists(locked.pdf.name)):
            store_certificate_pdf(locked)
    with locked.pdf.storage.open(locked.pdf.name, "rb") as stored:
        return stored.read()


def bundle_file_name(bundle: CertificateBundle) -> str:
    """Fixed per bundle (a rebuild overwrites it) and unguessable without SECRET_KEY, in case the
    media folder is ever served directly."""
    secret = salted_hmac("certificates.bundle", str(bundle.pk), algorithm="sha256").hexdigest()[:24]
    return f"bundel-{bundle.pk}-{secret}.zip"


def build_bundle(*, bundle_id: int) -> str:
    """Write the bundle's ZIP — one PDF per certificate and `overzicht.csv` — to media storage.

    Called by build_certificate_bundle_task. A done or failed bundle is left alone; a re-run of a
    running one (a worker died, a retry) starts again and overwrites the same file name. The
    certificates are scoped again to the requester and revoked ones dropped, in case something
    changed since the request. Progress goes out with queryset updates outside any transaction, so a
    polling page sees it; an update that finds the bundle no longer running (replaced as abandoned)
    stops the build. Returns a short outcome for the task log. Errors propagate to the task.
    """
    with transaction.atomic():
        bundle = (
            CertificateBundle.objects.select_for_update().select_related("requested_by").filter(pk=bundle_id).first()
        )
        if bundle is None:
            return "missing"
        if bundle.is_finished:
            return bundle.status
        certificates = list(
            Certificate.objects.visible_to(bundle.requested_by)
            .filter(pk__in=bundle.certificate_ids, revoked_at__isnull=True)
            .select_related("course")
            .order_by("holder_name", "course_code", "pk")
        )
        bundle.status = BundleStatus.RUNNING
        bundle.total = len(certificates)
        bundle.done = 0
        bundle.save(update_fields=["status", "total", "done"])
    if not certificates:
        fail_bundle(bundle_id=bundle.pk, error="nothing left to bundle: all revoked or out of scope")
        return "failed"
    running = CertificateBundle.objects.filter(pk=bundle.pk, status=BundleStatus.RUNNING)
    with tempfile.TemporaryFile(suffix=".zip") as scratch:
        # PDFs are compressed already; deflate still saves a little on their fonts and the CSV.
        with zipfile.ZipFile(scratch, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for number, certificate in enumerate(certificates, start=1):
                archive.writestr(bundle_member_name(certificate), _certificate_pdf_bytes(certificate))
                progress_due = number % BUNDLE_PROGRESS_EVERY == 0 and number < len(certificates)
                if progress_due and not running.update(done=number):
                    return "superseded"
            archive.writestr("overzicht.csv", bundle_overview_csv(certificates))
        scratch.seek(0)
        stored = store_finished_file(
            running,
            bundle.file,
            "certificate-bundles",
            bundle_file_name(bundle),
            scratch,
            done=len(certificates),
            status=BundleStatus.DONE,
            finished_at=timezone.now(),
        )
        if not stored:
            return "superseded"
    logger.info("certificate bundle %s built with %s certificates", bundle.pk, len(certificates))
    return "done"


def fail_bundle(*, bundle_id: int, error: str) -> None:
    """Mark an unfinished bundle failed; the status page then asks to try again. `error` is for
    the logs and the admin, not shown to the requester."""
    CertificateBundle.objects.filter(pk=bundle_id, status__in=OPEN_BUNDLE_STATUSES).update(
        status=BundleStatus.FAILED, finished_at=timezone.now(), error=error[:2000]
    )


# --- Erasure and retention (registered in apps.py; see organisations.erasure and .retention) ----

#: The holder of a certificate whose person was erased. Stored data, not UI text: the verification
#: page recognises it and explains it in the visitor's language.
ERASED_HOLDER = "geanonimiseerde houder"
#: The revocation reason of a certificate that was still valid when its holder was erased.
ERASURE_REASON = "gegevens gewist op verzoek"


def _expire_bundle(bundle: CertificateBundle, files) -> None:
    """Delete the bundle's ZIP (after commit) and mark it expired. A bundle still being built
    stops at its next progress update (its status is no longer running) and deletes its file."""
    files.delete_file_later(bundle.file)
    CertificateBundle.objects.filter(pk=bundle.pk).update(
        status=BundleStatus.EXPIRED, file="", finished_at=bundle.finished_at or timezone.now()
    )


def erase_holder(erasure) -> dict[str, int]:
    """An erased person's certificates stay (the code still answers), anonymised and revoked; the
    PDFs with their name go, and so do the ZIPs that hold one of them or that they asked for."""
    person = erasure.person
    anonymised = revoked = pdfs = 0
    mine = set()
    for certificate in Certificate.objects.select_for_update().filter(user=person).order_by("pk"):
        mine.add(certificate.pk)
        fields = []
        if certificate.pdf:
            erasure.delete_file_later(certificate.pdf)
            certificate.pdf = ""
            certificate.pdf_rendered_at = None
            fields += ["pdf", "pdf_rendered_at"]
            pdfs += 1
        if certificate.holder_name != ERASED_HOLDER:
            certificate.holder_name = ERASED_HOLDER
            fields.append("holder_name")
            anonymised += 1
        if certificate.revoked_at is None:
            certificate.revoked_at = erasure.now
            certificate.revoked_reason = ERASURE_REASON
            certificate.revoked_by = erasure.actor
            fields += ["revoked_at", "revoked_reason", "revoked_by"]
            revoked += 1
        else:
            # Revoked earlier for a reason of its own: keep the reason, without the name in it.
            reason = erasure.scrub(certificate.revoked_reason)
            if reason != certificate.revoked_reason:
                certificate.revoked_reason = reason
                fields.append("revoked_reason")
        if fields:
            certificate.save(update_fields=fields)
    bundles = 0
    with_files = CertificateBundle.objects.select_for_update().filter(
        status__in=[BundleStatus.DONE, BundleStatus.RUNNING]
    )
    for bundle in with_files:
        if bundle.requested_by_id == person.pk or mine.intersection(bundle.certificate_ids):
            _expire_bundle(bundle, erasure)
            bundles += 1
    return {"certificates_anonymised": anonymised, "certificates_revoked": revoked, "pdfs": pdfs, "bundles": bundles}


def expire_bundles(retention) -> dict[str, int]:
    """ZIPs finished before the export-file cut-off are deleted; their rows stay, marked expired."""
    old = CertificateBundle.objects.select_for_update().filter(
        status=BundleStatus.DONE, finished_at__lt=retention.export_files_before
    )
    expired = 0
    for bundle in old:
        _expire_bundle(bundle, retention)
        expired += 1
    return {"bundles": expired}
