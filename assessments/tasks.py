"""Assessment tasks: thin, keyed by id, safe to run twice."""

from __future__ import annotations

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from assessments import services
from assessments.models import Attempt, AttemptStatus


@shared_task(autoretry_for=(ConnectionError, TimeoutError, OSError), retry_backoff=True, max_retries=6)
def notify_attempt_graded_task(attempt_id: int) -> str:
    """Tell the learner their result is final. Once: the row is locked and `graded_notified_at`
    is set in the same transaction as the send, so a re-run (acks_late, retry) mails nothing."""
    with transaction.atomic():
        attempt = (
            Attempt.objects.select_for_update(of=("self",))
            .select_related("user", "assessment")
            .filter(pk=attempt_id)
            .first()
        )
        if attempt is None:
            return "missing"
        if attempt.graded_notified_at is not None:
            return "already-sent"
        if attempt.status != AttemptStatus.FINAL:
            return "not-final"
        context = {
            "attempt": attempt,
            "person": attempt.user,
            "link": settings.SITE_URL + reverse("assessments:result", args=[attempt.pk]),
        }
        with translation.override(settings.LANGUAGE_CODE):
            subject = render_to_string("assessments/email/graded_subject.txt", context).strip()
            body = render_to_string("assessments/email/graded_body.txt", context)
        send_mail(subject, body, None, [attempt.user.email])
        attempt.graded_notified_at = timezone.now()
        attempt.save(update_fields=["graded_notified_at"])
    return "sent"


@shared_task
def close_expired_attempts_task() -> int:
    """Beat, every minute: submit attempts whose time ran out while nobody was looking."""
    return services.close_expired_attempts()
