"""The indexes the pages rely on at 100,000 learners exist on PostgreSQL, as bench/explain.py
measured them (see the models' Meta.indexes and organisations migration 0008). A migration that
drops or changes one fails here, not silently in production as a page that got slow.

PostgreSQL only: SQLite has no GIN or covering indexes, and the production plans are PostgreSQL's.
"""

from __future__ import annotations

import pytest
from django.db import connection

from organisations.models import Role
from organisations.selectors import people_visible_to
from tests.factories import make_person

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL indexes"),
]

#: index name → (table, fragments its definition must contain, as pg_indexes prints it)
EXPECTED = {
    # Item statistics: every final attempt of an assessment, read from the index alone.
    "attempt_final_statistics": (
        "assessments_attempt",
        ["USING btree (assessment_id, id, percent, passed, updated_at)", "WHERE ((status)::text = 'final'::text)"],
    ),
    # The certificate list's count and course filter, read from the index alone.
    "certificate_region_listing": (
        "certificates_certificate",
        ["USING btree (region_id) INCLUDE (user_id, course_id)"],
    ),
    # The certificate list's "revoked" filter.
    "certificate_region_revoked": (
        "certificates_certificate",
        ["USING btree (region_id) WHERE (revoked_at IS NOT NULL)"],
    ),
    # The people search (icontains on names and e-mail).
    "user_name_search": (
        "organisations_user",
        [
            "USING gin (",
            "upper((first_name)::text) gin_trgm_ops",
            "upper((last_name)::text) gin_trgm_ops",
            "upper((email)::text) gin_trgm_ops",
        ],
    ),
    # Older ones the dashboards' plans lean on (bench/explain.py shows them in use).
    "certificate_region_expiry": ("certificates_certificate", ["USING btree (region_id, expires_on)"]),
    "requirement_region_deadline": ("dashboards_requirement", ["USING btree (region_id, deadline)"]),
    "requirement_region_met": ("dashboards_requirement", ["USING btree (region_id, met_until)"]),
    "requirement_region_team": ("dashboards_requirement", ["USING btree (region_id, team_id)"]),
    "requirement_region_course": ("dashboards_requirement", ["USING btree (region_id, course_id)"]),
    "membership_region_current": ("organisations_membership", ["USING btree (region_id, valid_to)"]),
}


def index_definitions() -> dict[str, tuple[str, str, bool]]:
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT i.indexname, i.tablename, i.indexdef, x.indisvalid
            FROM pg_indexes i
            JOIN pg_class c ON c.relname = i.indexname AND c.relnamespace = 'public'::regnamespace
            JOIN pg_index x ON x.indexrelid = c.oid
            WHERE i.schemaname = 'public'
            """
        )
        return {name: (table, definition, valid) for name, table, definition, valid in cursor.fetchall()}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_index_exists_with_its_definition(name):
    table, fragments = EXPECTED[name]
    found = index_definitions().get(name)
    assert found is not None, f"index {name} is missing"
    found_table, definition, valid = found
    assert found_table == table
    assert valid, f"index {name} is not valid (a failed concurrent build?)"
    for fragment in fragments:
        assert fragment in definition, f"{name}: {fragment!r} not in {definition!r}"


def test_the_people_search_query_can_use_the_trigram_index(programme_staff):
    # The index only helps if its expressions are exactly what Django writes for icontains. With
    # sequential scans priced out, a query the index cannot serve still shows a Seq Scan.
    # A surname Faker's Dutch list never draws: the other people of the test get random names.
    sanne = make_person(role=Role.EMPLOYEE, region_slug="groningen", first_name="Sanne", last_name="Wijnbergh")
    people = people_visible_to(programme_staff, query="wijnber")
    assert list(people) == [sanne]
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
    plan = people.explain()
    assert "user_name_search" in plan, plan


def _hot_updates_of_enrolments() -> int:
    # This transaction's own counts (the statistics views only see committed work).
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_get_xact_tuples_hot_updated('courses_enrolment'::regclass)")
        return cursor.fetchone()[0]


def test_moving_to_another_lesson_updates_the_enrolment_in_place(login, employee):
    """The most frequent write: no index entry may depend on the columns it changes."""
    from courses.models import Enrolment
    from courses.selectors import lessons_of
    from tests.factories import make_course

    course = make_course(lessons=3)
    first, second, third = lessons_of(course)
    client = login(employee)
    client.get(first.url)  # enrols
    before = _hot_updates_of_enrolments()
    client.get(second.url)
    client.get(third.url)
    assert Enrolment.objects.get(user=employee, course=course).last_lesson_id == third.pk
    assert _hot_updates_of_enrolments() - before == 2
    with connection.cursor() as cursor:
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = 'courses_enrolment'")
        assert "fillfactor=85" in cursor.fetchone()[0]
