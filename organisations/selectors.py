"""Reads about people, always region-scoped through `visible_to`."""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone

from organisations.models import Function, Invitation, Region, Team, User
from organisations.scoping import scope_for


def managed_regions(user: User) -> QuerySet[Region]:
    """Regions in which `user` may create and edit people."""
    scope = scope_for(user)
    if scope.all_regions:
        return Region.objects.active()
    if scope.region_id is None:
        return Region.objects.none()
    return Region.objects.filter(pk=scope.region_id)


def can_manage_people(user: User) -> bool:
    scope = scope_for(user)
    return scope.all_regions or scope.region_id is not None


def people_visible_to(
    user: User,
    *,
    query: str = "",
    region: Region | None = None,
    team: Team | None = None,
    function: Function | None = None,
    role: str = "",
    status: str = "active",
) -> QuerySet[User]:
    """People `user` may manage, filtered as on the people list. One query plus one prefetch."""
    scope = scope_for(user)
    # A manager's own current membership is in their region, so `visible_to`'s "the region's or
    # one's own" is the region's. Said directly, the database joins through the region's current
    # memberships instead of reading all of them to test an OR across the join (bench/explain.py).
    people = User.objects.in_region(scope.region_id) if scope.region_id is not None else User.objects.visible_to(user)
    current = {"memberships__valid_to__isnull": True}
    if region is not None:
        people = people.filter(memberships__region=region, **current)
    if team is not None:
        people = people.filter(memberships__team=team, **current)
    if function is not None:
        people = people.filter(memberships__function=function, **current)
    if role:
        people = people.filter(memberships__role=role, **current)
    if status == "active":
        people = people.filter(is_active=True)
    elif status == "inactive":
        people = people.filter(is_active=False)
    for word in query.split():
        people = people.filter(Q(first_name__icontains=word) | Q(last_name__icontains=word) | Q(email__icontains=word))
    return people.distinct().with_current_membership().order_by("last_name", "first_name", "pk")


def access_person(user: User, pk: int) -> User:
    """The person `pk` if `user` may manage them; 404 for missing and for other regions alike."""
    try:
        return User.objects.visible_to(user).with_current_membership().distinct().get(pk=pk)
    except (User.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def teams_visible_to(user: User) -> QuerySet[Team]:
    return Team.objects.visible_to(user).select_related("region")


def find_usable_invitation(token: str) -> Invitation | None:
    from organisations.models import hash_token

    return Invitation.objects.select_related("user").filter(token_hash=hash_token(token)).first()


def membership_history(person: User):
    return person.memberships.select_related("region", "team", "function").order_by("-valid_from", "-pk")


def pending_invitation(person: User) -> Invitation | None:
    return (
        person.invitations.filter(used_at__isnull=True, revoked_at__isnull=True, expires_at__gt=timezone.now())
        .order_by("-created_at")
        .first()
    )
