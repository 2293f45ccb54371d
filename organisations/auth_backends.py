"""Django's ModelBackend with each person's permission set kept in the shared cache.

Every page asks at least one permission question (the menu: may this person grade?), and
ModelBackend answers the first one of a request with two queries (the person's own permissions
and their groups'). The answer changes only when a person's groups or permissions or a group's
permissions change; each of those replaces one version (organisations.versions), and every cached
set is keyed by it (and by superuser status), so a removed permission is gone from the next
request on, on every machine.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.db.models.signals import m2m_changed, post_delete

from organisations import versions

PERMISSIONS_VERSION = "auth:permissions-version"


def permissions_changed(**kwargs) -> None:
    versions.replace([PERMISSIONS_VERSION])


class CachedPermissionsBackend(ModelBackend):
    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            compute = super().get_all_permissions
            # Superuser status is in the key: a superuser has every permission, and saving a
            # person (all the time) must not empty everyone's cache.
            user_obj._perm_cache = versions.remembered(
                f"auth:permissions:{user_obj.pk}:{int(user_obj.is_superuser)}:{versions.current(PERMISSIONS_VERSION)}",
                lambda: compute(user_obj),
            )
        # ModelBackend (and allauth's backend, its subclass) read this attribute for the request.
        return user_obj._perm_cache


User = get_user_model()
for through in (User.groups.through, User.user_permissions.through, Group.permissions.through):
    m2m_changed.connect(permissions_changed, sender=through, dispatch_uid=f"permissions-changed-{through._meta.label}")
for model in (Group, Permission):
    post_delete.connect(permissions_changed, sender=model, dispatch_uid=f"permissions-deleted-{model._meta.label}")
