"""Certificate tasks: thin, keyed by id, idempotent, safe under acks_late."""

from __future__ import annotations

import logging

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from certificates.models import Certificate
from certificates.services import build_bundle, fail_bundle, store_certificate_pdf

logger = logging.getLogger(__name__)


@shared_task(
    autoretry_for=(ConnectionError, TimeoutError, OSError),
    retry_backoff=True,
    retry_backoff_max=600,
    max_retries=6,
)
def render_certificate_task(certificate_id: int) -> str:
    """Render the PDF into media storage, then mail the holder a link — the mail only once.

    Runs twice without harm: the file name is fixed by the code, so a re-run overwrites the same
    file with the same document; `emailed_at` is set in the transaction that holds the row lock, so
    a redelivered task (worker killed after sending, before acking) finds it set. A vanished
    certificate is skipped.
    """
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().select_related("user").filter(pk=certificate_id).first()
        if certificate is None:
            return "missing"
        store_certificate_pdf(certificate)
        if certificate.emailed_at is not None or certificate.revoked_at is not None:
            return "rendered"
        context = {
            "certificate": certificate,
            "person": certificate.user,
            "link": settings.SITE_URL + reverse("courses:my_learning") + "#certificaten",
            "verify": settings.SITE_URL + reverse("certificates:verify_code", args=[certificate.code]),
        }
        with translation.override(settings.LANGUAGE_CODE):
            subject = render_to_string("certificates/email/issued_subject.txt", context).strip()
            body = render_to_string("certificates/email/issued_body.txt", context)
        send_mail(subject, body, None, [certificate.user.email])
        certificate.emailed_at = timezone.now()
        certificate.save(update_fields=["emailed_at"])
    logger.info("certificate %s rendered and mailed", certificate_id)
    return "rendered-and-mailed"


@shared_task
def send_expiry_reminders_task() -> dict:
    """Beat, daily: reminders 90 and 30 days before expiry, and the managers' digest."""
    from certificates.services import open_recertification_windows, send_expiry_reminders

    return {"recertifications_opened": open_recertification_windows(), **send_expiry_reminders()}


@shared_task(autoretry_for=(ConnectionError, TimeoutError, OSError), retry_backoff=True, max_retries=6)
def open_revision_renewals_task(course_id: int) -> int:
    """After a major revision: renewals for holders of older-version certificates (idempotent)."""
    from certificates.services import open_revision_renewals

    return open_revision_renewals(course_id=course_id)


#: Errors worth another try later: storage or network hiccups, a full disk, a slow database.
TRANSIENT_ERRORS = (ConnectionError, TimeoutError, OSError)


@shared_task(bind=True, acks_late=True, max_retries=5)
def build_certificate_bundle_task(self, bundle_id: int) -> str:
    """Build a requested bundle's ZIP (certificates.services.build_bundle) and report progress.

    Keyed by the bundle id; idempotent: a done bundle is skipped, a re-run after a crash builds
    again into the same file name. Transient errors are retried with backoff; when the retries run
    out, or on any other error, the bundle is marked failed so the waiting page says so instead of
    waiting for ever. No e-mail: the requester is on the page.
    """
    try:
        return build_bundle(bundle_id=bundle_id)
    except TRANSIENT_ERRORS as error:
        if self.request.retries < self.max_retries:
            raise self.retry(exc=error, countdown=min(600, 10 * 2**self.request.retries)) from error
        logger.exception("certificate bundle %s failed after %s retries", bundle_id, self.request.retries)
        fail_bundle(bundle_id=bundle_id, error=f"{type(error).__name__}: {error}")
        return "failed"
    except Exception as error:
        # Not transient (a broken template, a bug): another try gives the same result.
        logger.exception("certificate bundle %s failed", bundle_id)
        fail_bundle(bundle_id=bundle_id, error=f"{type(error).__name__}: {error}")
        return "failed"
