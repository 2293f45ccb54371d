"""Data built once per test module, for suites with hundreds of cells over the same data set."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from django.db import transaction
from django.test import TestCase, override_settings


def built_once[T](build: Callable[[], T], *, django_db_blocker, media_root: str) -> Iterator[T]:
    """Run `build` in a transaction that stays open for the module and is rolled back after it.

    Each test then runs in a savepoint inside it (pytest-django's `db`), so what a POST changes is
    undone after its test. For a module-scoped fixture: `yield from built_once(...)`. Files go to
    `media_root`, a folder of the module's own.
    """
    media = override_settings(MEDIA_ROOT=media_root)
    media.enable()
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            with TestCase.captureOnCommitCallbacks(execute=True):
                built = build()
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            media.disable()
            raise
    yield built
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)
    media.disable()
