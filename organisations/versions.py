"""Versioned entries in the shared cache: the one way the platform caches what requests share.

What many requests read and few writes change (the page tree, a region's readiness figures, a
person's membership, groups' permissions) is cached under a key that contains a *version*, and a
change replaces the version instead of deleting the entry. Replacing happens at once, so the
writing process reads its own change, and again after commit: a request elsewhere may have read
the old rows and the new version in between and stored the old answer under it, and nobody asks
for that version any more. A lost or evicted version is simply a new one: at worst an answer is
read again, never served stale. Entries also expire (`SECONDS`), as a safety net.

Because an entry's key names its version, what is stored under a key never changes: a process
may keep its own copy. Each process keeps the entries it read last (`LOCAL_ENTRIES`, as pickles,
so a request that changes its copy changes nobody else's), and only the versions go to the
shared cache, once per request: the versions every request reads are registered with `shared()`
and read in the same round trip as the first version a request asks for. A lesson page asked
the cache sixteen questions before; it now asks three (session, versions, the person's own).

On the lowest rung of the ladder, so that every app can use it.
"""

from __future__ import annotations

import pickle
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable
from contextvars import ContextVar

from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import transaction

#: How long an entry lives at most, whatever its version.
SECONDS = 600

#: How many entries each process keeps for itself.
LOCAL_ENTRIES = 2_000

#: Stored for an answer that is None, which the cache could not tell from a miss.
_NONE = "organisations.versions:none"

#: Version keys that (nearly) every request reads; see shared().
_SHARED: set[str] = set()

#: The versions this request has read: a request sees one version of each key, except those it
#: replaces itself. None outside a request (tasks, commands): every call asks the cache.
_request_versions: ContextVar[dict[str, str] | None] = ContextVar("request_versions", default=None)

_local: OrderedDict[str, tuple[float, bytes]] = OrderedDict()
_local_lock = threading.Lock()


def shared(key: str) -> str:
    """Register a version key that nearly every request reads, so it comes along with the first."""
    _SHARED.add(key)
    return key


def _start_request(**kwargs) -> None:
    _request_versions.set({})


def _end_request(**kwargs) -> None:
    _request_versions.set(None)


request_started.connect(_start_request, dispatch_uid="versions-start-request")
request_finished.connect(_end_request, dispatch_uid="versions-end-request")


def current(*keys: str) -> str:
    """The current versions of these keys, joined (at most one cache round trip a request)."""
    seen = _request_versions.get()
    missing = [key for key in keys if seen is None or key not in seen]
    if missing:
        wanted = set(missing) if seen is None else set(missing) | (_SHARED - seen.keys())
        found = cache.get_many(wanted)
        for key in wanted - found.keys():
            cache.add(key, uuid.uuid4().hex, None)  # another process may have been first
            found[key] = cache.get(key)
        if seen is None:
            seen = found
        else:
            seen.update(found)
    return ":".join(str(seen[key]) for key in keys)


def _replace(keys: list[str]) -> None:
    new = {key: uuid.uuid4().hex for key in keys}
    cache.set_many(new, None)
    seen = _request_versions.get()
    if seen is not None:
        seen.update(new)


def replace(keys: Iterable[str]) -> None:
    """What the versions of these keys stand for changes in the current transaction (or did)."""
    keys = list(keys)
    if not keys:
        return
    _replace(keys)
    transaction.on_commit(lambda: _replace(keys))


def _local_get(key: str) -> bytes | None:
    with _local_lock:
        entry = _local.get(key)
        if entry is None:
            return None
        if entry[0] < time.monotonic():
            del _local[key]
            return None
        _local.move_to_end(key)
        return entry[1]


def _local_put(key: str, value: object) -> None:
    data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    with _local_lock:
        _local[key] = (time.monotonic() + SECONDS, data)
        _local.move_to_end(key)
        while len(_local) > LOCAL_ENTRIES:
            _local.popitem(last=False)


def forget_local() -> None:
    """Drop this process's copies (tests that clear the shared cache start over with this)."""
    with _local_lock:
        _local.clear()


def remembered[T](key: str, compute: Callable[[], T]) -> T:
    """The cached answer under `key` (which holds a version), computed and stored on a miss."""
    data = _local_get(key)
    if data is not None:
        value = pickle.loads(data)  # noqa: S301 — bytes this process pickled itself
        return None if isinstance(value, str) and value == _NONE else value
    value = cache.get(key)
    if value is None:
        value = compute()
        stored = _NONE if value is None else value
        cache.set(key, stored, SECONDS)
        _local_put(key, stored)
        return value
    _local_put(key, value)
    return None if isinstance(value, str) and value == _NONE else value
