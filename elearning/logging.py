"""Log records with their request and task context, as JSON lines or as plain text.

settings.LOGGING wires these up: RequestContextFilter on the console handler, and the formatter
that LOG_FORMAT names (json in production, plain in development). Log lines identify people only
by their user pk: e-mail addresses in messages and exception texts are masked, because a log ends
up in places (a log service, a support ticket) that the platform's access rules do not reach.
"""

from __future__ import annotations

import json
import logging
import re
from datetime import UTC, datetime

from elearning.requestid import current_context

# Deliberately broad: masking a word that only looks like an address costs nothing.
_EMAIL = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
EMAIL_MASK = "[e-mail]"

#: Extra attributes that a log call may pass (`extra={...}`) and the JSON line then carries.
EXTRA_FIELDS = ("http_method", "http_route", "http_status", "duration_ms")

_CONTEXT_FIELDS = ("request_id", "user_id", "task_name", "task_id")


def mask_emails(text: str) -> str:
    return _EMAIL.sub(EMAIL_MASK, text)


def add_context(record: logging.LogRecord) -> None:
    """Put request id, user pk and task on the record, unless a filter already did."""
    if hasattr(record, "request_id"):
        return
    for field, value in current_context().items():
        setattr(record, field, value)


class RequestContextFilter(logging.Filter):
    """On a handler, so that records propagated from every logger pass through it."""

    def filter(self, record: logging.LogRecord) -> bool:
        add_context(record)
        return True


class PlainFormatter(logging.Formatter):
    """One readable line, with the request id in brackets ("-" outside requests and tasks)."""

    def __init__(self, fmt: str | None = None, datefmt: str | None = None) -> None:
        super().__init__(fmt or "%(asctime)s %(levelname)s %(name)s [%(request_id_or_dash)s] %(message)s", datefmt)

    def format(self, record: logging.LogRecord) -> str:
        add_context(record)
        record.request_id_or_dash = record.request_id or "-"
        return mask_emails(super().format(record))


class JsonFormatter(logging.Formatter):
    """One JSON object per line, for a log collector to index by request id, task or level."""

    def format(self, record: logging.LogRecord) -> str:
        add_context(record)
        created = datetime.fromtimestamp(record.created, tz=UTC)
        entry = {
            "time": created.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": mask_emails(record.getMessage()),
            "request_id": record.request_id,
        }
        for field in _CONTEXT_FIELDS[1:]:
            value = getattr(record, field, None)
            if value is not None:
                entry[field] = value
        for field in EXTRA_FIELDS:
            if hasattr(record, field):
                entry[field] = getattr(record, field)
        if record.exc_info:
            entry["exception"] = mask_emails(self.formatException(record.exc_info))
        elif record.exc_text:
            entry["exception"] = mask_emails(record.exc_text)
        if record.stack_info:
            entry["stack"] = mask_emails(self.formatStack(record.stack_info))
        # default=str: an odd object passed in `extra` must not cost the whole line.
        return json.dumps(entry, ensure_ascii=False, default=str)
