"""Dashboard tasks: thin and idempotent (each rebuilds or upserts, so a redelivery does no harm)."""

from __future__ import annotations

from celery import shared_task

TRANSIENT = (ConnectionError, TimeoutError, OSError)


@shared_task(autoretry_for=TRANSIENT, retry_backoff=True, max_retries=6)
def refresh_requirements_task(user_ids: list[int]) -> int:
    from dashboards.readiness import refresh_requirements

    return refresh_requirements(user_ids)


@shared_task(autoretry_for=TRANSIENT, retry_backoff=True, max_retries=3)
def rebuild_requirements_task() -> int:
    """Nightly, and after changes that touch many people (a learning path, a course revision)."""
    from dashboards.readiness import rebuild_all_requirements

    return rebuild_all_requirements()


@shared_task(autoretry_for=TRANSIENT, retry_backoff=True, max_retries=6)
def take_snapshot_task() -> int:
    """Beat, on the first of the month: each region's readiness for the trend."""
    from dashboards.services import take_snapshot

    return take_snapshot()


@shared_task(autoretry_for=TRANSIENT, retry_backoff=True, max_retries=6)
def send_readiness_reminder_task(reminder_id: int) -> str:
    from dashboards.services import send_readiness_reminder

    return send_readiness_reminder(reminder_id=reminder_id)
