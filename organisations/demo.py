"""Demo data for organisations: teams, about 60 invented people and the demo accounts.

Everything is looked up by a natural key before it is created, so running it again changes
nothing. All names are invented.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from organisations.models import (
    Background,
    Function,
    Invitation,
    Membership,
    Region,
    Role,
    Team,
    User,
    hash_token,
)
from organisations.services import TRAINERS_GROUP

DEMO_PASSWORD = "Veilig-Thuis-2026"  # noqa: S105  (printed by `make demo`; demo only)

TEAMS = {
    "groningen": ["Advies en Meldingen", "Veiligheidsbeoordeling", "Onderzoek", "Voorwaarden & Vervolg"],
    "utrecht": ["Front office Utrecht", "Onderzoek Utrecht-Stad", "Onderzoek Eemland", "Monitoring"],
    "rotterdam-rijnmond": ["Spoed en Crisis", "Onderzoek Noord", "Onderzoek Zuid", "V&V en Monitoring"],
}

# Which function mostly works in which team (by position in TEAMS[region]).
TEAM_FUNCTIONS = [
    ["advies-en-meldingen", "advies-en-meldingen", "veiligheidsbeoordeling"],
    ["veiligheidsbeoordeling", "gedragswetenschapper", "onderzoeker", "vertrouwensarts"],
    ["onderzoeker", "onderzoeker", "gedragswetenschapper", "jurist"],
    ["vv-monitoring", "vv-monitoring", "onderzoeker"],
]

FIRST_NAMES = [
    "Anouk",
    "Bram",
    "Charlotte",
    "Daan",
    "Esra",
    "Floor",
    "Gijs",
    "Hanneke",
    "Iris",
    "Jelle",
    "Karin",
    "Lars",
    "Maaike",
    "Niels",
    "Olga",
    "Pieter",
    "Roos",
    "Sander",
    "Tessa",
    "Ugur",
    "Vera",
    "Wouter",
    "Yara",
    "Zeynep",
    "Mirjam",
    "Thijs",
    "Noor",
    "Ruben",
    "Linda",
    "Kees",
    "Fatima",
    "Hidde",
    "Lotte",
    "Mohamed",
    "Sietske",
    "Jeroen",
    "Priya",
    "Bas",
    "Ingrid",
    "Tjeerd",
]
LAST_NAMES = [
    "de Boer",
    "Jansen",
    "Visser",
    "Smit",
    "Meijer",
    "de Groot",
    "Mulder",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "Kok",
    "Jacobs",
    "Haan",
    "Vermeulen",
    "van den Heuvel",
    "Veenstra",
    "Koster",
    "Hoekstra",
    "Postma",
    "Yilmaz",
    "Bakker",
    "Kramer",
    "van Dam",
    "Huisman",
    "Wiersma",
    "Bouma",
    "Schouten",
    "El Idrissi",
]


@dataclass(frozen=True)
class DemoAccount:
    email: str
    first_name: str
    last_name: str
    role: str
    region: str | None
    team: int | None
    function: str | None
    background: str
    superuser: bool = False


DEMO_ACCOUNTS = [
    DemoAccount(
        "medewerker@demo.example",
        "Fleur",
        "Bakker",
        Role.EMPLOYEE,
        "groningen",
        0,
        "advies-en-meldingen",
        Background.EX_SHG,
    ),
    DemoAccount(
        "trainer@demo.example",
        "Joris",
        "Hendriksen",
        Role.TRAINER,
        "utrecht",
        1,
        "gedragswetenschapper",
        Background.EX_AMK,
    ),
    DemoAccount(
        "manager.groningen@demo.example",
        "Marieke",
        "Dijkhuis",
        Role.MANAGER,
        "groningen",
        None,
        "teamleider",
        Background.EX_AMK,
    ),
    DemoAccount(
        "manager.utrecht@demo.example",
        "Ahmed",
        "El Amrani",
        Role.MANAGER,
        "utrecht",
        None,
        "teamleider",
        Background.EX_SHG,
    ),
    DemoAccount("programma@demo.example", "Els", "Verbeek", Role.PROGRAMME, None, None, None, Background.NEW),
    DemoAccount(
        "admin@demo.example",
        "Beheer",
        "AMHK Academie",
        Role.PROGRAMME,
        None,
        None,
        None,
        Background.NEW,
        superuser=True,
    ),
]

PEOPLE_PER_REGION = {"groningen": 22, "utrecht": 19, "rotterdam-rijnmond": 19}


def _email_part(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in ascii_text.lower() if ch.isalnum())


def _people_plan() -> list[dict]:
    """A fixed, reproducible list of invented people (the seed makes it the same every run)."""
    rng = random.Random(20150101)  # noqa: S311
    seen: set[str] = set()
    plan = []
    for region, count in PEOPLE_PER_REGION.items():
        made = 0
        while made < count:
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            email = f"{_email_part(first)}.{_email_part(last)}@{region}.demo.example"
            if email in seen:
                continue
            seen.add(email)
            team_index = made % len(TEAMS[region])
            plan.append(
                {
                    "email": email,
                    "first_name": first,
                    "last_name": last,
                    "region": region,
                    "team": team_index,
                    "function": rng.choice(TEAM_FUNCTIONS[team_index]),
                    "background": rng.choices(
                        [Background.EX_AMK, Background.EX_SHG, Background.NEW], weights=[4, 3, 3]
                    )[0],
                    "years": rng.randint(1, 10),
                    # About one in eight has not accepted the invitation yet; a few have left.
                    "state": rng.choices(["active", "invited", "left"], weights=[50, 7, 3])[0],
                }
            )
            made += 1
    return plan


@transaction.atomic
def seed(log=print) -> None:
    regions = {r.slug: r for r in Region.objects.filter(slug__in=TEAMS)}
    functions = {f.slug: f for f in Function.objects.all()}
    teams: dict[str, list[Team]] = {}
    for slug, names in TEAMS.items():
        teams[slug] = [Team.objects.get_or_create(region=regions[slug], name=name)[0] for name in names]

    password_hash = make_password(DEMO_PASSWORD)
    created = 0
    for account in DEMO_ACCOUNTS:
        user, is_new = User.objects.get_or_create(
            email=account.email,
            defaults={
                "first_name": account.first_name,
                "last_name": account.last_name,
                "password": password_hash,
                "is_superuser": account.superuser,
                "is_staff": account.superuser,
            },
        )
        if is_new:
            created += 1
            _add_membership(
                user,
                region=regions.get(account.region),
                team=teams[account.region][account.team] if account.team is not None else None,
                function=functions.get(account.function),
                background=account.background,
                role=account.role,
                since=date(2015, 1, 1),
            )
            _verify_email(user)
            if account.role == Role.PROGRAMME:
                # The demo's programme staff may erase a person on request (AVG), as the
                # administrators of a real programme would.
                from django.contrib.auth.models import Group

                from organisations.erasure import ERASERS_GROUP

                user.groups.add(Group.objects.get(name=ERASERS_GROUP))

    today = timezone.localdate()
    for person in _people_plan():
        user, is_new = User.objects.get_or_create(
            email=person["email"],
            defaults={
                "first_name": person["first_name"],
                "last_name": person["last_name"],
                "password": password_hash if person["state"] != "invited" else "!unusable",
                "is_active": person["state"] != "left",
                "deactivated_at": timezone.now() - timedelta(days=40) if person["state"] == "left" else None,
            },
        )
        if not is_new:
            continue
        created += 1
        region_teams = teams[person["region"]]
        since = today - timedelta(days=365 * person["years"])
        if person["years"] > 6:
            # Long-serving staff moved team once: their history shows the earlier team.
            earlier = region_teams[(person["team"] + 1) % len(region_teams)]
            moved = today - timedelta(days=365 * 2)
            Membership.objects.create(
                user=user,
                region=regions[person["region"]],
                team=earlier,
                function=functions[person["function"]],
                background=person["background"],
                role=Role.EMPLOYEE,
                valid_from=since,
                valid_to=moved - timedelta(days=1),
            )
            since = moved
        _add_membership(
            user,
            region=regions[person["region"]],
            team=region_teams[person["team"]],
            function=functions[person["function"]],
            background=person["background"],
            role=Role.EMPLOYEE,
            since=since,
        )
        if person["state"] == "invited":
            Invitation.objects.create(
                user=user,
                token_hash=hash_token(f"demo-{person['email']}"),
                created_at=timezone.now() - timedelta(days=2),
                sent_at=timezone.now() - timedelta(days=2),
                expires_at=timezone.now() + timedelta(days=5),
            )
        else:
            _verify_email(user)
    log(f"organisations: {created} people created, {User.objects.count()} in total")


def _add_membership(user: User, *, region, team, function, background, role, since) -> None:
    Membership.objects.create(
        user=user, region=region, team=team, function=function, background=background, role=role, valid_from=since
    )
    if role == Role.TRAINER:
        from django.contrib.auth.models import Group

        user.groups.add(Group.objects.get(name=TRAINERS_GROUP))


def _verify_email(user: User) -> None:
    from allauth.account.models import EmailAddress

    EmailAddress.objects.get_or_create(user=user, email=user.email, defaults={"verified": True, "primary": True})
