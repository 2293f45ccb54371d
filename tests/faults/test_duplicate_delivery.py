"""The same task message delivered twice gives one side effect — for every task of ours.

A message comes twice when the broker redelivers it (acks_late after a lost worker, Redis's
visibility timeout) or a producer publishes it again after a timeout. Here the same task id is
published twice to a real worker with two pool processes, so the two copies may run side by side,
and the effect (mails in the worker's mail folder, files under MEDIA_ROOT, rows) is counted once
both have finished. Each case lives in `tests.faults.cases`; a task without a case fails below.
"""

from __future__ import annotations

import uuid

import pytest

from tests.faults.cases import CASES, EXEMPT, Outcome
from tests.faults.support import mails, our_task_names, start_worker, tasks_in_process, wait_until_idle

#: The worker tests' database: committed rows (the worker reads them from its own connection), and the
#: reference data restored afterwards for the tests that follow.
WORKER_DB = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_every_task_has_a_duplicate_delivery_case():
    names = our_task_names()
    assert names, "no tasks found: autodiscovery changed?"
    missing = names - set(CASES) - set(EXEMPT)
    assert not missing, f"tasks without a duplicate-delivery case in tests/faults/cases.py: {sorted(missing)}"
    assert not (set(CASES) | set(EXEMPT)) - names, "cases for tasks that no longer exist"
    assert not set(CASES) & set(EXEMPT)


@pytest.mark.faults
@pytest.mark.worker
@WORKER_DB
@pytest.mark.parametrize("task_name", sorted(CASES))
def test_the_same_message_delivered_twice_has_one_effect(task_name, start_celery_worker, settings, tmp_path):
    from elearning.celery import app

    settings.MEDIA_ROOT = tmp_path / "media"
    worker = start_worker(start_celery_worker)
    case = CASES[task_name]()
    with tasks_in_process():
        args = case.setup()

    app.loader.import_default_modules()
    task = app.tasks[task_name]
    task_id = str(uuid.uuid4())
    task.apply_async(args=args, task_id=task_id)
    task.apply_async(args=args, task_id=task_id)

    log = wait_until_idle(worker, {task_id: 2})
    assert log.received[task_id] == 2
    # Both copies ran to success: a duplicate is a no-op, not an error that happens to change nothing.
    assert len(log.succeeded.get(task_id, [])) == 2, worker.log()
    assert not log.failed, worker.log()
    case.check(Outcome(messages=mails(worker.mail_dir), media=settings.MEDIA_ROOT, log=log))
