"""Certificates in a real browser: an employee passes the last assessment, sees the certificate
appear and downloads it; an anonymous visitor verifies the code; WCAG 2.1 A/AA on the verification
page and the certificate lists."""

from __future__ import annotations

import io

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from certificates.models import Certificate
from courses.selectors import lessons_of
from courses.services import complete_lesson
from organisations.models import Role
from tests.factories import make_assessment, make_course, make_person, make_question

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_employee_earns_downloads_and_a_visitor_verifies(page, server, login, browser, assert_accessible):
    employee = make_person(role=Role.EMPLOYEE, region_slug="groningen", first_name="Fleur", last_name="Bakker")
    make_question(
        competences=["C1"],
        options=[
            {
                "text": "Uiterlijk vijf werkdagen",
                "correct": True,
                "feedback": "Juist.",
                "reference": "Handelingsprotocol",
            },
            {
                "text": "Tien weken",
                "correct": False,
                "feedback": "Dat is onderzoek.",
                "reference": "Handelingsprotocol",
            },
        ],
    )
    course = make_course(code="M01", lessons=1)
    assessment = make_assessment(course=course, pools={"C1": 1}, title="Kennistoets")
    complete_lesson(user=employee, lesson=lessons_of(course).first().specific, course=course)

    login(employee)
    page.goto(f"{server.url}/toetsen/{assessment.pk}/")
    page.get_by_role("button", name="Toets starten").click()
    page.get_by_label("Uiterlijk vijf werkdagen").check()
    expect(page.get_by_role("status").filter(has_text="Opgeslagen om")).to_be_visible()
    page.goto(f"{server.url}/toetsen/poging/{assessment.attempts.get().pk}/inleveren/")
    page.get_by_role("button", name="Definitief inleveren").click()
    expect(page.get_by_text("Geslaagd.")).to_be_visible()
    expect(page.get_by_text("Daarmee heeft u de cursus Cursus M01 afgerond.")).to_be_visible()

    page.goto(server.url + "/mijn-leren/")
    table = page.get_by_role("table", name="Mijn certificaten")
    expect(table).to_contain_text("Cursus M01")
    expect(table).to_contain_text("Geldig")
    assert_accessible(page)
    with page.expect_download() as download_info:
        table.get_by_role("link", name="Download (PDF)").click()
    pdf = download_info.value.path().read_bytes()
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    certificate = Certificate.objects.get(user=employee)
    assert "Fleur Bakker" in text and certificate.grouped_code in text

    visitor = browser.new_page(base_url=server.url)
    visitor.goto(server.url + "/certificaten/verifieer/")
    assert_accessible(visitor)
    visitor.get_by_label("Verificatiecode").fill(certificate.grouped_code.lower())
    visitor.get_by_role("button", name="Controleren").click()
    expect(visitor.get_by_text("Geldig certificaat.")).to_be_visible()
    expect(visitor.get_by_role("definition").filter(has_text="Fleur Bakker")).to_be_visible()
    assert_accessible(visitor)
    visitor.goto(server.url + "/certificaten/verifieer/BESTAATNIET/")
    expect(visitor.get_by_text("Niet gevonden.")).to_be_visible()
    visitor.close()


def test_the_managers_certificate_list_is_accessible(page, server, login, assert_accessible):
    from django.utils import timezone

    from certificates.services import issue_certificate
    from courses.models import Enrolment

    manager = make_person(role=Role.MANAGER, region_slug="groningen")
    for name in ("Anna", "Bram"):
        person = make_person(role=Role.EMPLOYEE, region_slug="groningen", first_name=name, last_name="Jansen")
        enrolment = Enrolment.objects.create(
            user=person, course=make_course(lessons=1), source="self", completed_at=timezone.now(), completed_version=1
        )
        issue_certificate(enrolment_id=enrolment.pk, render=False)
    login(manager)
    page.goto(server.url + "/certificaten/")
    expect(page.get_by_role("table")).to_contain_text("Anna Jansen")
    assert_accessible(page)
