"""The dashboards as managers and programme staff use them: region isolation by every URL and
parameter, drill-down audit, suppression, bad input, reminders, snapshots, and query counts that
do not grow with the number of people."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses.models import LearningPath, LearningPathItem
from dashboards.models import ReadinessReminder, ReadinessSnapshot
from dashboards.readiness import rebuild_all_requirements, refresh_requirements
from dashboards.selectors import SMALL_NUMBER, suppress
from dashboards.services import take_snapshot
from organisations.models import AuditAction, AuditEvent, Function, Region, Role, Team
from tests.dashboards.test_readiness import certify
from tests.factories import make_course, make_person

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


@pytest.fixture
def courses():
    made = [make_course(code=code, lessons=1) for code in ("P1", "P2")]
    path = LearningPath.objects.create(name="Iedereen")
    for order, course in enumerate(made):
        LearningPathItem.objects.create(path=path, course=course, mandatory=True, due_within_days=30, sort_order=order)
    return made


def team_in(slug: str, name: str) -> Team:
    return Team.objects.create(region=Region.objects.get(slug=slug), name=name)


def staff(slug: str, team: Team, n: int, courses, prefix: str):
    people = []
    for index in range(n):
        person = make_person(
            region_slug=slug,
            team=team,
            first_name=f"{prefix}{index}",
            last_name="Testpersoon",
            email=f"{prefix.lower()}{index}@{slug}.example",
        )
        if index % 2 == 0:
            certify(person, courses[0])
        if index % 3 == 0:
            certify(person, courses[1], issued_days_ago=1080, valid_days=1095)  # expiring
        people.append(person)
    return people


@pytest.fixture
def regions(courses):
    groningen_team = team_in("groningen", "Team Triage Noord")
    utrecht_team = team_in("utrecht", "Team Stichtse Vecht")
    groningen = staff("groningen", groningen_team, 6, courses, "Gerrit")
    utrecht = staff("utrecht", utrecht_team, 6, courses, "Ursula")
    rebuild_all_requirements()
    return {"groningen": groningen, "utrecht": utrecht, "groningen_team": groningen_team, "utrecht_team": utrecht_team}


def test_the_groningen_manager_sees_only_groningen_by_any_url_or_parameter(login, manager_groningen, regions):
    client = login(manager_groningen)
    page = client.get(reverse("dashboards:dashboard")).content.decode()
    assert "Team Triage Noord" in page and "Gerrit0" in page
    assert "Ursula" not in page and "Stichtse Vecht" not in page
    # Other regions' objects by URL: 404, whatever the parameter.
    assert client.get(reverse("dashboards:team", args=[regions["utrecht_team"].pk])).status_code == 404
    assert client.get(reverse("dashboards:person", args=[regions["utrecht"][0].pk])).status_code == 404
    assert client.get(reverse("dashboards:team", args=[999999])).status_code == 404
    for status in ("overdue", "expiring", "due_soon"):
        body = client.get(reverse("dashboards:actions", args=[status])).content.decode()
        assert "Ursula" not in body
    assert client.get(reverse("dashboards:actions", args=["alles"])).status_code == 404
    # A region parameter on the dashboard is no way in either.
    assert "Ursula" not in client.get(reverse("dashboards:dashboard") + "?regio=utrecht&region=10").content.decode()
    # The national views are for programme staff.
    assert client.get(reverse("dashboards:national")).status_code == 403
    assert client.get(reverse("dashboards:national_region", args=["utrecht"])).status_code == 403


def test_drilling_down_to_a_person_is_audited(login, manager_groningen, regions):
    person = regions["groningen"][0]
    response = login(manager_groningen).get(reverse("dashboards:person", args=[person.pk]))
    assert response.status_code == 200 and "Leerdossier van Gerrit0 Testpersoon" in response.content.decode()
    event = AuditEvent.objects.get(action=AuditAction.RECORD_VIEWED)
    assert (event.actor, event.subject, event.region.slug) == (manager_groningen, person, "groningen")


def test_programme_staff_get_aggregates_only_with_small_numbers_suppressed(login, programme_staff, regions):
    client = login(programme_staff)
    assert client.get(reverse("dashboards:dashboard")).url == reverse("dashboards:national")
    page = client.get(reverse("dashboards:national")).content.decode()
    assert "Groningen" in page and "Utrecht" in page
    for person in regions["groningen"] + regions["utrecht"]:
        assert person.first_name not in page and person.email not in page
    assert "Triage Noord" not in page  # no teams either
    # Six people in each region: shown; the other 24 regions have none: "<5" and no percentage.
    drenthe = client.get(reverse("dashboards:national_region", args=["drenthe"]))
    assert drenthe.context["small"] and drenthe.context["percent"] is None and drenthe.context["people"] == "<5"
    groningen = client.get(reverse("dashboards:national_region", args=["groningen"]))
    assert groningen.context["people"] == "6" and groningen.context["percent"] is not None
    assert "Gerrit" not in groningen.content.decode()
    # Person-level pages stay closed to programme staff.
    assert client.get(reverse("dashboards:person", args=[regions["groningen"][0].pk])).status_code == 403
    assert client.get(reverse("dashboards:team", args=[regions["groningen_team"].pk])).status_code == 403
    assert client.get(reverse("dashboards:national_region", args=["atlantis"])).status_code == 404


def test_suppression_rules():
    assert [suppress(n) for n in (0, 1, 4, 5, 12)] == ["<5", "<5", "<5", "5", "12"]
    assert SMALL_NUMBER == 5


def test_groups_under_five_get_no_percentage_in_the_region_aggregates(login, programme_staff, courses):
    team = team_in("groningen", "Team Klein")
    staff("groningen", team, 6, courses, "Gijs")
    lonely = make_person(region_slug="groningen", team=team, email="enige@groningen.example")
    lonely_function = Function.objects.get(slug="vertrouwensarts")
    lonely.memberships.update(function=lonely_function)
    rebuild_all_requirements()
    page = login(programme_staff).get(reverse("dashboards:national_region", args=["groningen"]))
    row = next(r for r in page.context["by_function"] if r["label"] == lonely_function.name)
    assert row["people"] == "<5" and row["percent"] is None


def test_nonsense_filters_and_sort_keys_are_ignored_with_a_message(login, manager_groningen, programme_staff, regions):
    response = login(manager_groningen).get(reverse("dashboards:dashboard") + "?functie=astronaut&achtergrond=xyz")
    assert response.status_code == 200
    messages = [str(m) for m in response.context["messages"]]
    assert len(messages) == 2 and all("genegeerd" in m for m in messages)
    filtered = login(manager_groningen).get(reverse("dashboards:dashboard") + "?functie=onderzoeker&achtergrond=ex_amk")
    # The six of the fixture and the manager herself (a researcher by function, too).
    assert filtered.context["filters"].active and filtered.context["headline"]["people_people"] == 7
    national = login(programme_staff).get(reverse("dashboards:national") + "?sorteer=drop+table&volgorde=aflopend")
    assert national.status_code == 200 and national.context["sort"] == "regio"
    assert any("gesorteerd" in str(m) for m in national.context["messages"])


def test_national_view_sorts_by_readiness(login, programme_staff, regions):
    page = login(programme_staff).get(reverse("dashboards:national") + "?sorteer=gereedheid&volgorde=aflopend")
    shown = [row["percent"] for row in page.context["rows"] if row["percent"] is not None]
    assert shown == sorted(shown, reverse=True) and len(shown) == 2


def test_a_reminder_is_sent_once_a_day_and_only_within_the_region(
    login, manager_groningen, regions, django_capture_on_commit_callbacks
):
    client = login(manager_groningen)
    target = regions["groningen"][1]  # holds nothing yet: open requirements
    outsider = regions["utrecht"][1]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("dashboards:remind"), {"persoon": [target.pk, outsider.pk, "x"]})
    assert response.status_code == 302
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [target.email]
    assert "P1" in mail.outbox[0].body or "Cursus P1" in mail.outbox[0].body
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("dashboards:remind"), {"persoon": [target.pk]})
    assert len(mail.outbox) == 1 and ReadinessReminder.objects.count() == 1
    # Only Utrecht people: nothing sent, a clear message, nothing about them revealed.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("dashboards:remind"), {"persoon": [outsider.pk]}, follow=True)
    assert len(mail.outbox) == 1 and "niemand" in response.content.decode()
    assert AuditEvent.objects.filter(action=AuditAction.REMINDER_SENT, subject=target).count() == 1
    # Employees cannot send reminders.
    assert (
        login(regions["groningen"][2]).post(reverse("dashboards:remind"), {"persoon": [target.pk]}).status_code == 403
    )


def test_the_monthly_snapshot_is_idempotent(regions):
    assert take_snapshot() == 2
    assert take_snapshot() == 2
    assert ReadinessSnapshot.objects.filter(month=TODAY.replace(day=1)).count() == 2
    groningen = ReadinessSnapshot.objects.get(region__slug="groningen")
    assert (groningen.people, groningen.requirements) == (6, 12)


def test_backfill_reconstructs_past_months_once(regions):
    from dashboards.services import backfill_snapshots
    from organisations.models import Membership

    Membership.objects.update(valid_from=TODAY - timedelta(days=400))

    assert backfill_snapshots(months=3) == 6  # two regions × three months
    assert backfill_snapshots(months=3) == 0
    months = sorted(set(ReadinessSnapshot.objects.values_list("month", flat=True)))
    assert len(months) == 3 and all(m.day == 1 and m < TODAY.replace(day=1) for m in months)


def _count(client, url) -> int:
    from django.core.cache import cache

    client.get(url)  # warm the per-process caches (content types, site root)
    cache.clear()  # but measure the computation, not the cached figures
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.mark.parametrize("name", ["dashboard", "team", "person", "actions", "national", "national_region"])
def test_query_counts_do_not_grow_with_the_number_of_people(
    name, login, manager_groningen, programme_staff, courses, settings
):
    from django.core.cache import cache

    team = team_in("groningen", "Team Groei")
    counts = []
    for size in (6, 18):  # both above the suppression threshold, which skips a query
        people = staff("groningen", team, size, courses, f"N{size}x")
        rebuild_all_requirements()
        cache.clear()  # competence strengths are cached: measure the uncached page
        client = login(programme_staff if name.startswith("national") else manager_groningen)
        url = {
            "dashboard": reverse("dashboards:dashboard"),
            "team": reverse("dashboards:team", args=[team.pk]),
            "person": reverse("dashboards:person", args=[people[0].pk]),
            "actions": reverse("dashboards:actions", args=["expiring"]),
            "national": reverse("dashboards:national"),
            "national_region": reverse("dashboards:national_region", args=["groningen"]),
        }[name]
        counts.append(_count(client, url))
    assert counts[0] == counts[1], counts


def test_the_dashboard_survives_a_region_without_anyone(login, settings):
    manager = make_person(role=Role.MANAGER, region_slug="zeeland", email="manager@zeeland.example")
    response = login(manager).get(reverse("dashboards:dashboard"))
    assert response.status_code == 200 and "nog geen verplichte cursussen" in response.content.decode()


def test_an_overdue_person_appears_in_the_action_list(login, manager_groningen, courses):
    late = make_person(region_slug="groningen", first_name="Laatkomer", email="laat@groningen.example")
    late.memberships.update(valid_from=TODAY - timedelta(days=100))
    rebuild_all_requirements()
    page = login(manager_groningen).get(reverse("dashboards:actions", args=["overdue"])).content.decode()
    assert "Laatkomer" in page


def test_the_cron_commands_rebuild_snapshot_and_backfill(regions):
    from io import StringIO

    from django.core.management import call_command

    from dashboards.models import Requirement

    Requirement.objects.all().delete()
    out = StringIO()
    call_command("readiness", "rebuild", stdout=out)
    assert Requirement.objects.count() == 24 and "24 verplichte cursussen" in out.getvalue()
    call_command("readiness", "snapshot", stdout=out)
    call_command("readiness", "snapshot", stdout=out)
    assert ReadinessSnapshot.objects.count() == 2
    call_command("backfill_snapshots", "--months", "2", stdout=out)
    assert "gereconstrueerd" in out.getvalue()


def test_beat_keeps_the_national_figures_warm(login, programme_staff, regions):
    from dashboards.tasks import warm_dashboard_caches_task

    assert warm_dashboard_caches_task() == 26
    with CaptureQueriesContext(connection) as queries:
        page = login(programme_staff).get(reverse("dashboards:national"))
    assert page.status_code == 200 and "Groningen" in page.content.decode()
    assert not any("WITH flags" in q["sql"] or "WITH rows" in q["sql"] for q in queries.captured_queries)


def _per_request_tokens_removed(page: str) -> str:
    return re.sub(r'(value|nonce)="[^"]+"', "", page)


def _met_of(page: str) -> tuple[int, int]:
    met, total = re.search(r"(\d+) van (\d+) verplichte cursussen behaald", page).groups()
    return int(met), int(total)


def _aggregates_ran(queries) -> bool:
    return any("WITH flags" in q["sql"] or "WITH rows" in q["sql"] for q in queries.captured_queries)


def test_a_region_dashboard_is_computed_once_per_change_of_its_readiness(login, manager_groningen, regions, courses):
    client = login(manager_groningen)
    first = client.get(reverse("dashboards:dashboard")).content.decode()
    with CaptureQueriesContext(connection) as queries:
        again = client.get(reverse("dashboards:dashboard")).content.decode()
    assert not _aggregates_ran(queries)
    assert _per_request_tokens_removed(again) == _per_request_tokens_removed(first)

    # Another region's change leaves Groningen's figures where they are. (The receivers refresh
    # after commit, which a test transaction never reaches; the refresh is called as they would.)
    certify(regions["utrecht"][1], courses[0])
    refresh_requirements([regions["utrecht"][1].pk])
    with CaptureQueriesContext(connection) as queries:
        client.get(reverse("dashboards:dashboard"))
    assert not _aggregates_ran(queries)

    # A Groningen certificate is on the next page load: one more of the region's requirements met.
    met, total = _met_of(first)
    certify(regions["groningen"][1], courses[0])
    refresh_requirements([regions["groningen"][1].pk])
    with CaptureQueriesContext(connection) as queries:
        after = client.get(reverse("dashboards:dashboard")).content.decode()
    assert _aggregates_ran(queries)
    assert _met_of(after) == (met + 1, total)
