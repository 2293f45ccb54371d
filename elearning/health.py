"""/healthz: is this web process able to serve? JSON for load balancers and monitoring."""

from __future__ import annotations

import time

from django.conf import settings
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache


def _check_database() -> dict:
    started = time.monotonic()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # noqa: BLE001  (any failure means unhealthy; the type is reported)
        return {"ok": False, "error": type(error).__name__}
    return {"ok": True, "vendor": connection.vendor, "ms": round((time.monotonic() - started) * 1000, 1)}


def _check_broker() -> dict:
    if not settings.CELERY_BROKER_URL:
        return {"ok": True, "mode": "in-process"}
    from kombu import Connection

    started = time.monotonic()
    try:
        with Connection(settings.CELERY_BROKER_URL, connect_timeout=2) as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
    except Exception as error:  # noqa: BLE001
        return {"ok": False, "mode": "broker", "error": type(error).__name__}
    return {"ok": True, "mode": "broker", "ms": round((time.monotonic() - started) * 1000, 1)}


def _outbox_backlog(database: dict) -> dict:
    """Tasks waiting for the broker. Informational: a backlog with a live broker drains within the
    relay's 30 s; one that grows while the broker is up means the relay (beat) is not running."""
    if not settings.CELERY_BROKER_URL or not database["ok"]:
        return {}
    from elearning.outbox.services import backlog

    return {"outbox": backlog()}


@never_cache
def livez(request):
    """Is this process alive? No database or broker: a load balancer's liveness probe, and the
    bare view that bench/load.py measures the platform's pages against (the same middleware)."""
    return HttpResponse("ok", content_type="text/plain")


@never_cache
def healthz(request):
    checks = {"database": _check_database(), "broker": _check_broker()}
    healthy = all(check["ok"] for check in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", **checks, **_outbox_backlog(checks["database"])},
        status=200 if healthy else 503,
    )
