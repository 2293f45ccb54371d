"""Two beat processes at once (a deploy that starts a second one, a failover that keeps the old):
every scheduled job is sent twice in its period, and must take effect once.

Message level, for every entry of CELERY_BEAT_SCHEDULE: the entry's task is published twice at the
same moment with different task ids — what two beats send — to a worker with two pool processes,
and the case of that task (tests.faults.cases) counts the effect: one snapshot per region and
month, one report per region's managers, one reminder per certificate and threshold, each expired
attempt closed once. Then two real `celery beat` processes, started together after a pause (both
find every job overdue), against the same worker.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings as django_settings

from tests.conftest import _database_url_for_worker
from tests.faults.cases import CASES, EXEMPT, CloseExpiredAttempts, MonthlyReports, Outcome
from tests.faults.support import TaskLog, mails, start_worker, tasks_in_process, wait_for, wait_until_idle

#: The worker tests' database: committed rows (the worker reads them from its own connection), and the
#: reference data restored afterwards for the tests that follow.
WORKER_DB = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ROOT = Path(__file__).resolve().parents[2]
SCHEDULE = django_settings.CELERY_BEAT_SCHEDULE


def test_every_beat_entry_has_a_case():
    tasks = {name: entry["task"] for name, entry in SCHEDULE.items()}
    missing = {name: task for name, task in tasks.items() if task not in CASES and task not in EXEMPT}
    assert not missing, f"beat entries whose task has no case in tests/faults/cases.py: {missing}"


@pytest.mark.faults
@pytest.mark.worker
@WORKER_DB
@pytest.mark.parametrize("entry_name", sorted(name for name, entry in SCHEDULE.items() if entry["task"] in CASES))
def test_a_job_sent_by_two_beats_in_one_period_takes_effect_once(entry_name, start_celery_worker, settings, tmp_path):
    from elearning.celery import app

    settings.MEDIA_ROOT = tmp_path / "media"
    worker = start_worker(start_celery_worker)
    entry = SCHEDULE[entry_name]
    case = CASES[entry["task"]]()
    with tasks_in_process():
        args = case.setup()
    args = list(entry.get("args", ())) or args

    app.loader.import_default_modules()
    task = app.tasks[entry["task"]]
    ids = [str(uuid.uuid4()), str(uuid.uuid4())]
    barrier = threading.Barrier(2)

    def beat(task_id):
        barrier.wait()
        task.apply_async(args=args, kwargs=entry.get("kwargs", {}), task_id=task_id, **entry.get("options", {}))

    beats = [threading.Thread(target=beat, args=(task_id,)) for task_id in ids]
    for thread in beats:
        thread.start()
    for thread in beats:
        thread.join()

    log = wait_until_idle(worker, dict.fromkeys(ids, 1))
    assert all(len(log.succeeded.get(task_id, [])) == 1 for task_id in ids), worker.log()
    assert not log.failed, worker.log()
    case.check(Outcome(messages=mails(worker.mail_dir), media=settings.MEDIA_ROOT, log=log))


# --- Two real beat processes -----------------------------------------------------------------------


def _schedule_last_run(path: Path, days_ago: int) -> None:
    """A beat schedule file as a beat leaves it that last ran `days_ago` days ago: every entry is
    overdue when a beat starts from it (as after a maintenance window)."""
    from celery.beat import PersistentScheduler

    from elearning.celery import app

    scheduler = PersistentScheduler(app=app, schedule_filename=str(path), lazy=True)
    scheduler.setup_schedule()
    for entry in scheduler.schedule.values():
        entry.last_run_at = entry.default_now() - timedelta(days=days_ago)
    scheduler.sync()
    scheduler._store.close()


def _start_beat(schedule: Path, log_path: Path) -> tuple[subprocess.Popen, object]:
    env = {
        **os.environ,
        "DATABASE_URL": _database_url_for_worker(),
        "DEBUG": "true",
        "TESTING": "false",
    }
    log = open(log_path, "w")  # noqa: SIM115 — closed by the test
    process = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "elearning", "beat", "--loglevel=INFO", f"--schedule={schedule}"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    return process, log


@pytest.mark.faults
@pytest.mark.worker
@WORKER_DB
def test_two_real_beat_processes_started_together_send_everything_twice_and_it_counts_once(
    start_celery_worker, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path / "media"
    worker = start_worker(start_celery_worker)
    expired, reports = CloseExpiredAttempts(), MonthlyReports()
    with tasks_in_process():
        expired.setup()
        reports.setup()

    beats = []
    try:
        for number in (1, 2):
            schedule = tmp_path / f"beat-{number}-schedule"
            # 40 days: longer than the longest period (monthly), so every entry is due at start.
            _schedule_last_run(schedule, days_ago=40)
            beats.append((*_start_beat(schedule, tmp_path / f"beat-{number}.log"), tmp_path / f"beat-{number}.log"))

        def sent_everything():
            return all(
                all(f"Sending due task {name} " in log_path.read_text() for name in SCHEDULE)
                for _process, _log, log_path in beats
            )

        assert wait_for(sent_everything, 60), "\n\n".join(path.read_text() for *_rest, path in beats)
    finally:
        for process, log, _path in beats:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            log.close()

    log = wait_until_idle(worker, {})
    # Both beats really sent every job: each task arrived twice (once per beat) …
    received = {}
    for task_id, count in log.received.items():
        received[log.names[task_id]] = received.get(log.names[task_id], 0) + count
    for name, entry in SCHEDULE.items():
        assert received.get(entry["task"], 0) >= 2, (name, received)
    assert not log.failed, worker.log()
    # … and took effect once: each expired attempt closed by one run, one report per region.
    outcome = Outcome(messages=mails(worker.mail_dir), media=settings.MEDIA_ROOT, log=log)
    expired.check(outcome)
    reports.check(outcome)
    print(f"tasks received from two beats: {dict(sorted(received.items()))}")


def test_the_log_parser_reads_the_worker_lines():
    # The worker tests rely on this parser; a change of Celery's log format must fail loudly here.
    text = (
        "INFO celery.worker.strategy [-] Task a.tasks.x[1-2] received\n"
        "INFO celery.app.trace [r] Task a.tasks.x[1-2] succeeded in 0.01s: {'sent': 1}\n"
        "INFO celery.worker.strategy [-] Task a.tasks.x[3-4] received\n"
        "ERROR celery.app.trace [r] Task a.tasks.x[3-4] raised unexpected: IntegrityError('x')\n"
    )
    log = TaskLog(text)
    assert log.received == {"1-2": 1, "3-4": 1} and log.idle()
    assert log.succeeded == {"1-2": ["{'sent': 1}"]} and log.failed == {"3-4": 1}
