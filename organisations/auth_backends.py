"""Django's ModelBackend with each person's permission set kept in the shared cache.

Every page asks at least one permission question (the menu: may this person grade?), and
ModelBackend answers the first one of a request with two queries (the person's own permissions
and their groups'). The answer changes only when a person's groups or permissions, a group's
permissions change; each of those bumps one version, and every cached set is keyed by it (and by
superuser status), so a removed permission is gone from the next request on, on every machine.
"""

from __future__ import annotations

import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete

VERSION_KEY = "auth:permissions-version"
#: A safety net only: the version changes with every change that matters.
PERMISSIONS_CACHE_SECONDS = 600


def _version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY)
    return version


def _bump() -> None:
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def permissions_changed(**kwargs) -> None:
    # Now, so this process reads its own change, and after commit: another request may have
    # cached the old set under the new version in between.
    _bump()
    transaction.on_commit(_bump)


class CachedPermissionsBackend(ModelBackend):
    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            # Superuser status is in the key: a superuser has every permission, and saving a
            # person (all the time) must not empty everyone's cache.
            key = f"auth:permissions:{user_obj.pk}:{int(user_obj.is_superuser)}:{_version()}"
            permissions = cache.get(key)
            if permissions is None:
                permissions = super().get_all_permissions(user_obj)
                cache.set(key, permissions, PERMISSIONS_CACHE_SECONDS)
            # The attribute ModelBackend (and allauth's backend, its subclass) read per request.
            user_obj._perm_cache = permissions
        return user_obj._perm_cache


User = get_user_model()
for through in (User.groups.through, User.user_permissions.through, Group.permissions.through):
    m2m_changed.connect(permissions_changed, sender=through, dispatch_uid=f"permissions-changed-{through._meta.label}")
for model in (Group, Permission):
    post_delete.connect(permissions_changed, sender=model, dispatch_uid=f"permissions-deleted-{model._meta.label}")
