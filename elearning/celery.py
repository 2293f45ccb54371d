"""The Celery application. Without CELERY_BROKER_URL, tasks run eagerly in the web process."""

import os

from celery import Celery
from celery.signals import before_task_publish, setup_logging, task_postrun, task_prerun

from elearning import broker, requestid

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearning.settings")
# Before the first connection: redis:// resolves to the repaired transport (elearning/broker.py).
broker.install()

# OutboxTask: `delay_on_commit` writes to the transactional outbox when a broker is configured.
app = Celery("elearning", task_cls="elearning.outbox.task:OutboxTask")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


# --- Request id and logging (elearning/requestid.py, elearning/logging.py) ----------------------
# The web request's id travels in a message header, so that the worker's log lines of a task can be
# found from the request that enqueued it, and the other way round.


@before_task_publish.connect
def _carry_request_id(headers=None, **kwargs):
    request_id = requestid.REQUEST_ID.get()
    # An id already in the headers (a retry, a message relayed later) stays.
    if request_id and headers is not None and not headers.get(requestid.TASK_HEADER):
        headers[requestid.TASK_HEADER] = request_id


_task_tokens: dict = {}


@task_prerun.connect
def _enter_task_context(task_id=None, task=None, **kwargs):
    # A custom message header becomes an attribute of the task's request in the worker; in eager
    # mode there is no message, and the id of the request that runs the task stays.
    request_id = getattr(task.request, requestid.TASK_HEADER, None)
    _task_tokens[task_id] = requestid.enter_task(task_id=task_id, task_name=task.name, request_id=request_id)


@task_postrun.connect
def _leave_task_context(task_id=None, **kwargs):
    tokens = _task_tokens.pop(task_id, None)
    if tokens is not None:
        requestid.leave_task(tokens)


@setup_logging.connect
def _use_django_logging(**kwargs):
    # With a receiver here Celery leaves the root logger alone instead of installing its own
    # format: worker and beat log through settings.LOGGING, JSON lines with the request id included.
    from logging.config import dictConfig

    from django.conf import settings

    dictConfig(settings.LOGGING)
