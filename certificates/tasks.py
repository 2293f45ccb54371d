"""Certificate tasks: thin, keyed by id, idempotent, safe under acks_late."""

from __future__ import annotations

import logging

from celery import shared_task
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from certificates.models import Certificate
from certificates.pdf import render_certificate_pdf
from certificates.selectors import pdf_context

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
        pdf = render_certificate_pdf(pdf_context(certificate))
        name = f"certificates/{certificate.code}.pdf"
        if certificate.pdf and certificate.pdf.name:
            certificate.pdf.storage.delete(certificate.pdf.name)
        elif certificate.pdf.storage.exists(name):
            certificate.pdf.storage.delete(name)
        certificate.pdf.save(name.split("/")[-1], ContentFile(pdf), save=False)
        certificate.pdf_rendered_at = timezone.now()
        certificate.save(update_fields=["pdf", "pdf_rendered_at"])
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
