"""Shared tools of the fault tests: waiting, reading a worker's log and mail folder, publishing."""

from __future__ import annotations

import contextlib
import email
import re
import time
from collections import Counter
from pathlib import Path

from django.apps import apps
from django.conf import settings

#: The separator Django's file e-mail backend writes after every message.
MAIL_SEPARATOR = "\n" + "-" * 79 + "\n"


def wait_for(condition, seconds: float = 60.0, interval: float = 0.2) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return False


def mails(mail_dir: Path) -> list[email.message.Message]:
    """Every message the worker sent: one file per mail connection, messages separated by a line."""
    messages = []
    for path in sorted(mail_dir.iterdir()):
        for chunk in path.read_text().split(MAIL_SEPARATOR):
            if chunk.strip():
                messages.append(email.message_from_string(chunk))
    return messages


def recipients(messages) -> Counter:
    """How many messages each address received (To only: the platform sends no Cc or Bcc)."""
    counts = Counter()
    for message in messages:
        for address in (message.get("To") or "").split(","):
            counts[address.strip()] += 1
    return counts


@contextlib.contextmanager
def tasks_in_process():
    """Set-up data without bothering the worker: tasks the set-up triggers (requirement refreshes
    from signals) run eagerly here, so the worker sees only the messages the test publishes."""
    from elearning.celery import app

    app.conf.task_always_eager = True
    try:
        yield
    finally:
        app.conf.task_always_eager = False


def our_task_names() -> set[str]:
    """The registered Celery tasks of this project's own apps (not Celery's built-ins)."""
    from elearning.celery import app

    app.loader.import_default_modules()
    base = Path(settings.BASE_DIR).resolve()
    ours = {config.name for config in apps.get_app_configs() if Path(config.path).resolve().is_relative_to(base)}
    ours.add("elearning")
    return {name for name in app.tasks if name.split(".")[0] in ours}


_TASK_LINE = re.compile(
    r"Task (?P<name>[\w.]+)\[(?P<id>[\w-]+)\] (?P<event>received|succeeded in [\d.e-]+s: (?P<result>.*)|"
    r"raised unexpected|retry|ignored|rejected)"
)


class TaskLog:
    """What a worker's INFO log says about each task id: received, succeeded (with the return
    value's repr), failed or retried."""

    def __init__(self, text: str):
        self.received: Counter = Counter()
        self.finished: Counter = Counter()
        self.succeeded: dict[str, list[str]] = {}
        self.failed: Counter = Counter()
        self.names: dict[str, str] = {}
        for match in _TASK_LINE.finditer(text):
            task_id, event = match["id"], match["event"]
            self.names[task_id] = match["name"]
            if event == "received":
                self.received[task_id] += 1
            else:
                self.finished[task_id] += 1
                if event.startswith("succeeded"):
                    self.succeeded.setdefault(task_id, []).append(match["result"].strip())
                elif event in ("raised unexpected", "rejected"):
                    self.failed[task_id] += 1

    def idle(self) -> bool:
        """Every message received so far has run to an end (success, failure or a retry)."""
        return all(self.finished[task_id] >= count for task_id, count in self.received.items())

    def results_of(self, name: str) -> list[str]:
        """The return values (repr) of every successful run of the task called `name`."""
        return [
            result for task_id, results in self.succeeded.items() if self.names[task_id] == name for result in results
        ]


def start_worker(start_celery_worker, concurrency: int = 2):
    """A real worker (the `start_celery_worker` fixture's) whose mail files never share a name."""
    return start_celery_worker(extra_args=("--include", "tests.faults.worker_mail"), concurrency=concurrency)


def wait_until_idle(worker, expected_runs: dict[str, int], seconds: float = 120.0) -> TaskLog:
    """Wait until the worker finished at least `expected_runs[task_id]` runs of each task id and
    nothing else it received is still running; then once more after a pause, so a message that
    fans out (a task enqueueing others) is seen through. Returns the final log."""

    def settled():
        log = TaskLog(worker.log())
        return all(log.finished[task_id] >= runs for task_id, runs in expected_runs.items()) and log.idle()

    assert wait_for(settled, seconds), "the worker did not finish in time:\n" + worker.log()
    time.sleep(1.5)
    assert wait_for(settled, seconds), "the worker did not finish in time:\n" + worker.log()
    return TaskLog(worker.log())
