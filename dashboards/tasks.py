"""Dashboard tasks: thin and idempotent (each rebuilds or upserts, so a redelivery does no harm)."""

from __future__ import annotations

import logging

from celery import shared_task

logger = logging.getLogger(__name__)

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


@shared_task(bind=True, acks_late=True, max_retries=5)
def build_readiness_export_task(self, export_id: int) -> str:
    """Build a requested readiness export (dashboards.services.build_export) with progress.

    Keyed by the export id; idempotent: a finished export is skipped, a re-run after a crash builds
    again into the same file name. Transient errors are retried with backoff; when the retries run
    out, or on any other error, the export is marked failed so the waiting page says so instead of
    waiting for ever.
    """
    from dashboards.services import build_export, fail_export

    try:
        return build_export(export_id=export_id)
    except TRANSIENT as error:
        if self.request.retries < self.max_retries:
            raise self.retry(exc=error, countdown=min(600, 10 * 2**self.request.retries)) from error
        logger.exception("readiness export %s failed after %s retries", export_id, self.request.retries)
        fail_export(export_id=export_id, error=f"{type(error).__name__}: {error}")
        return "failed"
    except Exception as error:
        # Not transient (a bug, a broken template): another try gives the same result.
        logger.exception("readiness export %s failed", export_id)
        fail_export(export_id=export_id, error=f"{type(error).__name__}: {error}")
        return "failed"


@shared_task(autoretry_for=TRANSIENT, retry_backoff=True, max_retries=3)
def send_monthly_reports_task() -> int:
    """Beat, on the first of the month: fan out one report task per region with managers."""
    from dashboards.services import send_monthly_reports

    return send_monthly_reports()


@shared_task(acks_late=True, autoretry_for=TRANSIENT, retry_backoff=True, retry_backoff_max=600, max_retries=6)
def send_region_report_task(region_id: int, month: str) -> str:
    """One region's monthly PDF report to its managers; once per region and month (MonthlyReport),
    so a redelivery or a second beat process sends nothing twice. `month` is an ISO date."""
    from datetime import date

    from dashboards.services import send_region_report

    return send_region_report(region_id=region_id, month=date.fromisoformat(month))


@shared_task
def warm_dashboard_caches_task() -> int:
    """Beat, every few minutes: recompute the national figures and each region's competence
    strengths before their cache runs out, so no page waits for a country-wide aggregate."""
    from dashboards.selectors import competence_strengths, national_figures
    from organisations.models import Region

    national_figures(refresh=True)
    regions = list(Region.objects.active())
    for region in regions:
        competence_strengths(region, refresh=True)
    return len(regions)
