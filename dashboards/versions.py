"""A version per region of its readiness rows, so that what is computed from them can be cached
exactly: a cached dashboard is keyed by the version and is never served after the rows changed.

The version lives in the shared cache (Redis in production), beside what it keys. A lost or
evicted version is simply a new one: the worst case is one computation too many, never a stale
figure.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from django.core.cache import cache
from django.db import transaction

PREFIX = "dashboards:readiness-version:"


def readiness_version(region_id: int) -> str:
    key = f"{PREFIX}{region_id}"
    version = cache.get(key)
    if version is None:
        cache.add(key, uuid.uuid4().hex, None)
        version = cache.get(key)
    return version


def _bump(region_ids: set[int]) -> None:
    cache.set_many({f"{PREFIX}{pk}": uuid.uuid4().hex for pk in region_ids}, None)


def readiness_changed(region_ids: Iterable[int | None]) -> None:
    """The rows of these regions change in the current transaction (or just did).

    Bumped now, so this process reads its own writes, and again after commit: a request elsewhere
    may have read the new version and the old rows in between and cached that under it.
    """
    ids = {pk for pk in region_ids if pk}
    if not ids:
        return
    _bump(ids)
    transaction.on_commit(lambda: _bump(ids))
