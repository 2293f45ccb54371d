"""A pool child killed (SIGKILL) in the middle of the certificate task: the task runs again, once.

With acks_late the message stays unacknowledged while the task runs; with reject_on_worker_lost
the worker's main process, on billiard's WorkerLostError, rejects it with requeue, so the broker
hands it to the replacement child at once (not after the 1-hour visibility timeout). The fault
module `tests.celery_faults` (loaded only by this test's worker) records every delivery and holds
the first one in task_prerun long enough to kill it.
"""

import json
import os
import signal
import time

import pytest
from django.utils import timezone

from certificates.models import Certificate
from certificates.services import issue_certificate
from courses.models import Enrolment
from tests.factories import make_course

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _wait_for(condition, seconds=60.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_a_killed_pool_child_is_redelivered_and_the_certificate_is_mailed_once(
    start_celery_worker, employee, settings, tmp_path
):
    # The worker writes media under the test process's MEDIA_ROOT (the fixture passes it on): a
    # folder of this test's own, so the listing below holds only what this task wrote.
    settings.MEDIA_ROOT = tmp_path / "media"
    faults = tmp_path / "faults"
    faults.mkdir()
    worker = start_celery_worker(
        extra_args=("--include", "tests.celery_faults"),
        extra_env={"FAULT_PAUSE_DIR": str(faults), "FAULT_PAUSE_SECONDS": "60"},
        concurrency=1,
    )
    course = make_course(lessons=1)
    enrolment = Enrolment.objects.create(
        user=employee, course=course, source="self", completed_at=timezone.now(), completed_version=1
    )
    certificate = issue_certificate(enrolment_id=enrolment.pk)  # enqueues after commit

    # First delivery: the pool child is held in task_prerun.
    assert _wait_for((faults / "started-0").exists), "the task never started:\n" + worker.log()
    first = json.loads((faults / "started-0").read_text())
    assert worker.child_pids() == [first["pid"]]  # concurrency=1: the one pool child runs it
    assert first["redelivered"] is False

    os.kill(first["pid"], signal.SIGKILL)
    killed_at = time.monotonic()

    # The main process sees the child die, rejects the message with requeue; a new child gets it.
    assert _wait_for((faults / "started-1").exists, 30), "the task was not redelivered:\n" + worker.log()
    redelivery_seconds = time.monotonic() - killed_at
    second = json.loads((faults / "started-1").read_text())
    assert second["task_id"] == first["task_id"]
    assert second["redelivered"] is True
    assert second["pid"] != first["pid"]
    assert second["pid"] in worker.child_pids()
    assert _wait_for(lambda: Certificate.objects.filter(pk=certificate.pk, emailed_at__isnull=False).exists()), (
        "the redelivered task did not finish:\n" + worker.log()
    )
    print(f"redelivered {redelivery_seconds:.2f} s after SIGKILL")

    time.sleep(5)  # room for a (wrong) third delivery or second mail to show up
    log = worker.log()
    assert "WorkerLostError" in log and "SIGKILL" in log
    assert sorted(p.name for p in faults.iterdir()) == ["started-0", "started-1"]
    certificate.refresh_from_db()
    assert certificate.pdf.name == f"certificates/{certificate.code}.pdf"
    with certificate.pdf.open("rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
    assert sorted(p.name for p in (settings.MEDIA_ROOT / "certificates").iterdir()) == [f"{certificate.code}.pdf"]
    [message] = worker.messages()
    assert certificate.grouped_code in message.as_string()
