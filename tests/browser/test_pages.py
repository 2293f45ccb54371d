"""The pages people use, in a real browser: logging in, WCAG 2.1 A/AA (axe-core), small and wide
screens, and the keyboard."""

from __future__ import annotations

import json

import pytest
from django.conf import settings
from django.utils import translation
from playwright.sync_api import expect

from organisations.models import Role
from tests.factories import make_person

# The live server sees only committed data: transactional tests. serialized_rollback=True makes
# pytest-django snapshot the migration data (regions, home page) when it creates the test database;
# conftest.py puts it back before each test.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def wrong_password_message() -> str:
    """allauth's message in Dutch, from the catalogues the site really uses (the project's own locale/
    may word it differently from allauth's nl translation)."""
    from allauth.account.adapter import get_adapter

    with translation.override("nl"):
        message = str(get_adapter().error_messages["email_password_mismatch"])
    assert "wachtwoord" in message, f"geen Nederlandse melding: {message!r}"
    return message


@pytest.fixture
def manager():
    """A Groningen manager with colleagues, so that the people list has a filled table."""
    boss = make_person(
        role=Role.MANAGER,
        region_slug="groningen",
        first_name="Marieke",
        last_name="Dijkhuis",
        email="manager@groningen.example",
    )
    for first, last in [("Sanne", "de Vries"), ("Youssef", "Benali"), ("Jan", "Hoekstra")]:
        make_person(role=Role.EMPLOYEE, region_slug="groningen", first_name=first, last_name=last)
    return boss


# --- The axe check itself ------------------------------------------------------------------------


def test_axe_reports_a_missing_alt_text(page, axe):
    """Proof that the check can fail: a page with an <img> without alt must give `image-alt`."""
    page.set_content(
        '<!doctype html><html lang="nl"><head><title>Fout</title></head><body><main><img src="x"></main></body></html>'
    )
    ids = {v["id"] for v in axe(page)}
    assert "image-alt" in ids, ids
    # The axe-core that ran is the one package.json pins.
    pinned = json.loads((settings.BASE_DIR / "package.json").read_text())["devDependencies"]["axe-core"]
    assert axe.run(page)["version"] == pinned


def test_white_on_white_text_fails_the_check(page, assert_accessible):
    """axe files equal colours as "incomplete"; the check still fails on them (this hid the header's
    "Inloggen" button, white on white)."""
    page.set_content(
        '<!doctype html><html lang="nl"><head><title>Fout</title></head><body><main>'
        '<a href="/" style="color:#fff;background:#fff">Inloggen</a></main></body></html>'
    )
    with pytest.raises(AssertionError, match=r"color-contrast \(gemeten\)"):
        assert_accessible(page)


def test_axe_runs_under_the_sites_content_security_policy(page, server, axe):
    """Same proof on a page of the site itself, with its strict CSP in force."""
    response = page.goto(server.url + "/account/login/")
    assert "script-src" in response.headers.get("content-security-policy", "")
    page.evaluate("""() => {
        const img = document.createElement('img');
        img.src = '/static/img/logo.svg';
        img.id = 'zonder-alt';
        document.querySelector('main').append(img);
    }""")
    violations = axe(page)
    image_alt = [v for v in violations if v["id"] == "image-alt"]
    assert image_alt, [v["id"] for v in violations]
    assert image_alt[0]["nodes"][0]["target"] == ["#zonder-alt"]


# --- Logging in -----------------------------------------------------------------------------------


def test_employee_logs_in_and_sees_their_name(page, employee, login):
    login(employee)
    expect(page.locator(".site-user__name")).to_have_text("Fleur Bakker")
    expect(page.locator(".site-user__name")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Welkom, Fleur")


def test_wrong_password_shows_a_dutch_error(page, employee, login):
    login(employee, password="Niet-het-goede-wachtwoord-1")
    assert page.url.endswith("/account/login/")
    expect(page.get_by_role("alert")).to_have_text(wrong_password_message())
    expect(page.locator("input[name=login]")).to_have_value(employee.email)
    expect(page.locator(".site-user__name")).to_have_count(0)


# --- WCAG 2.1 A/AA ---------------------------------------------------------------------------------


def test_home_anonymous_is_accessible(page, server, assert_accessible):
    page.goto(server.url + "/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_accessible(page)


def test_home_logged_in_is_accessible(page, employee, login, assert_accessible):
    login(employee)
    expect(page.locator(".site-user__name")).to_be_visible()
    assert_accessible(page)


def test_login_page_is_accessible(page, server, assert_accessible):
    page.goto(server.url + "/account/login/")
    expect(page.get_by_role("heading", level=1, name="Inloggen")).to_be_visible()
    assert_accessible(page)


def test_login_page_with_an_error_is_accessible(page, employee, login, assert_accessible):
    login(employee, password="Niet-het-goede-wachtwoord-1")
    expect(page.get_by_role("alert")).to_be_visible()
    assert_accessible(page)


def test_people_list_is_accessible(page, manager, login, server, assert_accessible):
    login(manager)
    page.goto(server.url + "/mensen/")
    expect(page.get_by_role("heading", level=1, name="Mensen")).to_be_visible()
    expect(page.locator("tbody tr")).to_have_count(4)
    assert_accessible(page)


def test_person_form_is_accessible(page, manager, login, server, assert_accessible):
    login(manager)
    page.goto(server.url + "/mensen/nieuw/")
    expect(page.get_by_role("heading", level=1, name="Persoon toevoegen")).to_be_visible()
    assert_accessible(page)


def test_person_form_with_errors_is_accessible(page, manager, login, server, assert_accessible):
    login(manager)
    page.goto(server.url + "/mensen/nieuw/")
    page.get_by_role("button", name="Toevoegen en uitnodigen").click()
    expect(page.locator(".form-errors")).to_be_visible()
    assert_accessible(page)


def test_person_detail_is_accessible(page, manager, login, server, assert_accessible):
    colleague = make_person(role=Role.EMPLOYEE, region_slug="groningen", first_name="Lotte", last_name="Jansen")
    login(manager)
    page.goto(f"{server.url}/mensen/{colleague.pk}/")
    expect(page.get_by_role("heading", level=1, name="Lotte Jansen")).to_be_visible()
    assert_accessible(page)


# --- Small and wide screens -------------------------------------------------------------------------


def _assert_fits(page, width: int) -> None:
    scroll_width = page.evaluate("() => document.documentElement.scrollWidth")
    assert scroll_width <= width, f"{page.url} scrolt horizontaal op {width}px: scrollWidth {scroll_width}"
    expect(page.locator(".site-header")).to_be_visible()
    expect(page.locator("main#inhoud")).to_be_visible()


@pytest.mark.parametrize("width", [320, 1280])
def test_public_pages_fit_the_screen(page, server, width):
    page.set_viewport_size({"width": width, "height": 800})
    for path in ["/", "/account/login/"]:
        page.goto(server.url + path)
        _assert_fits(page, width)


@pytest.mark.parametrize("width", [320, 1280])
def test_people_list_fits_the_screen(page, manager, login, server, width):
    page.set_viewport_size({"width": width, "height": 800})
    login(manager)
    page.goto(server.url + "/mensen/")
    expect(page.locator("tbody tr").first).to_be_visible()
    _assert_fits(page, width)


# --- Keyboard ---------------------------------------------------------------------------------------


def test_first_tab_focuses_the_skip_link(page, server):
    page.goto(server.url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => ({text: document.activeElement.textContent.trim(), href: document.activeElement.getAttribute('href')})"
    )
    assert focused == {"text": "Naar de inhoud", "href": "#inhoud"}
    skip = page.get_by_role("link", name="Naar de inhoud")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("main#inhoud")).to_be_focused()
