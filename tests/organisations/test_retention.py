"""Retention: open answers and reflections past their period lose their text (scores stay), old
readiness exports and certificate ZIPs are deleted (their downloads then say so), and a second run
finds nothing. Old rows are made by moving their dates back with update(), as no clock library is
installed."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from assessments import services as assessment_services
from assessments.models import Attempt, Response
from certificates import services as certificate_services
from certificates.models import BundleStatus, CertificateBundle
from courses import services as course_services
from courses.models import Enrolment, LearningPath, LearningPathItem, ReflectionAnswer
from dashboards.models import ExportStatus, ReadinessExport
from dashboards.readiness import rebuild_all_requirements
from organisations.models import Function, Role
from organisations.retention import apply_retention
from organisations.tasks import apply_retention_task
from tests.factories import make_assessment, make_course, make_person, make_question

pytestmark = pytest.mark.django_db

OLD = timedelta(days=800)  # past the default 730 days
ANSWER = "Ik zou de melding aannemen en direct de veiligheid van het kind inschatten."


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.REQUIRE_STAFF_MFA = False
    return tmp_path


def client_for(user) -> Client:
    client = Client()
    client.force_login(user, backend="organisations.auth_backends.CachedPermissionsBackend")
    return client


@pytest.fixture
def course():
    course = make_course(code="RT1", lessons=1)
    make_question(kind="open", competences=["C5"], title="Open vraag")
    make_assessment(course=course, pools={"C5": 1}, title="Toets", pass_mark_percent=50)
    return course


def learner_history(person, course, *, grade: bool, capture):
    """A reflection and a submitted attempt with an open answer; graded with a comment if `grade`."""
    lesson = course.get_children().specific().first()
    course_services.save_reflection(user=person, lesson=lesson, block_id="refl-1", text=f"Reflectie van {person.pk}")
    attempt = assessment_services.start_attempt(user=person, assessment=course.assessments.get())
    assessment_services.save_answer(user=person, attempt_id=attempt.pk, position=1, answer={"text": ANSWER})
    assessment_services.submit_attempt(user=person, attempt_id=attempt.pk)
    if grade:
        grader = make_person(role=Role.TRAINER, region_slug="groningen")
        with capture(execute=True):
            assessment_services.grade_response(
                grader=grader, response_id=Response.objects.get(attempt=attempt).pk, levels=[2, 1], comment="Helder."
            )
    return Attempt.objects.get(pk=attempt.pk)


def age(attempt: Attempt, by: timedelta) -> None:
    """Move an attempt and its learner's reflection back in time."""
    Attempt.objects.filter(pk=attempt.pk).update(
        started_at=attempt.started_at - by,
        submitted_at=attempt.submitted_at - by,
        finalised_at=attempt.finalised_at - by if attempt.finalised_at else None,
    )
    ReflectionAnswer.objects.filter(user_id=attempt.user_id).update(updated_at=timezone.now() - by)


@pytest.fixture
def answers(course, django_capture_on_commit_callbacks):
    """Three learners: an old final attempt, a recent final attempt, and an old attempt still
    waiting for grading (not final, so not due)."""
    capture = django_capture_on_commit_callbacks
    old = learner_history(make_person(region_slug="groningen"), course, grade=True, capture=capture)
    recent = learner_history(make_person(region_slug="groningen"), course, grade=True, capture=capture)
    waiting = learner_history(make_person(region_slug="groningen"), course, grade=False, capture=capture)
    assert (old.status, recent.status, waiting.status) == ("final", "final", "grading")
    age(old, OLD)
    age(waiting, OLD)
    return old, recent, waiting


def response_of(attempt: Attempt) -> Response:
    return Response.objects.get(attempt=attempt)


def test_open_answers_and_reflections_past_the_period_lose_their_text_and_keep_their_scores(answers, login):
    old, recent, waiting = answers
    scores = {a.pk: (a.score, a.percent, a.passed, response_of(a).score) for a in answers}
    old_rubric = response_of(old).rubric_scores

    out = io.StringIO()
    call_command("apply_retention", stdout=out)
    output = out.getvalue()

    assert "open antwoorden en reflecties 730 dagen, exportbestanden 30 dagen" in output
    assert "assessments.open_answers: 1" in output and "assessments.grader_comments: 1" in output
    assert "courses.reflections: 2" in output  # the old learner's and the waiting one's, both edited long ago
    assert response_of(old).answer == {"text": "", "removed": "retention"}
    assert response_of(old).grader_comment == ""
    assert response_of(old).rubric_scores == old_rubric
    assert response_of(recent).answer == {"text": ANSWER} and response_of(recent).grader_comment == "Helder."
    assert response_of(waiting).answer == {"text": ANSWER}  # not final yet: the trainer still needs it
    for attempt in answers:
        attempt.refresh_from_db()
        assert (attempt.score, attempt.percent, attempt.passed, response_of(attempt).score) == scores[attempt.pk]
    assert not ReflectionAnswer.objects.filter(user_id=old.user_id).exists()
    assert ReflectionAnswer.objects.filter(user_id=recent.user_id).exists()
    assert not ReflectionAnswer.objects.filter(user_id=waiting.user_id).exists()

    # The learner's result page says the text was removed, rather than "no answer".
    page = login(old.user).get(reverse("assessments:result", args=[old.pk])).content.decode()
    assert "De tekst van uw antwoord is verwijderd" in page and ANSWER not in page

    # Idempotent: the second run finds nothing.
    out = io.StringIO()
    call_command("apply_retention", stdout=out)
    assert "Verwijderd: 0." in out.getvalue()
    assert response_of(recent).answer == {"text": ANSWER}


def test_the_period_comes_from_the_settings_and_shows_on_the_privacy_page(answers, settings):
    old, recent, waiting = answers
    page = Client().get("/privacy/").content.decode()
    assert "worden 730 dagen bewaard" in page and "worden 30 dagen nadat" in page

    settings.RETENTION_OPEN_ANSWERS_DAYS = 900  # longer than the old attempt's 800 days
    settings.RETENTION_EXPORT_FILES_DAYS = 7
    assert apply_retention()["assessments.open_answers"] == 0
    page = Client().get("/privacy/").content.decode()
    assert "worden 900 dagen bewaard" in page and "worden 7 dagen nadat" in page

    Attempt.objects.filter(pk=recent.pk).update(finalised_at=timezone.now() - timedelta(days=20))
    settings.RETENTION_OPEN_ANSWERS_DAYS = 10
    counts = apply_retention()
    assert counts["assessments.open_answers"] == 2  # the old one and the 20-day-old one
    assert response_of(recent).answer["removed"] == "retention"

    settings.RETENTION_OPEN_ANSWERS_DAYS = 0
    with pytest.raises(ImproperlyConfigured, match="RETENTION_OPEN_ANSWERS_DAYS"):
        apply_retention()


@pytest.fixture
def region_files(manager_groningen, django_capture_on_commit_callbacks, _media):
    """Two readiness exports and two certificate ZIPs of the manager: one of each made 40 days ago."""
    course = make_course(code="RT2", lessons=1)
    path = LearningPath.objects.create(name="Onderzoek", function=Function.objects.get(slug="onderzoeker"))
    LearningPathItem.objects.create(path=path, course=course, mandatory=True, sort_order=0)
    holders = [make_person(region_slug="groningen") for _ in range(2)]
    certificates = []
    for holder in holders:
        enrolment = Enrolment.objects.create(
            user=holder, course=course, source="self", completed_at=timezone.now(), completed_version=1
        )
        certificate = certificate_services.issue_certificate(enrolment_id=enrolment.pk, render=False)
        certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(b"%PDF-1.7 test"))
        certificates.append(certificate)
    rebuild_all_requirements()
    client = client_for(manager_groningen)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/dashboard/export/", {"formaat": "csv"})
        client.post("/certificaten/bundel/", {"certificate": [str(certificates[0].pk)]})
    long_ago = timezone.now() - timedelta(days=40)
    ReadinessExport.objects.update(created_at=long_ago, finished_at=long_ago)
    CertificateBundle.objects.update(created_at=long_ago, finished_at=long_ago)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/dashboard/export/", {"formaat": "xlsx"})
        client.post("/certificaten/bundel/", {"certificate": [str(certificates[1].pk)]})
    exports = list(ReadinessExport.objects.order_by("created_at"))
    bundles = list(CertificateBundle.objects.order_by("created_at"))
    assert [e.status for e in exports + bundles] == ["done"] * 4
    for item in exports + bundles:
        assert Path(_media, item.file.name).is_file()
    return client, exports, bundles


def test_old_exports_and_zips_are_deleted_and_their_downloads_say_so(
    region_files, _media, django_capture_on_commit_callbacks
):
    client, (old_export, new_export), (old_bundle, new_bundle) = region_files
    old_paths = [Path(_media, old_export.file.name), Path(_media, old_bundle.file.name)]

    with django_capture_on_commit_callbacks(execute=True):  # files are deleted once the rows commit
        counts = apply_retention_task()  # what beat runs daily
    assert counts == 2
    assert "apply-retention" in django_settings.CELERY_BEAT_SCHEDULE
    assert django_settings.CELERY_BEAT_SCHEDULE["apply-retention"]["task"] == "organisations.tasks.apply_retention_task"

    assert not any(path.exists() for path in old_paths)
    for row in (old_export, old_bundle):
        row.refresh_from_db()
    assert (old_export.status, old_export.file.name) == (ExportStatus.EXPIRED, "")
    assert (old_bundle.status, old_bundle.file.name) == (BundleStatus.EXPIRED, "")
    gone = client.get(reverse("dashboards:export_download", args=[old_export.pk]))
    assert gone.status_code == 410 and "Deze export is verwijderd" in gone.content.decode()
    status = client.get(reverse("dashboards:export_status", args=[old_export.pk])).json()
    assert status["finished"] and status["download_url"] == "" and "verwijderd" in status["message"]
    gone = client.get(reverse("certificates:bundle_download", args=[old_bundle.pk]))
    assert gone.status_code == 410 and "Deze ZIP is verwijderd" in gone.content.decode()
    status = client.get(reverse("certificates:bundle_status", args=[old_bundle.pk])).json()
    assert status["finished"] and status["download_url"] == ""

    # The recent ones are untouched and still download.
    assert client.get(reverse("dashboards:export_download", args=[new_export.pk])).status_code == 200
    assert client.get(reverse("certificates:bundle_download", args=[new_bundle.pk])).status_code == 200
    assert Path(_media, new_export.file.name).is_file() and Path(_media, new_bundle.file.name).is_file()

    # A second run changes nothing.
    assert apply_retention_task() == 0
    assert ReadinessExport.objects.filter(status=ExportStatus.DONE).count() == 1


def test_nothing_due_reports_zero_for_every_app(db):
    counts = apply_retention()
    assert set(counts) >= {
        "courses.reflections",
        "assessments.open_answers",
        "assessments.grader_comments",
        "certificates.bundles",
        "dashboards.exports",
    }
    assert sum(counts.values()) == 0
