"""Readiness exports and the monthly report: CSV and Excel read back, one export for a double
click, requester-only downloads, the audit and the daily limit, progress, query counts that do not
grow with the region, the PDF report read back, and the monthly mail sent once per region."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.template.defaultfilters import floatformat
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from pypdf import PdfReader

from courses.models import LearningPath, LearningPathItem
from dashboards import services
from dashboards.aggregates import Scope, requirement_breakdown
from dashboards.models import ExportStatus, MonthlyReport, ReadinessExport, Requirement
from dashboards.readiness import refresh_requirements
from dashboards.report import render_region_report
from dashboards.selectors import region_report
from dashboards.tasks import build_readiness_export_task, send_monthly_reports_task
from organisations.models import AuditAction, AuditEvent, Membership, Region, Role, Team
from tests.dashboards.test_readiness import certify
from tests.factories import make_course, make_person

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
EXPORT_URL = "/dashboard/export/"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def courses():
    made = [make_course(code=code, lessons=1) for code in ("E1", "E2")]
    path = LearningPath.objects.create(name="Iedereen")
    for order, course in enumerate(made):
        LearningPathItem.objects.create(path=path, course=course, mandatory=True, due_within_days=30, sort_order=order)
    return made


def staff(slug: str, team: Team, n: int, courses, prefix: str, *, start: int = 0) -> list:
    """`n` people in a team: every other one certified for the first course, every third one
    started long ago (so their open courses are overdue)."""
    people = []
    for index in range(start, start + n):
        person = make_person(
            region_slug=slug,
            team=team,
            first_name=f"{prefix}{index}",
            last_name=f"{prefix}sen",
            email=f"{prefix.lower()}{index}@{slug}.example",
        )
        if index % 3 == 0:
            Membership.objects.filter(user=person).update(valid_from=TODAY - timedelta(days=100))
        if index % 2 == 0:
            certify(person, courses[0])
        people.append(person)
    refresh_requirements([p.pk for p in people])
    return people


@pytest.fixture
def regions(courses, manager_groningen, manager_utrecht):
    groningen_team = Team.objects.create(region=Region.objects.get(slug="groningen"), name="Team Triage Noord")
    utrecht_team = Team.objects.create(region=Region.objects.get(slug="utrecht"), name="Team Stichtse Vecht")
    groningen = staff("groningen", groningen_team, 5, courses, "Gerrit")
    utrecht = staff("utrecht", utrecht_team, 5, courses, "Ursula")
    refresh_requirements([manager_groningen.pk, manager_utrecht.pk])
    return {"groningen": groningen, "utrecht": utrecht, "groningen_team": groningen_team}


def utrecht_markers(regions, manager_utrecht) -> list[str]:
    """Everything that would betray an Utrecht person or team in a Groningen document."""
    names = [p.first_name for p in regions["utrecht"]] + [p.email for p in regions["utrecht"]]
    return [*names, "Ursulasen", "Stichtse Vecht", manager_utrecht.last_name, manager_utrecht.email]


def request_and_build(client, fmt: str, capture):
    with capture(execute=True):
        response = client.post(EXPORT_URL, {"formaat": fmt})
    return response


def download_bytes(client, export: ReadinessExport) -> bytes:
    response = client.get(reverse("dashboards:export_download", args=[export.pk]))
    assert response.status_code == 200
    return b"".join(response.streaming_content)


# --- CSV and Excel ---------------------------------------------------------------------------------


def test_a_groningen_manager_exports_csv_with_groningen_people_and_nothing_of_utrecht(
    login, manager_groningen, manager_utrecht, regions, django_capture_on_commit_callbacks
):
    client = login(manager_groningen)
    response = request_and_build(client, "csv", django_capture_on_commit_callbacks)

    export = ReadinessExport.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("dashboards:export", args=[export.pk])
    assert export.status == ExportStatus.DONE and export.format == "csv" and export.region.slug == "groningen"
    groningen_rows = Requirement.objects.filter(region__slug="groningen").count()
    assert (export.done, export.total) == (groningen_rows, groningen_rows) and groningen_rows == 12
    page = client.get(response["Location"]).content.decode()
    assert f"{groningen_rows} van {groningen_rows} regels" in page and "<progress" in page and "aria-live" in page

    data = download_bytes(client, export)
    assert data.startswith(b"\xef\xbb\xbf")  # Dutch Excel needs the byte-order mark for accents
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == [
        "Regio",
        "Team",
        "Functie",
        "Achtergrond",
        "Naam",
        "E-mailadres",
        "Cursuscode",
        "Cursus",
        "Bron",
        "Deadline",
        "Status",
        "Certificaat geldig tot",
    ]
    assert len(rows) == 1 + groningen_rows
    assert {row[5] for row in rows[1:]} == {p.email for p in regions["groningen"]} | {manager_groningen.email}
    assert {row[0] for row in rows[1:]} == {Region.objects.get(slug="groningen").name}
    gerrit0 = [row for row in rows if row[4] == "Gerrit0 Gerritsen"]
    assert {row[6]: row[10] for row in gerrit0} == {"E1": "Gereed", "E2": "Deadline verstreken"}
    assert {row[1] for row in gerrit0} == {"Team Triage Noord"} and all(row[8] == "Leerpad" for row in gerrit0)
    assert next(row for row in gerrit0 if row[6] == "E1")[11] == (TODAY + timedelta(days=800)).isoformat()
    for marker in utrecht_markers(regions, manager_utrecht):
        assert marker not in text, marker


def test_an_excel_export_reads_back_with_a_bold_frozen_header_and_dates(
    login, manager_groningen, manager_utrecht, regions, django_capture_on_commit_callbacks
):
    client = login(manager_groningen)
    request_and_build(client, "xlsx", django_capture_on_commit_callbacks)

    export = ReadinessExport.objects.get()
    response = client.get(reverse("dashboards:export_download", args=[export.pk]))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.spreadsheetml")
    assert response["Content-Disposition"] == f'attachment; filename="gereedheid-groningen-{TODAY.isoformat()}.xlsx"'
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert sheet.freeze_panes == "A2" and sheet.column_dimensions["E"].width >= 20
    header = [cell.value for cell in sheet[1]]
    assert header[:5] == ["Regio", "Team", "Functie", "Achtergrond", "Naam"] and all(c.font.b for c in sheet[1])
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    assert len(rows) == Requirement.objects.filter(region__slug="groningen").count()
    assert {row[5] for row in rows} == {p.email for p in regions["groningen"]} | {manager_groningen.email}
    certified = next(row for row in rows if row[4] == "Gerrit0 Gerritsen" and row[6] == "E1")
    assert certified[11].date() == TODAY + timedelta(days=800) and certified[10] == "Gereed"
    everything = " ".join(str(value) for row in rows for value in row)
    for marker in utrecht_markers(regions, manager_utrecht):
        assert marker not in everything, marker


def test_cells_that_look_like_formulas_stay_text(login, manager_groningen, courses, django_capture_on_commit_callbacks):
    person = make_person(
        region_slug="groningen", first_name="=HYPERLINK(1)", last_name="-Min", email="f@groningen.example"
    )
    refresh_requirements([person.pk])
    client = login(manager_groningen)

    request_and_build(client, "csv", django_capture_on_commit_callbacks)
    text = download_bytes(client, ReadinessExport.objects.get()).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert {row[4] for row in rows if "HYPERLINK" in row[4]} == {"'=HYPERLINK(1) -Min"}

    request_and_build(client, "xlsx", django_capture_on_commit_callbacks)
    sheet = load_workbook(io.BytesIO(download_bytes(client, ReadinessExport.objects.get(format="xlsx")))).active
    names = [row[4] for row in sheet.iter_rows(min_row=2) if "HYPERLINK" in str(row[4].value)]
    assert names and all(cell.data_type == "s" for cell in names)


# --- Bad input, access, audit, limits ---------------------------------------------------------------


def test_an_export_requested_twice_is_one_export_and_one_audit_line(
    login, manager_groningen, regions, monkeypatch, django_capture_on_commit_callbacks
):
    enqueued: list[int] = []
    monkeypatch.setattr(build_readiness_export_task, "delay_on_commit", enqueued.append)
    client = login(manager_groningen)

    first = client.post(EXPORT_URL, {"formaat": "csv"})
    second = client.post(EXPORT_URL, {"formaat": "csv"})  # the double click, while still pending

    export = ReadinessExport.objects.get()
    assert first["Location"] == second["Location"] == reverse("dashboards:export", args=[export.pk])
    assert enqueued == [export.pk]
    events = AuditEvent.objects.filter(action=AuditAction.READINESS_EXPORTED)
    assert [(e.actor, e.region.slug, e.details) for e in events.all()] == [
        (manager_groningen, "groningen", {"format": "csv"})
    ]

    # Built, then asked again within ten minutes: the same file, nothing rebuilt or logged again.
    build_readiness_export_task(export.pk)
    assert client.post(EXPORT_URL, {"formaat": "csv"})["Location"] == first["Location"]
    assert ReadinessExport.objects.count() == 1 and enqueued == [export.pk] and events.count() == 1
    # Another format is another export.
    client.post(EXPORT_URL, {"formaat": "xlsx"})
    assert ReadinessExport.objects.count() == 2 and events.count() == 2


def test_a_finished_export_older_than_ten_minutes_is_built_again(
    login, manager_groningen, regions, django_capture_on_commit_callbacks
):
    client = login(manager_groningen)
    request_and_build(client, "csv", django_capture_on_commit_callbacks)
    ReadinessExport.objects.update(finished_at=timezone.now() - timedelta(minutes=11))
    request_and_build(client, "csv", django_capture_on_commit_callbacks)
    assert list(ReadinessExport.objects.values_list("status", flat=True)) == ["done", "done"]


def test_an_unknown_format_makes_no_export(login, manager_groningen, regions):
    response = login(manager_groningen).post(EXPORT_URL, {"formaat": "pdf'; drop"}, follow=True)
    assert "Dat exportformaat kennen we niet" in response.content.decode()
    assert not ReadinessExport.objects.exists() and not AuditEvent.objects.filter(action="readiness_exported").exists()


def test_exports_are_limited_per_day(login, manager_groningen, regions, monkeypatch):
    monkeypatch.setattr(services, "MAX_EXPORTS_PER_DAY", 2)
    monkeypatch.setattr(build_readiness_export_task, "delay_on_commit", lambda pk: None)
    client = login(manager_groningen)
    client.post(EXPORT_URL, {"formaat": "csv"})
    client.post(EXPORT_URL, {"formaat": "xlsx"})
    refused = client.get(reverse("dashboards:report"), follow=True)
    assert "maximum per dag" in refused.content.decode()
    assert AuditEvent.objects.filter(action=AuditAction.READINESS_EXPORTED).count() == 2


def test_only_the_requester_opens_or_downloads_an_export(
    login, client, manager_groningen, manager_utrecht, employee, programme_staff, regions,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    request_and_build(login(manager_groningen), "csv", django_capture_on_commit_callbacks)
    export = ReadinessExport.objects.get()
    colleague = make_person(role=Role.MANAGER, region_slug="groningen", email="collega@groningen.example")
    names = ("dashboards:export", "dashboards:export_status", "dashboards:export_download")
    for user, status in ((manager_utrecht, 404), (colleague, 404), (programme_staff, 403), (employee, 403)):
        client.logout()
        login(user)
        for name in names:
            assert client.get(reverse(name, args=[export.pk])).status_code == status, (user.email, name)
    client.logout()
    login(manager_groningen)
    assert client.get(reverse("dashboards:export_download", args=[export.pk])).status_code == 200
    # Once no longer the region's manager, the file is out of reach too.
    _demote(manager_groningen)
    assert client.get(reverse("dashboards:export_download", args=[export.pk])).status_code == 403


def test_only_managers_may_ask_for_an_export(login, client, employee, programme_staff, regions):
    for user in (employee, programme_staff):
        client.logout()
        assert login(user).post(EXPORT_URL, {"formaat": "csv"}).status_code == 403
        assert client.get(reverse("dashboards:report")).status_code == 403
    assert not ReadinessExport.objects.exists() and not AuditEvent.objects.exists()


def test_an_export_for_a_requester_who_stopped_managing_fails(manager_groningen, regions, monkeypatch):
    monkeypatch.setattr(build_readiness_export_task, "delay_on_commit", lambda pk: None)
    export = services.request_export(actor=manager_groningen, format="csv")
    _demote(manager_groningen)
    assert build_readiness_export_task(export.pk) == "failed"
    export.refresh_from_db()
    assert export.status == ExportStatus.FAILED and not export.file


# --- Progress and query counts ------------------------------------------------------------------


def test_the_progress_json_follows_the_export(login, manager_groningen, regions, monkeypatch):
    monkeypatch.setattr(build_readiness_export_task, "delay_on_commit", lambda pk: None)
    client = login(manager_groningen)
    client.post(EXPORT_URL, {"formaat": "xlsx"})
    export = ReadinessExport.objects.get()
    url = reverse("dashboards:export_status", args=[export.pk])

    waiting = client.get(url)
    assert waiting["Cache-Control"] == "no-store"
    assert waiting.json() == {
        "status": "pending",
        "finished": False,
        "done": 0,
        "total": 0,
        "percent": 0,
        "progress_text": "0 van 0 regels",
        "message": "De export staat in de wachtrij.",
        "download_url": "",
    }
    build_readiness_export_task(export.pk)
    done = client.get(url).json()
    assert done["status"] == "done" and done["finished"] and done["percent"] == 100
    assert done["done"] == done["total"] == 12 and done["progress_text"] == "12 van 12 regels"
    assert done["download_url"] == reverse("dashboards:export_download", args=[export.pk])


def test_progress_is_written_per_chunk(manager_groningen, regions, monkeypatch):
    from dashboards import selectors

    monkeypatch.setattr(selectors, "EXPORT_CHUNK", 5)
    seen: list[int] = []
    real_update = type(ReadinessExport.objects.all()).update

    def spy(queryset, **values):
        if "done" in values and "status" not in values:
            seen.append(values["done"])
        return real_update(queryset, **values)

    monkeypatch.setattr(type(ReadinessExport.objects.all()), "update", spy)
    export = ReadinessExport.objects.create(
        requested_by=manager_groningen, region=Region.objects.get(slug="groningen"), format="csv"
    )
    assert services.build_export(export_id=export.pk) == "done"
    assert seen == [5, 10]
    export.refresh_from_db()
    assert (export.done, export.total, export.status) == (12, 12, "done")


def _demote(manager):
    # As the people editor saves it (a queryset update would bypass the cached membership's signal).
    membership = Membership.objects.get(user=manager, valid_to__isnull=True)
    membership.role = Role.EMPLOYEE
    membership.save()


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_export_takes_the_same_number_of_queries_for_3_or_30_people(fmt, manager_groningen, courses):
    team = Team.objects.create(region=Region.objects.get(slug="groningen"), name="Team Groei")
    region = Region.objects.get(slug="groningen")
    counts, rows = [], []
    for size, start in ((3, 0), (27, 3)):
        staff("groningen", team, size, courses, "Groei", start=start)
        export = ReadinessExport.objects.create(requested_by=manager_groningen, region=region, format=fmt)
        cache.clear()  # the requester's cached membership: measure the whole computation each time
        with CaptureQueriesContext(connection) as queries:
            assert build_readiness_export_task(export.pk) == "done"
        counts.append(len(queries))
        rows.append(ReadinessExport.objects.get(pk=export.pk).total)
    assert rows == [6, 60]
    assert counts[0] == counts[1], counts


def test_the_status_endpoint_takes_the_same_number_of_queries_for_3_or_30_people(
    login, manager_groningen, courses, monkeypatch
):
    monkeypatch.setattr(build_readiness_export_task, "delay_on_commit", lambda pk: None)
    team = Team.objects.create(region=Region.objects.get(slug="groningen"), name="Team Groei")
    client = login(manager_groningen)
    counts = []
    for size, start, fmt in ((3, 0, "csv"), (27, 3, "xlsx")):
        staff("groningen", team, size, courses, "Groei", start=start)
        client.post(EXPORT_URL, {"formaat": fmt})
        export = ReadinessExport.objects.get(format=fmt)
        build_readiness_export_task(export.pk)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("dashboards:export_status", args=[export.pk])).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


# --- The PDF report ----------------------------------------------------------------------------


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_pdf_report_shows_the_region_its_readiness_and_teams_and_no_other_region(
    manager_groningen, manager_utrecht, regions
):
    region = Region.objects.get(slug="groningen")
    context = region_report(region)
    data = render_region_report(context)

    assert data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    assert reader.pdf_header.startswith("%PDF-") and "/StructTreeRoot" in reader.trailer["/Root"]
    assert reader.trailer["/Root"]["/Lang"] == "nl"
    text = pdf_text(data)
    percent = requirement_breakdown(Scope(region_id=region.pk), TODAY, [()])[()][()]["percent"]
    assert region.name in text and f"{floatformat(percent, 0)}%" in text and "Team Triage Noord" in text
    # Overdue people by name, course and deadline (for the region's own managers only).
    overdue = context["overdue"]
    assert overdue and overdue[0]["name"].split(",")[0] in text
    for marker in utrecht_markers(regions, manager_utrecht):
        assert marker not in text, marker


def test_a_manager_downloads_the_pdf_report_and_it_is_audited(login, manager_groningen, regions):
    response = login(manager_groningen).get(reverse("dashboards:report"))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="gereedheid-groningen-{TODAY.isoformat()}.pdf"'
    assert "Groningen" in pdf_text(response.content)
    event = AuditEvent.objects.get(action=AuditAction.READINESS_EXPORTED)
    assert (event.actor, event.region.slug, event.details) == (manager_groningen, "groningen", {"format": "pdf"})


def test_the_dashboard_offers_the_exports(login, manager_groningen, regions):
    page = login(manager_groningen).get(reverse("dashboards:dashboard")).content.decode()
    assert f'action="{EXPORT_URL}"' in page and 'value="csv"' in page and 'value="xlsx"' in page
    assert reverse("dashboards:report") in page


# --- The monthly mail ----------------------------------------------------------------------------


def test_the_monthly_report_goes_once_to_each_regions_own_managers(
    manager_groningen, manager_utrecht, regions, django_capture_on_commit_callbacks
):
    second = make_person(role=Role.MANAGER, region_slug="groningen", email="tweede@groningen.example")
    gone = make_person(role=Role.MANAGER, region_slug="groningen", email="weg@groningen.example")
    gone.is_active = False
    gone.save(update_fields=["is_active"])
    make_person(region_slug="zeeland", email="zonder-manager@zeeland.example")  # no manager: no report
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        assert send_monthly_reports_task() == 2

    assert len(mail.outbox) == 2
    by_region = {("groningen" if "Groningen" in message.subject else "utrecht"): message for message in mail.outbox}
    assert sorted(by_region["groningen"].to) == sorted([manager_groningen.email, second.email])
    assert by_region["utrecht"].to == [manager_utrecht.email]
    name, content, mimetype = by_region["groningen"].attachments[0]
    assert mimetype == "application/pdf" and name == f"gereedheid-groningen-{TODAY.isoformat()}.pdf"
    text = pdf_text(content)
    assert "Groningen" in text and "Team Triage Noord" in text
    for marker in utrecht_markers(regions, manager_utrecht):
        assert marker not in text, marker
    assert "Gerrit" not in pdf_text(by_region["utrecht"].attachments[0][1])
    month = TODAY.replace(day=1)
    sent = MonthlyReport.objects.filter(month=month, sent_at__isnull=False)
    assert set(sent.values_list("region__slug", flat=True)) == {"groningen", "utrecht"}

    # A second beat process, or the same task delivered again: nothing more is sent.
    with django_capture_on_commit_callbacks(execute=True):
        assert send_monthly_reports_task() == 0
    assert services.send_region_report(region_id=Region.objects.get(slug="groningen").pk, month=month) == "already-sent"
    assert len(mail.outbox) == 2


def test_region_for_a_report_without_rights_is_refused(programme_staff):
    with pytest.raises(PermissionDenied):
        services.record_report_download(actor=programme_staff)
    with pytest.raises(PermissionDenied):
        services.request_export(actor=programme_staff, format="csv")


def test_the_service_refuses_an_unknown_format(manager_groningen):
    with pytest.raises(ValidationError):
        services.request_export(actor=manager_groningen, format="ods")
