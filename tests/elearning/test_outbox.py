"""The transactional outbox: a task exists exactly when the change that needs it commits, a broker
that is down costs a request at most one short failed connect, and every waiting message is
published exactly once when the broker is back.

These run without Redis: port 1 on the loopback refuses connections (a real, fast failure), and
kombu's in-memory transport stands in for a broker that answers. The same path against a real Redis
that is stopped and started again is tests/faults/test_broker_down.py."""

from __future__ import annotations

import time

import pytest
from django.db import transaction

from elearning.celery import app
from elearning.outbox import services as outbox
from elearning.outbox.models import OutboxMessage
from elearning.outbox.tasks import relay_outbox_task

pytestmark = pytest.mark.django_db

REFUSING_BROKER = "redis://127.0.0.1:1/0"


@pytest.fixture
def broker(monkeypatch, settings):
    """Send tasks to a broker instead of running them in-process; `broker(url)` picks which one."""

    def use(url: str) -> None:
        # Celery reads CELERY_BROKER_URL from the environment before its own configuration.
        monkeypatch.setenv("CELERY_BROKER_URL", url)
        settings.CELERY_BROKER_URL = url
        app.conf.broker_url = url
        app.conf.task_always_eager = False

    monkeypatch.setattr(outbox, "_broker_down_until", 0.0)
    return use


def _queued_messages() -> list:
    messages = []
    with app.connection_for_read("memory://") as connection:
        queue = connection.SimpleQueue("celery")
        while True:
            try:
                message = queue.get(block=False)
            except queue.Empty:
                break
            messages.append(message.headers)
            message.ack()
        queue.close()
    return messages


def _queued_task_ids() -> list[str]:
    return [headers["id"] for headers in _queued_messages()]


def _enqueue_in_transaction(pk: int = 424242) -> None:
    from certificates.tasks import render_certificate_task

    with transaction.atomic():
        render_certificate_task.delay_on_commit(pk)


def test_a_rolled_back_change_leaves_no_task(broker, django_capture_on_commit_callbacks):
    from certificates.tasks import render_certificate_task

    broker("memory://")
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        render_certificate_task.delay_on_commit(1)
        raise RuntimeError("the change fails")
    assert OutboxMessage.objects.count() == 0
    assert _queued_task_ids() == []


def test_a_committed_change_publishes_its_task_with_the_outbox_id(broker, django_capture_on_commit_callbacks):
    broker("memory://")
    with django_capture_on_commit_callbacks(execute=True):
        _enqueue_in_transaction()
    message = OutboxMessage.objects.get()
    assert message.published_at is not None
    assert message.task_name == "certificates.tasks.render_certificate_task"
    assert message.args == [424242]
    assert _queued_task_ids() == [str(message.task_id)]


def test_a_message_relayed_later_still_carries_the_request_id(broker, django_capture_on_commit_callbacks):
    from elearning import requestid

    broker(REFUSING_BROKER)
    token = requestid.REQUEST_ID.set("verzoek-123")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            _enqueue_in_transaction()
    finally:
        requestid.REQUEST_ID.reset(token)
    broker("memory://")
    assert outbox.relay()["published"] == 1  # outside any request: the relay's own context
    (headers,) = _queued_messages()
    assert headers[requestid.TASK_HEADER] == "verzoek-123"


def test_enqueue_now_publishes_without_waiting_for_a_commit(broker):
    from certificates.tasks import render_certificate_task

    broker("memory://")
    render_certificate_task.enqueue_now(7)  # inside the test's transaction: no commit comes
    message = OutboxMessage.objects.get()
    assert message.published_at is not None and message.args == [7]
    assert _queued_task_ids() == [str(message.task_id)]


def test_with_the_broker_down_the_message_waits_and_the_request_does_not_hang(
    broker, django_capture_on_commit_callbacks
):
    broker(REFUSING_BROKER)
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        _enqueue_in_transaction(1)
    with django_capture_on_commit_callbacks(execute=True):
        _enqueue_in_transaction(2)
    # Generous: the first refused connect costs redis-py's retries (about 2 s); the second request
    # does not try at all while this process backs off.
    assert time.monotonic() - started < 10
    first, second = OutboxMessage.objects.order_by("pk")
    assert (first.published_at, first.failures, first.claimed_at) == (None, 1, None)
    assert "Connection refused" in first.last_error
    assert (second.published_at, second.failures) == (None, 0)
    assert outbox.backlog()["pending"] == 2


def test_healthz_shows_the_waiting_messages(broker, client, django_capture_on_commit_callbacks):
    broker(REFUSING_BROKER)
    with django_capture_on_commit_callbacks(execute=True):
        _enqueue_in_transaction()
    body = client.get("/healthz").json()
    assert body["broker"]["ok"] is False
    assert body["outbox"]["pending"] == 1


def test_the_relay_publishes_each_waiting_message_once_when_the_broker_is_back(
    broker, django_capture_on_commit_callbacks
):
    broker(REFUSING_BROKER)
    for pk in (1, 2, 3):
        with django_capture_on_commit_callbacks(execute=True):
            _enqueue_in_transaction(pk)
    assert outbox.relay() == {"published": 0, "waiting": 3, "removed": 0}  # still down: stops at once

    broker("memory://")
    # As beat would: the relay task, twice (two beats, or a redelivery).
    relay_outbox_task.apply()
    relay_outbox_task.apply()
    ids = [str(task_id) for task_id in OutboxMessage.objects.order_by("pk").values_list("task_id", flat=True)]
    assert _queued_task_ids() == ids
    assert not OutboxMessage.objects.filter(published_at__isnull=True).exists()


def test_a_claim_left_by_a_dead_process_is_taken_over_after_the_timeout(broker):
    from datetime import timedelta

    from django.utils import timezone

    broker("memory://")
    fresh = OutboxMessage.objects.create(task_name="x.fresh", claimed_at=timezone.now())
    stale = OutboxMessage.objects.create(
        task_name="x.stale", claimed_at=timezone.now() - outbox.CLAIM_TIMEOUT - timedelta(seconds=1)
    )
    assert outbox.relay()["published"] == 1
    fresh.refresh_from_db()
    stale.refresh_from_db()
    assert fresh.published_at is None  # someone is publishing it right now
    assert stale.published_at is not None
    assert _queued_task_ids() == [str(stale.task_id)]


def test_in_process_mode_runs_the_task_after_commit_without_an_outbox(monkeypatch, django_capture_on_commit_callbacks):
    from dashboards.tasks import rebuild_requirements_task

    ran = []
    monkeypatch.setattr(rebuild_requirements_task, "run", lambda: ran.append("ran"))
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        rebuild_requirements_task.delay_on_commit()
        assert ran == []  # not before commit
    assert ran == ["ran"]
    assert OutboxMessage.objects.count() == 0
