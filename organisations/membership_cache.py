"""Each person's current membership, cached: every page reads it (the region scope, the menu)
and it changes a few times in a career.

Keyed by two versions (organisations.versions): the person's, replaced on every save or deletion
of one of their memberships, and one shared by everybody, replaced when a region, team or function
(whose names come along) changes. Memberships change through organisations.services, whose saves
send the signals (organisations.signals); a queryset update() would not.
"""

from __future__ import annotations

from organisations import versions

SHARED_VERSION = versions.shared("organisations:org-version")


def membership_version(user_id: int) -> str:
    return f"organisations:membership-version:{user_id}"


def current_membership_of(user_id: int):
    from organisations.models import Membership

    return versions.remembered(
        f"organisations:membership:{user_id}:{versions.current(membership_version(user_id), SHARED_VERSION)}",
        lambda: (
            Membership.objects.filter(user_id=user_id, valid_to__isnull=True)
            .select_related("region", "team", "function")
            .first()
        ),
    )


def membership_changed_for(user_id: int) -> None:
    versions.replace([membership_version(user_id)])


def organisation_changed() -> None:
    versions.replace([SHARED_VERSION])
