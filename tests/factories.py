"""Factories for people and their places. Regions and functions are reference data loaded by
migrations, so factories look them up instead of inventing new ones."""

from __future__ import annotations

import factory
from django.contrib.auth.hashers import make_password

from organisations.models import Background, Function, Membership, Region, Role, Team, User

PASSWORD = "Een-lang-wachtwoord-2026"
# Hashing once keeps factories fast; Argon2 on every user would cost ~50 ms each.
_PASSWORD_HASH = None


def password_hash() -> str:
    global _PASSWORD_HASH
    if _PASSWORD_HASH is None:
        _PASSWORD_HASH = make_password(PASSWORD)
    return _PASSWORD_HASH


def region(slug: str) -> Region:
    return Region.objects.get(slug=slug)


def function(slug: str) -> Function:
    return Function.objects.get(slug=slug)


class TeamFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Team

    region = factory.LazyFunction(lambda: Region.objects.get(slug="groningen"))
    name = factory.Sequence(lambda n: f"Team {n}")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"persoon{n}@vt.example")
    first_name = factory.Faker("first_name", locale="nl_NL")
    last_name = factory.Faker("last_name", locale="nl_NL")
    password = factory.LazyFunction(password_hash)


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    region = factory.LazyFunction(lambda: Region.objects.get(slug="groningen"))
    team = None
    function = factory.LazyFunction(lambda: Function.objects.get(slug="onderzoeker"))
    background = Background.EX_AMK
    role = Role.EMPLOYEE


def make_person(
    *, role: str = Role.EMPLOYEE, region_slug: str | None = "groningen", team: Team | None = None, **user_fields
) -> User:
    """A user with a current membership, the common shape of every test person."""
    user = UserFactory(**user_fields)
    MembershipFactory(
        user=user,
        role=role,
        region=Region.objects.get(slug=region_slug) if region_slug else None,
        team=team,
        function=None if role == Role.PROGRAMME else Function.objects.get(slug="onderzoeker"),
    )
    user.__dict__.pop("current_membership", None)
    if role == Role.TRAINER:
        from django.contrib.auth.models import Group

        user.groups.add(Group.objects.get(name="Trainers"))
    return user
