"""Region scoping, written once.

Every model whose rows belong to a region uses a queryset derived from `RegionScopedQuerySet`.
Its `visible_to(user)` is the only way views and selectors narrow rows to what a person may see:

- superusers and programme staff: every region (account administration; dashboards for them read
  aggregates only, see the dashboards app);
- a manager: the rows of their own region;
- anyone else: no region's rows, only rows they own themselves (where the model has an owner).

A system check (organisations.E001) fails when a model with a foreign key to Region has a default
manager without `visible_to`, so no later model can forget it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db import models
from django.db.models import Q

if TYPE_CHECKING:
    from organisations.models import Region


@dataclass(frozen=True)
class Scope:
    all_regions: bool
    region_id: int | None
    user_id: int | None


def scope_for(user) -> Scope:
    """The regions whose people `user` may manage. Cached on the user object for the request."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return Scope(all_regions=False, region_id=None, user_id=None)
    cached = getattr(user, "_region_scope", None)
    if cached is not None:
        return cached
    membership = user.current_membership
    if user.is_superuser or (membership and membership.is_programme_staff):
        scope = Scope(all_regions=True, region_id=None, user_id=user.pk)
    elif membership and membership.is_manager:
        scope = Scope(all_regions=False, region_id=membership.region_id, user_id=user.pk)
    else:
        scope = Scope(all_regions=False, region_id=None, user_id=user.pk)
    user._region_scope = scope
    return scope


class RegionScopedQuerySet(models.QuerySet):
    """Base for querysets of region-owned rows. Subclasses name the path to the region."""

    #: Lookup from this model to its Region, e.g. "region" or "team__region".
    region_lookup: str = "region"
    #: Lookup from this model to the user who owns the row, if any; owners always see their rows.
    owner_lookup: str | None = None

    def in_region(self, region: Region | int) -> RegionScopedQuerySet:
        return self.filter(self.region_q(region))

    def region_q(self, region: Region | int) -> Q:
        return Q(**{self.region_lookup: region})

    def visible_to(self, user) -> RegionScopedQuerySet:
        scope = scope_for(user)
        if scope.all_regions:
            return self.all()
        condition = Q(pk__in=[])
        if scope.region_id is not None:
            condition |= self.region_q(scope.region_id)
        if self.owner_lookup and scope.user_id is not None:
            condition |= Q(**{self.owner_lookup: scope.user_id})
        return self.filter(condition)
