"""A request id for every web request, carried into the Celery tasks it enqueues.

One id ties together every log line of a request and of the tasks it started, on whichever process
they ran. The id lives in context variables, which are per thread and per asyncio task, so
concurrent requests in one process never see each other's id. elearning.logging puts it on every
log record; elearning.celery copies it into task messages and back out in the worker.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from contextvars import ContextVar, Token

from django.conf import settings
from django.utils.functional import SimpleLazyObject

#: The HTTP header read from the client (or a proxy in front) and set on every response.
HEADER = "X-Request-ID"
#: The Celery message header that carries the id from the web process to the worker.
TASK_HEADER = "amhk_request_id"

REQUEST_ID: ContextVar[str | None] = ContextVar("request_id", default=None)
USER_ID: ContextVar[int | None] = ContextVar("user_id", default=None)
TASK_NAME: ContextVar[str | None] = ContextVar("task_name", default=None)
TASK_ID: ContextVar[str | None] = ContextVar("task_id", default=None)

# Anything else could smuggle line breaks or markup into log lines and log viewers.
_SANE_ID = re.compile(r"[A-Za-z0-9-]{1,64}")

access_logger = logging.getLogger("elearning.access")


def new_request_id() -> str:
    return uuid.uuid4().hex


def accept_request_id(raw: str | None) -> str:
    """The incoming id if it is short and plain, else a fresh one."""
    if raw and _SANE_ID.fullmatch(raw):
        return raw
    return new_request_id()


def _known_user_id(request) -> int | None:
    user = getattr(request, "user", None)
    if user is None:
        return None
    # A visitor without a session cookie is anonymous; not resolving the lazy user keeps such
    # requests (static files, public pages) free of a session lookup just for a log field.
    if type(user) is SimpleLazyObject and settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return None
    return user.pk if user.is_authenticated else None


class RequestIdMiddleware:
    """First in MIDDLEWARE: everything after it, including error logging, sees the id."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = accept_request_id(request.headers.get(HEADER))
        request.request_id = request_id
        id_token = REQUEST_ID.set(request_id)
        user_token = USER_ID.set(None)
        started = time.monotonic()
        try:
            response = self.get_response(request)
            response[HEADER] = request_id
            # Logging in or out during the request changes who it was for.
            USER_ID.set(_known_user_id(request))
            self._log(request, response, started)
            return response
        finally:
            USER_ID.reset(user_token)
            REQUEST_ID.reset(id_token)

    def process_view(self, request, view_func, view_args, view_kwargs):
        # Runs after AuthenticationMiddleware, so the view's log lines carry the user's pk.
        USER_ID.set(_known_user_id(request))

    @staticmethod
    def _log(request, response, started) -> None:
        if request.path.startswith(settings.STATIC_URL):
            return
        # The URL's name, never its path: paths carry invitation tokens and reset keys.
        match = request.resolver_match
        route = match.view_name if match else "-"
        duration_ms = round((time.monotonic() - started) * 1000)
        access_logger.info(
            "%s %s %s %sms",
            request.method,
            route,
            response.status_code,
            duration_ms,
            extra={
                "http_method": request.method,
                "http_route": route,
                "http_status": response.status_code,
                "duration_ms": duration_ms,
            },
        )


def enter_task(*, task_id: str | None, task_name: str | None, request_id: str | None) -> tuple[Token, ...]:
    """Set the context for a task that starts; returns what `leave_task` needs to undo it.

    The id from the message wins; without one, a task that runs in-process during a request keeps
    the request's id, and one started by beat or a shell gets its own, so the tasks it enqueues in
    turn still share an id.
    """
    if request_id is None or not _SANE_ID.fullmatch(request_id):
        request_id = REQUEST_ID.get() or new_request_id()
    return (
        REQUEST_ID.set(request_id),
        # A task acts for nobody in particular; the request line with the same id says who asked.
        USER_ID.set(None),
        TASK_NAME.set(task_name),
        TASK_ID.set(task_id),
    )


def leave_task(tokens: tuple[Token, ...]) -> None:
    for var, token in zip((REQUEST_ID, USER_ID, TASK_NAME, TASK_ID), tokens, strict=True):
        var.reset(token)


def current_context() -> dict:
    return {
        "request_id": REQUEST_ID.get(),
        "user_id": USER_ID.get(),
        "task_name": TASK_NAME.get(),
        "task_id": TASK_ID.get(),
    }
