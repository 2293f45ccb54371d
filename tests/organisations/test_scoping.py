import pytest
from django.db import models
from django.test.utils import isolate_apps

from organisations.checks import unscoped_region_models
from organisations.models import AuditEvent, Membership, Region, Team, User
from organisations.scoping import RegionScopedQuerySet
from tests.factories import TeamFactory, make_person, region

pytestmark = pytest.mark.django_db


def test_every_region_owned_model_in_the_project_is_scoped():
    assert unscoped_region_models() == []


@isolate_apps("organisations")
def test_a_region_owned_model_without_a_scoped_manager_is_reported():
    class Unscoped(models.Model):
        region = models.ForeignKey(Region, on_delete=models.CASCADE)

        class Meta:
            app_label = "organisations"

    class ScopedQuerySet(RegionScopedQuerySet):
        pass

    class Scoped(models.Model):
        region = models.ForeignKey(Region, on_delete=models.CASCADE)
        objects = ScopedQuerySet.as_manager()

        class Meta:
            app_label = "organisations"

    assert unscoped_region_models([Unscoped, Scoped]) == [Unscoped]


def test_visible_to_by_role(manager_groningen, manager_utrecht, employee, utrecht_employee, programme_staff, trainer):
    groningen_team = TeamFactory(region=region("groningen"))
    TeamFactory(region=region("utrecht"))

    assert set(User.objects.visible_to(manager_groningen)) == {manager_groningen, employee}
    assert set(Team.objects.visible_to(manager_groningen)) == {groningen_team}
    assert set(Membership.objects.visible_to(manager_groningen).values_list("user", flat=True)) == {
        manager_groningen.pk,
        employee.pk,
    }
    # Programme staff administer accounts everywhere.
    assert User.objects.visible_to(programme_staff).count() == User.objects.count()
    # Employees and trainers see only themselves.
    assert list(User.objects.visible_to(employee)) == [employee]
    assert list(User.objects.visible_to(trainer)) == [trainer]
    assert not Team.objects.visible_to(employee).exists()


def test_a_person_belongs_to_the_region_of_their_current_membership(manager_groningen, manager_utrecht):
    mover = make_person(region_slug="utrecht")
    Membership.objects.filter(user=mover).update(valid_to="2024-12-31", valid_from="2020-01-01")
    Membership.objects.create(user=mover, region=region("groningen"), valid_from="2025-01-01")
    assert mover in User.objects.visible_to(manager_groningen)
    assert mover not in User.objects.visible_to(manager_utrecht)


def test_deactivated_manager_sees_nothing(manager_groningen, employee):
    manager_groningen.is_active = False
    manager_groningen.save()
    assert not User.objects.visible_to(manager_groningen).exists()
    assert not AuditEvent.objects.visible_to(manager_groningen).exists()
