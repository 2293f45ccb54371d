"""Django's and allauth's authentication backends with the person and their permissions cached.

Every request of a logged-in person loads them (a query), and every page asks at least one
permission question (the menu: may this person grade?), which ModelBackend answers with two more
(the person's own permissions and their groups'). Both change rarely:

- the person's row when they are saved or deleted (a password, a name, is_active, last_login),
  which replaces their version;
- permission sets when a person's groups or permissions or a group's permissions change, which
  replaces one shared version.

Both are cached under those versions (organisations.versions), so a changed password or a
removed permission counts from the next request on, on every machine. A person's row changes
through save(): a queryset update() of users would send no signal and is not used.
"""

from __future__ import annotations

from allauth.account.auth_backends import AuthenticationBackend
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.db.models.signals import m2m_changed, post_delete, post_save

from organisations import versions
from organisations.membership_cache import membership_version

PERMISSIONS_VERSION = versions.shared("auth:permissions-version")


def user_version(user_id: int) -> str:
    return f"auth:user-version:{user_id}"


def permissions_changed(**kwargs) -> None:
    versions.replace([PERMISSIONS_VERSION])


def user_changed(sender, instance, **kwargs) -> None:
    versions.replace([user_version(instance.pk)])


class CachedUsersMixin:
    def get_user(self, user_id):
        compute = super().get_user
        # The person's membership version comes along: the menu and the region scope need it next.
        version = versions.current(user_version(user_id), membership_version(user_id))
        return versions.remembered(f"auth:user:{user_id}:{version}", lambda: compute(user_id))

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            compute = super().get_all_permissions
            # Superuser status is in the key: a superuser has every permission.
            user_obj._perm_cache = versions.remembered(
                f"auth:permissions:{user_obj.pk}:{int(user_obj.is_superuser)}:{versions.current(PERMISSIONS_VERSION)}",
                lambda: compute(user_obj),
            )
        # ModelBackend (and allauth's backend, its subclass) read this attribute for the request.
        return user_obj._perm_cache


class CachedPermissionsBackend(CachedUsersMixin, ModelBackend):
    """Django's ModelBackend, cached (force_login and the shell use it)."""


class CachedAuthenticationBackend(CachedUsersMixin, AuthenticationBackend):
    """allauth's backend, cached: the one a person's login form session names."""


User = get_user_model()
for through in (User.groups.through, User.user_permissions.through, Group.permissions.through):
    m2m_changed.connect(permissions_changed, sender=through, dispatch_uid=f"permissions-changed-{through._meta.label}")
for model in (Group, Permission):
    post_delete.connect(permissions_changed, sender=model, dispatch_uid=f"permissions-deleted-{model._meta.label}")
post_save.connect(user_changed, sender=User, dispatch_uid="user-saved")
post_delete.connect(user_changed, sender=User, dispatch_uid="user-deleted")
