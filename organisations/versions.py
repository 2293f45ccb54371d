"""Versioned entries in the shared cache: the one way the platform caches what requests share.

What many requests read and few writes change (the page tree, a region's readiness figures, a
person's membership, groups' permissions) is cached under a key that contains a *version*, and a
change replaces the version instead of deleting the entry. Replacing happens at once, so the
writing process reads its own change, and again after commit: a request elsewhere may have read
the old rows and the new version in between and stored the old answer under it, and nobody asks
for that version any more. A lost or evicted version is simply a new one: at worst an answer is
read again, never served stale. Entries also expire (`SECONDS`), as a safety net.

On the lowest rung of the ladder, so that every app can use it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable

from django.core.cache import cache
from django.db import transaction

#: How long an entry lives at most, whatever its version.
SECONDS = 600

#: Stored for an answer that is None, which the cache could not tell from a miss.
_NONE = "organisations.versions:none"


def current(*keys: str) -> str:
    """The current versions of these keys, joined (one cache round trip)."""
    found = cache.get_many(keys)
    for key in keys:
        if key not in found:
            cache.add(key, uuid.uuid4().hex, None)  # another process may have been first
            found[key] = cache.get(key)
    return ":".join(str(found[key]) for key in keys)


def _replace(keys: list[str]) -> None:
    cache.set_many({key: uuid.uuid4().hex for key in keys}, None)


def replace(keys: Iterable[str]) -> None:
    """What the versions of these keys stand for changes in the current transaction (or did)."""
    keys = list(keys)
    if not keys:
        return
    _replace(keys)
    transaction.on_commit(lambda: _replace(keys))


def remembered[T](key: str, compute: Callable[[], T]) -> T:
    """The cached answer under `key` (which holds a version), computed and stored on a miss."""
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, _NONE if value is None else value, SECONDS)
        return value
    return None if isinstance(value, str) and value == _NONE else value
