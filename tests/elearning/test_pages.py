"""The shop window: home page, error pages in the site's style, CMS in Dutch, security headers."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_home_page_explains_the_platform_to_visitors():
    body = Client().get("/").content.decode()
    assert '<html lang="nl">' in body
    assert "AMHK Academie" in body and "Veilig Thuis" in body
    assert 'href="#inhoud"' in body and 'id="inhoud"' in body  # skip link and its target
    assert "Inloggen" in body


def test_logged_in_employee_is_greeted_by_name_and_gets_no_staff_navigation(login, employee):
    body = login(employee).get("/").content.decode()
    assert "Welkom, Fleur" in body
    assert "Fleur Bakker" in body
    assert "/mensen/" not in body and 'href="/cms/"' not in body


def test_navigation_follows_the_role(login, manager_groningen, trainer):
    assert 'href="/mensen/"' in login(manager_groningen).get("/").content.decode()
    trainer_body = login(trainer).get("/").content.decode()
    assert 'href="/cms/"' in trainer_body and 'href="/mensen/"' not in trainer_body


def test_404_page_is_dutch_and_styled(settings):
    settings.DEBUG = False
    response = Client().get("/bestaat-niet/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "Pagina niet gevonden" in body and "site.css" in body


def test_403_page_says_why(login, employee, settings):
    settings.DEBUG = False
    response = login(employee).get("/mensen/")
    assert response.status_code == 403
    assert "Alleen managers en programmamedewerkers beheren mensen." in response.content.decode()


def test_500_page_renders_without_a_database():
    from elearning.errors import server_error

    response = server_error(None)
    assert response.status_code == 500
    assert "Er ging iets mis" in response.content.decode()


def test_cms_speaks_dutch(login, trainer):
    body = login(trainer).get("/cms/").content.decode()
    assert 'lang="nl"' in body
    assert "Ga naar de inhoud" in body and "Zoeken" in body


@pytest.mark.parametrize("path", ["/", "/account/login/", "/bestaat-niet/"])
def test_html_responses_allow_only_own_and_nonced_scripts(path):
    policy = Client().get(path)["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    # Django adds 'nonce-…' only when the page used it; either way no inline script may run.
    assert set(directives["script-src"].split()) <= {"'self'"} | {
        v for v in directives["script-src"].split() if v.startswith("'nonce-")
    }
    assert directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"


def test_english_is_the_second_language():
    client = Client()
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    body = client.get("/account/login/").content.decode()
    assert '<html lang="en">' in body
    assert "Forgotten your password?" in body or "Forgot" in body


def test_an_english_browser_still_gets_dutch_until_english_is_chosen():
    body = Client(HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").get("/account/login/").content.decode()
    assert '<html lang="nl">' in body and "Wachtwoord vergeten?" in body
