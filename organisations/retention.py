"""Retention: free text and exported files are deleted when their period is over.

Two periods, set in the environment and shown on the privacy page:

- `RETENTION_OPEN_ANSWERS_DAYS` (default 730, two years): the text of open answers in attempts
  that were final longer ago than this is emptied (the score, the rubric points and the attempt's
  result stay, so results, certificates and statistics do not change), and so are the grader's
  comments on them; reflections last edited longer ago are deleted (a reflection is only its text).
- `RETENTION_EXPORT_FILES_DAYS` (default 30): readiness exports (CSV, Excel) and certificate ZIPs
  finished longer ago are deleted from storage; their rows stay, marked expired, and their
  download then answers 410 with a Dutch explanation. A manager asks for a fresh one.

Each app registers a *retainer* in its `AppConfig.ready()` — a function in its `services.py` that
takes a `Retention` and returns counts — and `apply_retention` runs them: daily from beat
(`organisations.tasks.apply_retention_task`) or from cron (`manage.py apply_retention`). Every
retainer is idempotent: a second run finds nothing and reports zeros. Files are deleted after
the retainer's transaction commits.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.db.models.fields.files import FieldFile
from django.utils import timezone
from django.utils.module_loading import import_string


@dataclass
class Retention:
    """What each retainer gets: the moment of the run and the two cut-offs derived from it."""

    now: datetime
    open_answers_before: datetime
    export_files_before: datetime
    _files: list[tuple[Any, str]] = field(default_factory=list)

    def delete_file_later(self, file: FieldFile) -> None:
        if file and file.name:
            self._files.append((file.storage, file.name))


#: (retention) -> counts of what it deleted, e.g. {"reflections": 3}.
Retainer = Callable[[Retention], Mapping[str, int]]

_retainers: dict[str, Retainer | str] = {}


def register(name: str, retainer: Retainer | str) -> None:
    """Add (or replace: `ready()` may run twice in tests) the retainer of an app: the function, or
    its dotted path, imported on first use (as in organisations.erasure)."""
    _retainers[name] = retainer


def registered_retainers() -> list[str]:
    return list(_retainers)


def periods() -> dict[str, int]:
    """The periods in days, as configured (for the privacy page and the command's output)."""
    return {
        "open_answers_days": settings.RETENTION_OPEN_ANSWERS_DAYS,
        "export_files_days": settings.RETENTION_EXPORT_FILES_DAYS,
    }


def apply_retention(*, now: datetime | None = None) -> dict[str, int]:
    """Run every registered retainer, each in its own transaction (one failing app does not undo
    another's work; the next run retries it). Returns counts keyed "<app>.<what>"."""
    for name, days in periods().items():
        if days < 1:  # zero or less would delete today's answers and files
            raise ImproperlyConfigured(f"RETENTION_{name.upper()} must be at least 1, got {days}.")
    now = now or timezone.now()
    counts: dict[str, int] = {}
    for name, retainer in _retainers.items():
        retainer = import_string(retainer) if isinstance(retainer, str) else retainer
        retention = Retention(
            now=now,
            open_answers_before=now - timedelta(days=settings.RETENTION_OPEN_ANSWERS_DAYS),
            export_files_before=now - timedelta(days=settings.RETENTION_EXPORT_FILES_DAYS),
        )
        with transaction.atomic():
            for key, value in retainer(retention).items():
                counts[f"{name}.{key}"] = int(value)
            files = retention._files
            transaction.on_commit(lambda files=files: _delete_files(files))
    return counts


def _delete_files(files: list[tuple[Any, str]]) -> None:
    for storage, name in files:
        storage.delete(name)
