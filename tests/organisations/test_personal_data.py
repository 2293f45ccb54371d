"""A person downloads everything held about them: JSON and a readable PDF, nothing about others."""

from __future__ import annotations

import ast
import io
import json
from datetime import date, datetime
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from assessments import services as assessment_services
from certificates.services import issue_certificate
from courses import services as course_services
from courses.models import Enrolment
from organisations import personal_data
from organisations.models import AuditAction, AuditEvent, Role
from organisations.privacy_views import EXPORTS_PER_HOUR
from tests.factories import make_assessment, make_course, make_person, make_question

pytestmark = pytest.mark.django_db

PAGE_URL = "/mijn-gegevens/"
JSON_URL = "/mijn-gegevens/export.json"
PDF_URL = "/mijn-gegevens/export.pdf"

REFLECTION = "Ik heb geleerd dat ik eerst de veiligheid weeg; daarna pas de hulp. Geïnformeerd blijven."
OPEN_ANSWER = "Ik zou de melding aannemen en direct de veiligheid van het kind inschatten."


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def learning_history(person, *, reflection: str, open_answer: str, lesson_course, certificate_course):
    """A reflection, a finished lesson, a read content warning, a submitted attempt with an open
    answer (waiting for grading) and a certificate of another course."""
    lesson = lesson_course.get_children().specific().first()
    course_services.save_reflection(user=person, lesson=lesson, block_id="refl-1", text=reflection)
    course_services.acknowledge_warning(user=person, lesson=lesson)
    course_services.complete_lesson(user=person, lesson=lesson, course=lesson_course)
    assessment = lesson_course.assessments.get()
    attempt = assessment_services.start_attempt(user=person, assessment=assessment)
    assessment_services.save_answer(user=person, attempt_id=attempt.pk, position=1, answer={"text": open_answer})
    assessment_services.submit_attempt(user=person, attempt_id=attempt.pk)
    enrolment = Enrolment.objects.create(
        user=person, course=certificate_course, source="self", completed_at=timezone.now(), completed_version=1
    )
    return issue_certificate(enrolment_id=enrolment.pk, render=False)


@pytest.fixture
def courses():
    lesson_course = make_course(code="PD1", lessons=1)
    make_question(kind="open", competences=["C5"], title="Open vraag over de melding")
    make_assessment(course=lesson_course, pools={"C5": 1}, title="Eindtoets melding")
    return lesson_course, make_course(code="PD2", lessons=1)


@pytest.fixture
def history(employee, manager_groningen, courses):
    lesson_course, certificate_course = courses
    certificate = learning_history(
        employee,
        reflection=REFLECTION,
        open_answer=OPEN_ANSWER,
        lesson_course=lesson_course,
        certificate_course=certificate_course,
    )
    AuditEvent.objects.create(
        actor=manager_groningen,
        action=AuditAction.RECORD_VIEWED,
        subject=employee,
        region=employee.current_membership.region,
    )
    return certificate


@pytest.fixture
def other_person(courses):
    """A colleague with distinctive data that must never appear in someone else's export."""
    lesson_course, certificate_course = courses
    person = make_person(
        role=Role.EMPLOYEE,
        region_slug="groningen",
        first_name="Zwaantje",
        last_name="Oosterhuis-Tichelaar",
        email="zwaantje.oosterhuis@groningen.example",
    )
    certificate = learning_history(
        person,
        reflection="REFLECTIE-VAN-ZWAANTJE: niet voor anderen.",
        open_answer="ANTWOORD-VAN-ZWAANTJE over de casus.",
        lesson_course=lesson_course,
        certificate_course=certificate_course,
    )
    return person, certificate


def download_json(client) -> tuple[bytes, dict]:
    response = client.get(JSON_URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="mijn-gegevens-')
    assert "no-store" in response["Cache-Control"]
    return response.content, json.loads(response.content.decode("utf-8"))


def test_the_json_export_holds_every_section_with_the_persons_own_data(
    login, employee, history, other_person, manager_groningen
):
    raw, data = download_json(login(employee))

    assert {"account", "memberships", "audit_events", "courses", "assessments", "certificates", "dashboards"} <= set(
        data
    )
    assert data["account"]["email"] == "fleur.bakker@groningen.example"
    assert data["account"]["name"] == "Fleur Bakker"
    assert data["memberships"][0]["region"] == "Groningen"
    assert data["memberships"][0]["role"] == "Medewerker"

    courses = data["courses"]
    assert {e["course"] for e in courses["enrolments"]} == {"Cursus PD1", "Cursus PD2"}
    assert [c["lesson"] for c in courses["lesson_completions"]] == ["Les 1 van PD1"]
    assert [(r["question"], r["text"]) for r in courses["reflections"]] == [("Wat neemt u mee?", REFLECTION)]
    assert [w["lesson"] for w in courses["content_warnings"]] == ["Les 1 van PD1"]

    [attempt] = data["assessments"]["attempts"]
    assert attempt["assessment"] == "Eindtoets melding"
    assert attempt["status"] == "Wacht op beoordeling"
    [answer] = attempt["answers"]
    assert answer["answer"] == OPEN_ANSWER
    assert answer["question"].startswith("Testvraag")  # the stem from the attempt's snapshot, without tags

    [certificate] = data["certificates"]["certificates"]
    assert certificate["course"] == "Cursus PD2"
    assert certificate["code"].replace("-", "") == history.code
    assert certificate["status"] == "Geldig"

    assert set(data["dashboards"]) == {"requirements", "reminders"}

    [event] = data["audit_events"]
    assert event["action"] == "Leerdossier bekeken"
    assert event["actor"] == "Manager"  # the role, not who

    # Dates are ISO 8601; the file is pretty-printed UTF-8 (not \u-escaped).
    datetime.fromisoformat(data["account"]["date_joined"])
    date.fromisoformat(certificate["issued_on"])
    assert "Geïnformeerd".encode() in raw
    assert b'\n  "account": {' in raw

    # Nothing about anybody else: not the colleague, not the manager who looked.
    colleague, colleague_certificate = other_person
    text = raw.decode("utf-8")
    for foreign in (
        "Zwaantje",
        "Oosterhuis",
        "zwaantje.oosterhuis@groningen.example",
        "REFLECTIE-VAN-ZWAANTJE",
        "ANTWOORD-VAN-ZWAANTJE",
        colleague_certificate.code,
        colleague_certificate.grouped_code,
        manager_groningen.email,
        manager_groningen.last_name,
    ):
        assert foreign not in text, foreign


def test_the_pdf_is_readable_tagged_dutch_and_names_the_person_and_the_course(login, employee, history):
    response = login(employee).get(PDF_URL)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].endswith('.pdf"')
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Fleur Bakker" in text
    assert "Cursus PD1" in text
    assert "Cursus PD2" in text
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "nl"
    assert "/StructTreeRoot" in root  # tagged


def test_the_pdf_renders_from_plain_data_without_a_database():
    pdf = personal_data.render_personal_data_pdf(
        {
            "export": {"generated_at": datetime(2026, 3, 1, 9, 30)},
            "account": {"name": "Anna de Vries", "email": "anna@vt.example", "invitations": []},
            "memberships": [{"region": "Utrecht", "valid_from": date(2024, 1, 1), "valid_to": None}],
        }
    )
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Anna de Vries" in text
    assert "1 januari 2024" in text
    assert "Loopbaan binnen Veilig Thuis" in text


def test_the_pdf_fetcher_refuses_the_network():
    fetcher = personal_data._assets_only_fetcher()
    for url in ("https://example.org/logo.png", "file:///etc/passwd"):
        with pytest.raises(ValueError):
            fetcher.fetch(url)


def test_the_page_offers_both_downloads_and_links_the_privacy_statement(login, employee):
    response = login(employee).get(PAGE_URL)
    assert response.status_code == 200
    content = response.content.decode()
    assert f'href="{JSON_URL}"' in content
    assert f'href="{PDF_URL}"' in content
    assert 'href="/privacy/"' in content


@pytest.mark.parametrize("url", [PAGE_URL, JSON_URL, PDF_URL])
def test_anonymous_visitors_are_sent_to_the_login(url):
    response = Client().get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_more_than_ten_exports_an_hour_are_refused_in_dutch(login, employee):
    client = login(employee)
    for _ in range(EXPORTS_PER_HOUR):
        assert client.get(JSON_URL).status_code == 200
    refused = client.get(PDF_URL)  # JSON and PDF share the limit
    assert refused.status_code == 429
    assert "maximum" in refused.content.decode()
    assert client.get(PAGE_URL).status_code == 200  # the page itself stays open
    assert login(make_person(role=Role.EMPLOYEE)).get(JSON_URL).status_code == 200  # per person


def test_every_upper_app_registered_its_section():
    assert {"courses", "assessments", "certificates", "dashboards"} <= set(personal_data.registered_sections())


def test_the_registry_does_not_import_upper_apps():
    """The ladder: organisations collects through the registry and never imports a higher app."""
    upper = ("courses", "assessments", "certificates", "dashboards", "elearning")
    for module in ("personal_data.py", "privacy.py", "privacy_views.py"):
        tree = ast.parse((Path(personal_data.__file__).parent / module).read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert node.module.split(".")[0] not in upper, (module, node.module)
            if isinstance(node, ast.Import):
                assert all(alias.name.split(".")[0] not in upper for alias in node.names), module
