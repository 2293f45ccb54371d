"""The readiness dashboards in a real browser: the Groningen manager reads the heat map and its
table, opens a team, sends a reminder and downloads the CSV export once the waiting page's script
has seen it finished; WCAG 2.1 A/AA on every dashboard page (tables open and closed); and the
dashboard by keyboard alone."""

from __future__ import annotations

import csv
import io
import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from courses.models import LearningPath, LearningPathItem
from dashboards.models import ExportStatus, ReadinessExport, ReadinessSnapshot
from dashboards.readiness import rebuild_all_requirements
from dashboards.tasks import build_readiness_export_task
from organisations.models import Membership, Region, Team
from tests.dashboards.test_readiness import certify
from tests.factories import make_course, make_person

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TODAY = timezone.localdate()
HEAT_NAME = "Gereedheid per team en cursus"
REMIND = "Herinnering sturen aan geselecteerden"

# Team Triage Noord: everyone holds P1, half of them P2 (P1 100 %, P2 50 %).
NOORD = [("Anna", "Noordhuis"), ("Bram", "Noordhuis"), ("Carla", "Noordhuis"), ("Daan", "Noordhuis")]
# Team Zorg Zuid: started long ago, so whatever they lack is overdue; one holds P1 (33 %), none P2.
ZUID = [("Eva", "Zuidema"), ("Frank", "Zuidema"), ("Gijs", "Zuidema")]
# Utrecht: never to be seen by the Groningen manager, in the page or in the export.
UTRECHT = [("Ursula", "Vechtstra"), ("Umar", "Vechtstra"), ("Ulla", "Vechtstra")]
UTRECHT_MARKERS = ["Ursula", "Umar", "Ulla", "Vechtstra", "Stichtse Vecht"]


def _team(slug: str, name: str) -> Team:
    return Team.objects.create(region=Region.objects.get(slug=slug), name=name)


def _people(slug: str, team: Team, names, *, started_days_ago: int | None = None) -> dict:
    people = {}
    for first, last in names:
        person = make_person(
            region_slug=slug,
            team=team,
            first_name=first,
            last_name=last,
            email=f"{first.lower()}.{last.lower()}@{slug}.example",
        )
        if started_days_ago is not None:
            Membership.objects.filter(user=person).update(valid_from=TODAY - timedelta(days=started_days_ago))
        people[first] = person
    return people


@pytest.fixture
def readiness(manager_groningen, settings, tmp_path):
    """Two Groningen teams of different readiness, an Utrecht team, requirement rows for all, and two
    earlier months of snapshots so that the trend chart has a line."""
    settings.MEDIA_ROOT = tmp_path  # the exports' files
    courses = [make_course(code=code, lessons=1) for code in ("P1", "P2")]
    path = LearningPath.objects.create(name="Iedereen")
    for order, course in enumerate(courses):
        LearningPathItem.objects.create(path=path, course=course, mandatory=True, due_within_days=30, sort_order=order)
    noord, zuid = _team("groningen", "Team Triage Noord"), _team("groningen", "Team Zorg Zuid")
    utrecht = _team("utrecht", "Team Stichtse Vecht")

    people = _people("groningen", noord, NOORD)
    for index, person in enumerate(people.values()):
        certify(person, courses[0])
        if index < 2:
            certify(person, courses[1], issued_days_ago=1050, valid_days=1095)  # expires within 90 days
    zuid_people = _people("groningen", zuid, ZUID, started_days_ago=100)
    certify(zuid_people["Eva"], courses[0])
    people.update(zuid_people)
    utrecht_people = _people("utrecht", utrecht, UTRECHT, started_days_ago=100)
    certify(utrecht_people["Ursula"], courses[0])
    rebuild_all_requirements()

    this_month = TODAY.replace(day=1)
    for months_back, met in ((2, 4), (1, 8)):
        month = (this_month - timedelta(days=28 * months_back)).replace(day=1)
        for region in Region.objects.filter(slug__in=["groningen", "utrecht"]):
            ReadinessSnapshot.objects.create(
                month=month, region=region, people=7, people_ready=1, requirements=16, met=met, expiring=1, overdue=4
            )
    return {"people": people, "noord": noord, "zuid": zuid, "utrecht": utrecht_people, "courses": courses}


def _assert_no_utrecht(page) -> None:
    text, html = page.locator("body").inner_text(), page.content()
    for marker in UTRECHT_MARKERS:
        assert marker not in text and marker not in html, f"{marker!r} staat op {page.url}"


def _heat_cell_label(page, row: str, column: str) -> str:
    """The percentage written in the heat map's cell for `row` × `column` (each cell is a <g> with
    a <title> "row, column: …" and the visible <text>)."""
    cell = (
        page.get_by_role("img", name=HEAT_NAME)
        .locator("g")
        .filter(has=page.locator("title", has_text=re.compile(rf"^{re.escape(row)}, {re.escape(column)}:")))
    )
    expect(cell).to_have_count(1)
    return cell.locator("text").text_content().strip()


def _heat_table_cell(page, row: str, column: str):
    """The same cell in the table alternative: the row's header names the team, the column's the course."""
    table = page.get_by_role("table", name="Gereedheid per team en cursus: behaald van verplicht")
    headers = [h.strip() for h in table.locator("thead th").all_inner_texts()]
    table_row = table.locator("tbody tr").filter(has=page.get_by_role("rowheader", name=row, exact=True))
    expect(table_row).to_have_count(1)
    # The row header is the first cell, so the column's index in the header row is its index here.
    return table_row.locator("th, td").nth(headers.index(column))


def _open_table_alternatives(page) -> None:
    for details in page.locator("details.table-alternative").all():
        if not details.evaluate("el => el.open"):
            details.locator("summary").click()
        expect(details).to_have_attribute("open", "")


# axe-core measures the contrast of HTML text by its CSS colour and background; an SVG <text> is
# painted with `fill` over whatever shape lies under it, which axe does not work out. So the charts'
# text is measured here: each <text>'s fill against the fill of the topmost shape under its middle
# (a heat map cell, a bar's track), or else the first opaque background of the figure's ancestors.
SVG_TEXT_CONTRAST_JS = r"""
() => {
  const rgb = (value) => {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(value || "");
    return m ? {r: +m[1], g: +m[2], b: +m[3], a: m[4] === undefined ? 1 : +m[4]} : null;
  };
  const luminance = ({r, g, b}) => {
    const c = [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const ratio = (x, y) => {
    const [hi, lo] = [luminance(x), luminance(y)].sort((a, b) => b - a);
    return (hi + 0.05) / (lo + 0.05);
  };
  const pageBackground = (el) => {
    for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
      const colour = rgb(getComputedStyle(node).backgroundColor);
      if (colour && colour.a === 1) return colour;
    }
    return {r: 255, g: 255, b: 255, a: 1};
  };
  const results = [];
  for (const svg of document.querySelectorAll("figure.chart svg[role=img]")) {
    svg.scrollIntoView({block: "center", inline: "center"});
    for (const text of svg.querySelectorAll("text")) {
      if (!text.textContent.trim()) continue;
      const box = text.getBoundingClientRect();
      const x = box.left + box.width / 2, y = box.top + box.height / 2;
      const under = document.elementsFromPoint(x, y).find(
        (el) => el !== text && svg.contains(el) && el !== svg && el.tagName !== "text" && el.tagName !== "g"
                && rgb(getComputedStyle(el).fill) && rgb(getComputedStyle(el).fill).a === 1
      );
      const fill = rgb(getComputedStyle(text).fill);
      const background = under ? rgb(getComputedStyle(under).fill) : pageBackground(svg.parentElement);
      results.push({chart: svg.getAttribute("aria-labelledby"), text: text.textContent.trim(),
                    fill: getComputedStyle(text).fill, on: under ? under.tagName : "page",
                    ratio: Math.round(ratio(fill, background) * 100) / 100});
    }
  }
  return results;
}
"""


def assert_svg_text_contrast(page, minimum: float = 4.5) -> int:
    """Every text in the page's charts has at least `minimum`:1 against what lies under it (4.5:1:
    the charts' 11–13 px text is not large text). Returns how many texts were measured."""
    measured = page.evaluate(SVG_TEXT_CONTRAST_JS)
    low = [m for m in measured if m["ratio"] < minimum]
    assert not low, f"SVG-tekst met te weinig contrast op {page.url}: {low}"
    return len(measured)


def test_the_svg_text_check_catches_low_contrast(page):
    """Proof that the chart check can fail: grey text on a light cell, and light text on the page."""
    page.set_content(
        '<!doctype html><html lang="nl"><head><title>Grafiek</title></head><body><main><figure class="chart">'
        '<svg role="img" aria-labelledby="t" width="300" height="60"><title id="t">Proef</title>'
        '<rect x="0" y="0" width="100" height="40" fill="#c3e4e8"/>'
        '<text x="50" y="25" text-anchor="middle" font-size="13" fill="#8a96a8">40%</text>'
        '<text x="200" y="25" font-size="13" fill="#17212b">goed</text>'
        '<text x="200" y="50" font-size="13" fill="#b0b0b0">licht</text>'
        "</svg></figure></main></body></html>"
    )
    measured = {m["text"]: m for m in page.evaluate(SVG_TEXT_CONTRAST_JS)}
    assert measured["40%"]["on"] == "rect" and measured["40%"]["ratio"] < 3
    assert measured["goed"]["on"] == "page" and measured["goed"]["ratio"] > 15
    assert measured["licht"]["ratio"] < 4.5
    with pytest.raises(AssertionError, match="licht"):
        assert_svg_text_contrast(page)


# --- 1. The manager's round: heat map, team, reminder, export ---------------------------------------


def test_the_groningen_manager_reads_the_heat_map_reminds_someone_and_downloads_the_csv(
    page, server, login, manager_groningen, readiness, monkeypatch
):
    people = readiness["people"]
    login(manager_groningen)
    page.goto(server.url + "/dashboard/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Gereedheid Veilig Thuis Groningen")

    # The heat map is an image with a name; its cells carry the percentages.
    heat = page.get_by_role("img", name=HEAT_NAME)
    expect(heat).to_be_visible()
    assert _heat_cell_label(page, "Team Triage Noord", "P1") == "100%"
    assert _heat_cell_label(page, "Team Triage Noord", "P2") == "50%"
    assert _heat_cell_label(page, "Team Zorg Zuid", "P1") == "33%"
    assert _heat_cell_label(page, "Team Zorg Zuid", "P2") == "0%"

    # The table with the same numbers waits in a closed <details>; opened, it says the same.
    details = page.locator("details.table-alternative").filter(has=page.locator("table", has_text="Team Triage Noord"))
    expect(details.locator("table")).to_be_hidden()
    details.locator("summary").click()
    expect(details.locator("table")).to_be_visible()
    for row, column, expected in [
        ("Team Triage Noord", "P1", "100% (4/4)"),
        ("Team Triage Noord", "P2", "50% (2/4)"),
        ("Team Zorg Zuid", "P1", "33% (1/3)"),
        ("Team Zorg Zuid", "P2", "0% (0/3)"),
    ]:
        cell = _heat_table_cell(page, row, column)
        expect(cell).to_have_text(expected)
        assert cell.inner_text().startswith(_heat_cell_label(page, row, column) + " ")
    _assert_no_utrecht(page)

    # A team's page names its people, and only them.
    page.locator("p", has_text="Open een team voor de namen:").get_by_role("link", name="Team Zorg Zuid").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Team Zorg Zuid")
    people_table = page.get_by_role("table", name="Status per medewerker en cursus")
    expect(people_table.get_by_role("rowheader")).to_have_text(["Zuidema, Eva", "Zuidema, Frank", "Zuidema, Gijs"])
    expect(people_table).not_to_contain_text("Noordhuis")
    _assert_no_utrecht(page)

    # Back on the dashboard: remind Frank, who is over time.
    page.go_back()
    expect(page.get_by_role("heading", level=1)).to_have_text("Gereedheid Veilig Thuis Groningen")
    overdue = page.get_by_role("table", name="Deadline verstreken")
    expect(overdue).to_contain_text("Zuidema, Frank")
    overdue.get_by_label("Frank Zuidema selecteren").first.check()
    page.get_by_role("button", name=REMIND).click()
    expect(page.get_by_role("status").filter(has_text="Herinnering verstuurd naar 1 persoon.")).to_be_visible()
    assert [message.to for message in mail.outbox] == [[people["Frank"].email]]
    assert "P1" in mail.outbox[0].body and "P2" in mail.outbox[0].body
    expect(page).to_have_url(server.url + "/dashboard/")

    # The CSV: the task is held back, so the waiting page shows its progress first; once built, the
    # page's script notices by polling and shows the download link.
    held: list[int] = []
    monkeypatch.setattr(build_readiness_export_task, "delay_on_commit", held.append)
    page.get_by_role("group", name=re.compile("exporteren")).get_by_role("button", name="CSV").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Gereedheid als CSV-bestand")
    progress = page.get_by_role("progressbar", name="Voortgang van de export")
    expect(progress).to_be_visible()
    expect(page.get_by_text("De export staat in de wachtrij.")).to_be_visible()
    download_link = page.get_by_role("link", name="Download de export")
    expect(download_link).to_be_hidden()
    export = ReadinessExport.objects.get(requested_by=manager_groningen)
    assert held == [export.pk] and export.status == ExportStatus.PENDING

    build_readiness_export_task.delay(export.pk)  # eager: built here, as a worker would
    export.refresh_from_db()
    assert export.status == ExportStatus.DONE and export.total > 0
    expect(download_link).to_be_visible(timeout=15_000)
    expect(page.get_by_text("De export is klaar om te downloaden.")).to_be_visible()
    expect(page.get_by_text(f"{export.total} van {export.total} regels")).to_be_visible()
    expect(progress).to_have_attribute("aria-valuetext", f"{export.total} van {export.total} regels")
    assert progress.evaluate("el => el.value === el.max")

    with page.expect_download() as download_info:
        download_link.click()
    download = download_info.value
    assert download.suggested_filename == f"gereedheid-groningen-{timezone.localdate(export.finished_at)}.csv"
    text = download.path().read_bytes().decode("utf-8-sig")
    for first, last in NOORD + ZUID:
        assert first in text and last in text, first
    for marker in UTRECHT_MARKERS:
        assert marker not in text, marker
    rows = list(csv.reader(io.StringIO(text), dialect=csv.Sniffer().sniff(text.splitlines()[0])))
    assert len(rows) == export.total + 1  # a header and one line per requirement


# --- 2. WCAG 2.1 A/AA ---------------------------------------------------------------------------------


@pytest.mark.parametrize("width", [1280, 360], ids=["desktop", "phone"])
def test_the_dashboard_pages_have_no_wcag_violations(
    page, server, login, manager_groningen, programme_staff, readiness, assert_accessible, width
):
    """On a desktop and on a phone, where the tables no longer fit and scroll within the page."""
    page.set_viewport_size({"width": width, "height": 900})
    login(manager_groningen)
    page.goto(server.url + "/dashboard/")
    expect(page.get_by_role("img", name=HEAT_NAME)).to_be_visible()
    assert_accessible(page)  # the tables closed
    # The heat map (2 teams and the manager without a team × 2 courses), bars and the trend line.
    assert assert_svg_text_contrast(page) > 20
    _open_table_alternatives(page)
    assert_accessible(page)  # and every table open

    page.goto(f"{server.url}/dashboard/team/{readiness['zuid'].pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Team Zorg Zuid")
    assert_accessible(page)
    page.goto(f"{server.url}/dashboard/team/{readiness['noord'].pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Team Triage Noord")
    assert_accessible(page)  # every status: done, expiring

    for name in ("Eva", "Anna"):
        person = readiness["people"][name]
        page.goto(f"{server.url}/dashboard/medewerker/{person.pk}/")
        expect(page.get_by_role("heading", level=1)).to_have_text(f"Leerdossier van {person.get_full_name()}")
        assert_accessible(page)

    page.goto(server.url + "/dashboard/actie/overdue/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Deadline verstreken")
    assert_accessible(page)

    page.context.clear_cookies()  # logged out
    login(programme_staff)
    page.goto(server.url + "/dashboard/landelijk/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Landelijk overzicht")
    assert_accessible(page)
    assert assert_svg_text_contrast(page) > 0
    _open_table_alternatives(page)
    assert_accessible(page)
    page.goto(server.url + "/dashboard/landelijk/groningen/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Groningen")
    assert_accessible(page)
    assert assert_svg_text_contrast(page) > 0
    _open_table_alternatives(page)
    assert_accessible(page)


def test_the_export_waiting_page_has_no_wcag_violations(
    page, server, login, manager_groningen, readiness, assert_accessible, monkeypatch
):
    monkeypatch.setattr(build_readiness_export_task, "delay_on_commit", lambda pk: None)
    login(manager_groningen)
    page.goto(server.url + "/dashboard/")
    page.get_by_role("button", name="CSV").click()
    expect(page.get_by_text("De export staat in de wachtrij.")).to_be_visible()
    assert_accessible(page)  # waiting
    build_readiness_export_task.delay(ReadinessExport.objects.get().pk)
    expect(page.get_by_role("link", name="Download de export")).to_be_visible(timeout=15_000)
    assert_accessible(page)  # done, with the link


# --- 3. The keyboard ------------------------------------------------------------------------------


def _tab_to(page, target, *, limit: int = 150) -> None:
    """Press Tab until `target` has the focus, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("el => el === document.activeElement"):
            return
    raise AssertionError(f"{target} niet bereikt met Tab na {limit} keer")


def _focus_is_visible(locator) -> bool:
    """The focused element matches :focus-visible and draws an outline (the site's focus style)."""
    return locator.evaluate(
        """el => el === document.activeElement && el.matches(':focus-visible')
                 && getComputedStyle(el).outlineStyle !== 'none'
                 && parseFloat(getComputedStyle(el).outlineWidth) >= 2"""
    )


def test_the_dashboard_works_with_the_keyboard_alone(page, server, login, manager_groningen, readiness):
    people = readiness["people"]
    login(manager_groningen)
    page.goto(server.url + "/dashboard/")
    expect(page.get_by_role("img", name=HEAT_NAME)).to_be_visible()

    # The filter form: both selects and the button, in that order.
    function, background = page.get_by_label("Functie", exact=True), page.get_by_label("Achtergrond", exact=True)
    apply = page.get_by_role("button", name="Toepassen")
    for control in (function, background, apply):
        _tab_to(page, control)
        assert _focus_is_visible(control), control

    # The summary of the table alternative opens with Enter.
    summary = page.locator("details.table-alternative summary").first
    _tab_to(page, summary)
    assert _focus_is_visible(summary)
    page.keyboard.press("Enter")
    expect(page.get_by_role("table", name="Gereedheid per team en cursus: behaald van verplicht")).to_be_visible()

    # The team links.
    teams = page.locator("p", has_text="Open een team voor de namen:")
    for name in ("Team Triage Noord", "Team Zorg Zuid"):
        link = teams.get_by_role("link", name=name)
        _tab_to(page, link)
        assert _focus_is_visible(link), name

    # A checkbox in "Wie heeft actie nodig", ticked with Space, then the button with Enter.
    overdue = page.get_by_role("table", name="Deadline verstreken")
    checkbox = overdue.get_by_label("Gijs Zuidema selecteren").first
    _tab_to(page, checkbox)
    assert _focus_is_visible(checkbox)
    page.keyboard.press("Space")
    expect(checkbox).to_be_checked()
    button = page.get_by_role("button", name=REMIND)
    _tab_to(page, button)
    assert _focus_is_visible(button)
    page.keyboard.press("Enter")
    expect(page.get_by_role("status").filter(has_text="Herinnering verstuurd naar 1 persoon.")).to_be_visible()
    assert [message.to for message in mail.outbox] == [[people["Gijs"].email]]

    # And the filter form submits from the keyboard too: a function chosen with the arrows.
    _tab_to(page, function)
    page.keyboard.press("ArrowDown")
    expect(function).not_to_have_value("")
    chosen = function.input_value()
    _tab_to(page, apply)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"\?functie={re.escape(chosen)}&achtergrond="))
    expect(page.get_by_role("link", name="Filters wissen")).to_be_visible()
