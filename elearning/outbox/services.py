"""Store, publish and relay outbox messages. See the package docstring for why."""

from __future__ import annotations

import logging
import time
from datetime import timedelta

from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from elearning import requestid
from elearning.outbox.models import OutboxMessage

logger = logging.getLogger(__name__)

CLAIM_TIMEOUT = timedelta(minutes=5)
KEEP_PUBLISHED = timedelta(days=7)
#: Seconds a publish may take to reach the broker before it is left to the relay.
PUBLISH_CONNECT_TIMEOUT = 2
#: After a failed publish this process leaves new messages to the relay for a while: a refused
#: connection still costs redis-py's retries (about 2 s), which one request may pay, not every one.
BROKER_BACKOFF_SECONDS = 15.0
_broker_down_until = 0.0


def store(task_name: str, args: tuple | list, kwargs: dict) -> OutboxMessage:
    """Write the message in the caller's transaction: it exists exactly when the change does."""
    return OutboxMessage.objects.create(
        task_name=task_name, args=list(args), kwargs=dict(kwargs), request_id=requestid.REQUEST_ID.get() or ""
    )


def _claimable() -> Q:
    return Q(published_at__isnull=True) & (
        Q(claimed_at__isnull=True) | Q(claimed_at__lt=timezone.now() - CLAIM_TIMEOUT)
    )


def publish(message_id: int) -> bool:
    """Publish one message if nobody else is; True when it is (or was already) on the broker."""
    global _broker_down_until
    from elearning.celery import app

    now = timezone.now()
    if not OutboxMessage.objects.filter(_claimable(), pk=message_id).update(claimed_at=now):
        return OutboxMessage.objects.filter(pk=message_id, published_at__isnull=False).exists()
    message = OutboxMessage.objects.get(pk=message_id)
    try:
        with app.connection_for_write(connect_timeout=PUBLISH_CONNECT_TIMEOUT) as connection:
            app.send_task(
                message.task_name,
                args=message.args,
                kwargs=message.kwargs,
                task_id=str(message.task_id),
                connection=connection,
                retry=False,
                headers={requestid.TASK_HEADER: message.request_id} if message.request_id else None,
            )
    except Exception as error:  # noqa: BLE001  (any broker failure leaves the message to the relay)
        _broker_down_until = time.monotonic() + BROKER_BACKOFF_SECONDS
        OutboxMessage.objects.filter(pk=message_id, claimed_at=now).update(
            claimed_at=None, failures=F("failures") + 1, last_error=f"{type(error).__name__}: {error}"[:300]
        )
        logger.warning("outbox: %s %s waits for the broker (%s)", message.task_name, message.task_id, error)
        return False
    OutboxMessage.objects.filter(pk=message_id).update(published_at=timezone.now())
    _broker_down_until = 0.0
    return True


def publish_on_commit(task_name: str, args: tuple | list, kwargs: dict) -> None:
    message = store(task_name, args, kwargs)
    transaction.on_commit(lambda: _publish_unless_backing_off(message.pk))


def publish_now(task_name: str, args: tuple | list, kwargs: dict) -> None:
    _publish_unless_backing_off(store(task_name, args, kwargs).pk)


def _publish_unless_backing_off(message_id: int) -> None:
    if time.monotonic() < _broker_down_until:
        return  # the broker failed moments ago: the relay publishes this one
    publish(message_id)


def relay(limit: int = 1000) -> dict:
    """Publish waiting messages, oldest first; stop at the first failure (the broker is still down)."""
    published = 0
    waiting = list(OutboxMessage.objects.filter(_claimable()).order_by("pk").values_list("pk", flat=True)[:limit])
    for message_id in waiting:
        if not publish(message_id):
            break
        published += 1
    removed, _ = OutboxMessage.objects.filter(published_at__lt=timezone.now() - KEEP_PUBLISHED).delete()
    return {"published": published, "waiting": len(waiting) - published, "removed": removed}


def backlog() -> dict:
    """For /healthz: how many messages wait and how long the oldest has waited."""
    pending = OutboxMessage.objects.filter(published_at__isnull=True)
    oldest = pending.order_by("created_at").values_list("created_at", flat=True).first()
    return {
        "pending": pending.count(),
        "oldest_seconds": round((timezone.now() - oldest).total_seconds()) if oldest else 0,
    }
