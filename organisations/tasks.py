"""E-mail tasks for people. Thin: load by key, guard, call a service, send."""

from __future__ import annotations

import logging

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from organisations.models import Invitation
from organisations.services import issue_invitation_token

logger = logging.getLogger(__name__)


@shared_task(
    autoretry_for=(ConnectionError, TimeoutError, OSError),
    retry_backoff=True,
    retry_backoff_max=600,
    max_retries=6,
)
def send_invitation_email_task(invitation_id: int) -> str:
    """Mail the invitation link once.

    Safe to run twice (acks_late, retries, two workers): the row is locked, and `sent_at` is set in
    the same transaction as the token, so a second run finds it sent and mails nothing. If sending
    fails, the transaction rolls back and the retry makes a new token. A revoked, used or vanished
    invitation is skipped.
    """
    with transaction.atomic():
        invitation = Invitation.objects.select_for_update().select_related("user").filter(pk=invitation_id).first()
        if invitation is None:
            return "missing"
        if invitation.sent_at is not None:
            return "already-sent"
        if not invitation.is_usable:
            return "not-usable"
        token = issue_invitation_token(invitation=invitation)
        person = invitation.user
        context = {
            "person": person,
            "link": settings.SITE_URL + reverse("organisations:accept_invitation", args=[token]),
            "expires_at": invitation.expires_at,
            "site_url": settings.SITE_URL,
            "valid_days": settings.INVITATION_VALID_DAYS,
        }
        with translation.override(settings.LANGUAGE_CODE):
            subject = render_to_string("organisations/email/invitation_subject.txt", context).strip()
            body = render_to_string("organisations/email/invitation_body.txt", context)
            html = render_to_string("organisations/email/invitation_body.html", context)
        message = EmailMultiAlternatives(subject=subject, body=body, to=[person.email])
        message.attach_alternative(html, "text/html")
        message.send()
        invitation.sent_at = timezone.now()
        invitation.save(update_fields=["sent_at"])
    logger.info("invitation %s sent", invitation_id)
    return "sent"


@shared_task(autoretry_for=(ConnectionError, TimeoutError, OSError), retry_backoff=True, max_retries=3)
def apply_retention_task() -> int:
    """Beat, daily: delete free text and export files whose retention period is over. Idempotent
    (what is gone is not found again), so a redelivery or a second beat does no harm."""
    from organisations.retention import apply_retention

    counts = apply_retention()
    logger.info("retention applied: %s", {key: value for key, value in counts.items() if value} or "nothing due")
    return sum(counts.values())
