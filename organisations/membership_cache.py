"""Each person's current membership, cached: every page reads it (the region scope, the menu)
and it changes a few times in a career.

Versioned rather than deleted on change, so that no request can put back what it read before a
change committed: a person's version moves on every save or deletion of one of their memberships,
and one shared version moves when a region, team or function (whose names come along) changes.
Both move now, for this process, and again after commit. A lost version is a new one: at worst the
membership is read again, never served stale.
"""

from __future__ import annotations

import uuid

from django.core.cache import cache
from django.db import transaction

SHARED_VERSION_KEY = "organisations:org-version"
#: A safety net only: the versions change with every change that matters.
MEMBERSHIP_CACHE_SECONDS = 600


def _person_version_key(user_id: int) -> str:
    return f"organisations:membership-version:{user_id}"


def current_membership_of(user_id: int):
    from organisations.models import Membership

    keys = [_person_version_key(user_id), SHARED_VERSION_KEY]
    versions = cache.get_many(keys)
    for key in keys:
        if key not in versions:
            cache.add(key, uuid.uuid4().hex, None)
            versions[key] = cache.get(key)
    key = f"organisations:membership:{user_id}:{versions[keys[0]]}:{versions[keys[1]]}"
    membership = cache.get(key)
    if membership is None:
        membership = (
            Membership.objects.filter(user_id=user_id, valid_to__isnull=True)
            .select_related("region", "team", "function")
            .first()
        ) or False
        cache.set(key, membership, MEMBERSHIP_CACHE_SECONDS)
    return membership or None


def _bump(keys: list[str]) -> None:
    cache.set_many({key: uuid.uuid4().hex for key in keys}, None)


def _changed(keys: list[str]) -> None:
    _bump(keys)
    transaction.on_commit(lambda: _bump(keys))


def membership_changed_for(user_id: int) -> None:
    _changed([_person_version_key(user_id)])


def organisation_changed() -> None:
    _changed([SHARED_VERSION_KEY])
