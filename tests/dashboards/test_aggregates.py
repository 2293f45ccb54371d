"""The aggregate SQL agrees with the readiness rule: every status counted by
dashboards.aggregates equals the count through readiness.status_q, for every grouping."""

from datetime import timedelta

import pytest
from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone

from courses.models import Enrolment, LessonCompletion
from courses.selectors import lessons_of
from dashboards.aggregates import Scope, people_breakdown, requirement_breakdown
from dashboards.models import Requirement
from dashboards.readiness import STATUSES, rebuild_all_requirements, status_q
from organisations.models import Membership, Region, Team
from tests.dashboards.test_readiness import certify
from tests.dashboards.test_views import courses  # noqa: F401  (fixture)
from tests.factories import make_person

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


@pytest.fixture
def mixed(courses):  # noqa: F811
    """People in two regions and three teams at every stage."""
    made = []
    for slug, team_name in (("groningen", "Noord"), ("groningen", "Zuid"), ("utrecht", "Stad")):
        team = Team.objects.create(region=Region.objects.get(slug=slug), name=team_name)
        for index in range(7):
            person = make_person(region_slug=slug, team=team, email=f"{slug}{team_name}{index}@vt.example")
            Membership.objects.filter(user=person).update(
                valid_from=TODAY - timedelta(days=[0, 10, 40, 400][index % 4]),
                background=["ex_amk", "ex_shg", "new"][index % 3],
            )
            if index % 2:
                certify(person, courses[0], issued_days_ago=[10, 1080, 1300][index % 3], valid_days=1095)
            if index % 3 == 0:
                certify(person, courses[1], revoked=index % 6 == 0)
            elif index % 3 == 1:  # began the second course: in progress
                enrolment = Enrolment.objects.create(user=person, course=courses[1], source="path")
                LessonCompletion.objects.create(enrolment=enrolment, lesson=lessons_of(courses[1]).first())
            made.append(person)
    rebuild_all_requirements()
    return made


@pytest.mark.parametrize("grouping", [(), ("region",), ("team",), ("background",), ("team", "course")])
def test_requirement_counts_match_the_rule(mixed, grouping):
    columns = [
        {"region": "region_id", "team": "team_id", "background": "background", "course": "course_id"}[g]
        for g in grouping
    ]
    expected = (
        {
            tuple(row[c] for c in columns): row
            for row in Requirement.objects.values(*columns).annotate(
                total=Count("pk"),
                **{status: Count("pk", filter=status_q(status, TODAY)) for status in ("met", "expiring", "overdue")},
            )
        }
        if columns
        else {
            (): Requirement.objects.aggregate(
                total=Count("pk"), **{s: Count("pk", filter=status_q(s, TODAY)) for s in ("met", "expiring", "overdue")}
            )
        }
    )
    got = requirement_breakdown(Scope(), TODAY, [grouping])[grouping]
    assert set(got) == set(expected)
    for key, row in expected.items():
        assert {k: got[key][k] for k in ("total", "met", "expiring", "overdue")} == {
            k: row[k] for k in ("total", "met", "expiring", "overdue")
        }, key
    assert sum(row["total"] for row in got.values()) == Requirement.objects.count() > 20


def test_people_counts_match_the_rule(mixed):
    today = TODAY
    mine = Requirement.objects.filter(user_id=OuterRef("user_id"))
    unmet = status_q("overdue", today) | status_q("in_progress", today) | status_q("not_started", today)
    members = Membership.objects.filter(valid_to__isnull=True, region__isnull=False, user__is_active=True)
    expected = {
        row["team_id"]: row
        for row in members.values("team_id").annotate(
            people=Count("pk"),
            ready=Count(
                "pk", filter=~Q(Exists(mine.filter(unmet))) & ~Q(Exists(mine.filter(status_q("expiring", today))))
            ),
            expiring=Count("pk", filter=Q(Exists(mine.filter(status_q("expiring", today))))),
            overdue=Count("pk", filter=Q(Exists(mine.filter(status_q("overdue", today))))),
        )
    }
    got = people_breakdown(Scope(), today, [("team",)])[("team",)]
    assert {key[0] for key in got} == set(expected)
    for (team_id,), row in got.items():
        assert {k: row[k] for k in ("people", "ready", "expiring", "overdue")} == {
            k: expected[team_id][k] for k in ("people", "ready", "expiring", "overdue")
        }
    assert set(STATUSES) >= {"met", "expiring", "overdue"}
    # Every stage is present in the fixture, so the comparison means something.
    for status in STATUSES:
        assert Requirement.objects.filter(status_q(status, today)).exists(), status


def test_totals_added_up_from_a_grouping_equal_the_totals_counted_directly(mixed):
    direct_requirements = requirement_breakdown(Scope(), TODAY, [()])[()]
    direct_team = requirement_breakdown(Scope(), TODAY, [("team",)])[("team",)]
    combined = requirement_breakdown(Scope(), TODAY, [("team", "course"), ("team",), ()])
    assert combined[()] == direct_requirements and combined[("team",)] == direct_team
    direct_people = people_breakdown(Scope(), TODAY, [()])[()]
    assert people_breakdown(Scope(), TODAY, [("background",), ()])[()] == direct_people
    assert direct_people[()]["people"] == 21
