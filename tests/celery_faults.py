"""Fault injection for the worker tests; never imported by the platform itself.

A test worker loads it with `celery worker --include tests.celery_faults`. With FAULT_PAUSE_DIR
set, every delivery of `render_certificate_task` writes `<dir>/started-<n>` (n counts the
deliveries so far: the number of started-* files already there) holding the PID of the pool child
that runs it, the task id and whether the broker flagged the message as redelivered. The first
delivery then sleeps FAULT_PAUSE_SECONDS (default 60) before the task body starts, so the test can
kill that child in the middle of the task.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from celery.signals import task_prerun

TASK_NAME = "certificates.tasks.render_certificate_task"


@task_prerun.connect(weak=False)
def pause_first_delivery(sender=None, task_id=None, task=None, **kwargs):
    directory = os.environ.get("FAULT_PAUSE_DIR")
    if not directory or sender is None or sender.name != TASK_NAME:
        return
    directory = Path(directory)
    delivery = len(list(directory.glob("started-*")))
    delivery_info = getattr(sender.request, "delivery_info", None) or {}
    record = {
        "pid": os.getpid(),
        "task_id": task_id,
        "redelivered": bool(delivery_info.get("redelivered")),
        "time": time.time(),
    }
    # Written aside and renamed: the test never reads a half-written marker.
    partial = directory / f".started-{delivery}.partial"
    partial.write_text(json.dumps(record))
    partial.rename(directory / f"started-{delivery}")
    if delivery == 0:
        time.sleep(float(os.environ.get("FAULT_PAUSE_SECONDS", "60")))
