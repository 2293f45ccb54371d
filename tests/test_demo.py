"""The demo that `make demo` shows: real content and believable numbers, in the shape the issues ask for.

One seed for all apps (seeding takes most of a minute), checked app by app."""

import re

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from courses.models import CoursePage, Enrolment, LearningPath, LessonPage
from organisations.demo import DEMO_PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(settings):
    settings.REQUIRE_STAFF_MFA = False
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


def _words(html: str) -> int:
    return len(re.sub(r"<[^>]+>", " ", html).split())


def _lesson_words(lesson: LessonPage) -> int:
    total = 0
    for block in lesson.body.raw_data:
        value = block["value"]
        if block["type"] == "text":
            total += _words(value)
        elif block["type"] == "callout":
            total += _words(value["body"])
        elif block["type"] == "casus":
            total += _words(value["situation"])
    return total


def test_demo_catalogue_people_and_progress(seeded):
    _catalogue_has_substantive_courses()
    _learning_paths_and_people_at_several_stages()
    _demo_employee_sees_her_learning()
    _assessments_have_a_bank_casus_and_meaningful_statistics()
    _certificates_at_every_stage()
    _dashboards_show_a_believable_picture()


def _catalogue_has_substantive_courses():
    courses = CoursePage.objects.live()
    assert courses.count() >= 8
    for course in courses:
        lessons = list(LessonPage.objects.live().descendant_of(course))
        assert len(lessons) >= 3, course.title
        types = {block["type"] for lesson in lessons for block in lesson.body.raw_data}
        assert "knowledge_check" in types, course.title
        for lesson in lessons:
            assert _lesson_words(lesson) >= 400, lesson.title
    all_types = {b["type"] for lesson in LessonPage.objects.all() for b in lesson.body.raw_data}
    assert {"image", "document", "casus", "reflection", "content_warning", "callout"} <= all_types
    for lesson in LessonPage.objects.all():
        for block in lesson.body.raw_data:
            if block["type"] == "image":
                assert len(block["value"]["alt"]) > 10


def _learning_paths_and_people_at_several_stages():
    assert LearningPath.objects.filter(background="ex_shg").exists()
    assert LearningPath.objects.filter(background="ex_amk").exists()
    completed = Enrolment.objects.filter(completed_at__isnull=False).count()
    in_progress = (
        Enrolment.objects.filter(completed_at__isnull=True, lesson_completions__isnull=False).distinct().count()
    )
    untouched = Enrolment.objects.filter(lesson_completions__isnull=True).count()
    assert completed > 10 and in_progress > 10 and untouched > 10


def _demo_employee_sees_her_learning():
    client = Client()
    client.post(reverse("account_login"), {"login": "medewerker@demo.example", "password": DEMO_PASSWORD})
    body = client.get(reverse("courses:my_learning")).content.decode()
    for section in ("Over de deadline", "Bezig", "Nog te beginnen", "Afgerond"):
        assert section in body


def _assessments_have_a_bank_casus_and_meaningful_statistics():
    from assessments.models import Assessment, Attempt, Casus, Question
    from assessments.selectors import statistics_for
    from courses.models import Competence

    assert Question.objects.count() >= 40
    for competence in Competence.objects.all():
        assert Question.objects.filter(competences=competence).count() >= 3, competence.code
    assert set(Question.objects.values_list("kind", flat=True)) == {
        "single",
        "multiple",
        "ordering",
        "matching",
        "open",
    }
    casus = {c.code: c for c in Casus.objects.all()}
    assert {"sem-blauwe-plekken", "nacht-in-lindenmarke", "meneer-wessels-pinpas"} <= set(casus)
    for item in casus.values():
        steps = item.snapshot()["steps"]
        assert any(s["critical"] for s in steps) and any(s["consequence"] for s in steps), item.title
    assert Assessment.objects.count() >= 8
    m02 = Assessment.objects.get(course__code="M02")
    stats = statistics_for(m02)
    assert stats["summary"].attempts >= 30
    assert 0.2 < stats["summary"].pass_rate < 0.95
    assert any(row.stats.point_biserial for row in stats["items"])
    # Results vary, some wait for a trainer, and the demo employee still has the Sem casus ahead of her.
    assert Attempt.objects.filter(passed=False).exists() and Attempt.objects.filter(status="grading").exists()
    assert not Attempt.objects.filter(user__email="medewerker@demo.example", assessment=m02).exists()


def _certificates_at_every_stage():
    from datetime import timedelta

    from django.utils import timezone

    from certificates.models import Certificate

    today = timezone.localdate()
    certificates = Certificate.objects.all()
    assert certificates.count() >= 30
    assert certificates.filter(expires_on__range=(today, today + timedelta(days=90))).exists()
    assert certificates.filter(expires_on__lt=today).exists()
    assert certificates.filter(revoked_at__isnull=False).count() == 1
    from courses.models import Enrolment

    assert Enrolment.objects.filter(source="recertification", cycle=2).exists()
    mine = certificates.filter(user__email="medewerker@demo.example").first()
    client = Client()
    client.force_login(mine.user, backend="organisations.auth_backends.CachedPermissionsBackend")
    response = client.get(reverse("certificates:download", args=[mine.pk]))
    assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF")
    from django.db.models import F

    # A major revision (M05) made older certificates due for renewal, with a date.
    outdated = certificates.filter(course_version__lt=F("course__recertify_below_version"), revoked_at__isnull=True)
    assert outdated.exists() and all(c.renewal_due_on for c in outdated.select_related("course"))


def _dashboards_show_a_believable_picture():
    from dashboards.models import ReadinessSnapshot
    from organisations.models import Region, User

    manager = User.objects.get(email="manager.groningen@demo.example")
    client = Client()
    client.force_login(manager, backend="organisations.auth_backends.CachedPermissionsBackend")
    response = client.get(reverse("dashboards:dashboard"))
    assert response.status_code == 200
    data = response.context
    totals = [row["totals"]["percent"] for row in data["heat_rows"] if row["team"]]
    assert len(totals) == 4 and max(totals) - min(totals) >= 15  # the teams differ
    assert data["headline"]["people_ready"] >= 1 and data["headline"]["people_overdue"] >= 3
    assert data["headline"]["people_expiring"] >= 2
    trend = [point["percent"] for point in data["trend"]]
    assert len(trend) == 13 and trend[-1] - trend[0] >= 10  # a trend that moves
    groningen = Region.objects.get(slug="groningen")
    assert ReadinessSnapshot.objects.filter(region=groningen).count() == 13
    programme = User.objects.get(email="programma@demo.example")
    client.force_login(programme, backend="organisations.auth_backends.CachedPermissionsBackend")
    national = client.get(reverse("dashboards:national")).content.decode()
    assert "Groningen" in national and "&lt;5" in national
    # The demo's programme staff can erase a person on request (AVG): the page opens for them.
    from organisations.erasure import may_erase

    assert may_erase(programme)
    someone = User.objects.filter(email__endswith="@groningen.demo.example").first()
    assert client.get(reverse("organisations:person_erase", args=[someone.pk])).status_code == 200
