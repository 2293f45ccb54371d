"""Every HTML page carries a strict Content-Security-Policy, and production cookies are secure (issue 7).

`test_every_html_page_has_a_strict_policy` crawls the site as each role, the way a person clicks
through it: the home page, the pages its links lead to, and the pages linked from those (one
representative per kind of page, so a list of fifty people is one visit, not fifty), plus seeds for
pages no link reaches. On each HTML response the policy must forbid inline and eval'd script and
every <script> in the body must come from our own origin or carry the response's nonce (Django
puts the nonce in the header only on pages that use it; the pages with scripts of ours must have
it). `test_the_crawl_reaches_every_page_of_ours` then checks that the crawl really reached every
GET page of our apps: a new page that no link reaches fails there until it gets a link or a seed.

Wagtail's admin starts some widgets with inline scripts; organisations/cms_scripts.py gives exactly
those the nonce, and the tests at the end check that nothing else gets it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse
from django.urls.exceptions import Resolver404

from organisations.models import Role
from tests.factories import TeamFactory, UserFactory, make_assessment, make_course, make_person, make_question, region

ROOT = Path(__file__).resolve().parents[1]
PROJECT_APPS = ("organisations", "courses", "assessments", "certificates", "dashboards", "elearning")
ROLES = ("anonymous", "employee", "trainer", "manager", "programme", "superuser")
#: Visits per URL shape (digits folded): enough to see each kind of page, not every row of a list.
PER_SHAPE = 1
#: Links never followed: files (not HTML), and the CMS beyond its first level (Wagtail's admin has
#: hundreds of screens; its own views are the same templates over and over).
SKIP = re.compile(
    r"(\.(pdf|json|zip|csv|xlsx|png|svg|ico|js|css)$)|/download/|^/static/|^/media/|^/documenten/|^/i18n/"
)

#: Our GET pages that answer with something other than HTML, or that only a POST reaches.
NOT_HTML_PAGES = {
    "organisations:my_data_json": "JSON",
    "organisations:my_data_pdf": "PDF",
    "certificates:download": "PDF",
    "certificates:my_overview": "PDF",
    "certificates:bundle_status": "JSON for the waiting page's poller",
    "certificates:bundle_download": "ZIP",
    "certificates:bundle_request": "POST only",
    "certificates:reissue": "POST only",
    "dashboards:export_status": "JSON for the waiting page's poller",
    "dashboards:export_download": "CSV/XLSX",
    "dashboards:export_request": "POST only",
    "dashboards:report": "PDF",
    "dashboards:remind": "POST only",
    "organisations:person_deactivate": "POST only",
    "organisations:person_reactivate": "POST only",
    "organisations:person_resend_invitation": "POST only",
    "assessments:extend": "POST only",
    "assessments:attempt": "a redirect to the item the learner was at",
    "healthz": "JSON for the load balancer",
    "livez": "plain text for the load balancer",
}


#: Pages that load a script of ours (with the nonce): their responses must name it in the header.
PAGES_WITH_SCRIPTS = (
    "certificates:list",
    "certificates:bundle",
    "assessments:item",
    "assessments:submit",
    "dashboards:export",
)


# --- A small world to crawl ------------------------------------------------------------------------


@dataclass
class World:
    users: dict
    seeds: dict[str, list[str]] = field(default_factory=dict)


@pytest.fixture
def world(db, settings, tmp_path, django_capture_on_commit_callbacks) -> World:
    """One of everything a page can show, so that no page is crawled in its empty state only."""
    from assessments import services as assessments
    from certificates.models import Certificate, CertificateBundle
    from courses.selectors import lessons_of
    from courses.services import complete_lesson
    from dashboards.models import ReadinessExport
    from organisations.models import Invitation

    settings.MEDIA_ROOT = tmp_path
    settings.REQUIRE_STAFF_MFA = False
    team = TeamFactory(region=region("groningen"), name="Team Noord")
    employee = make_person(role=Role.EMPLOYEE, region_slug="groningen", team=team)
    manager = make_person(role=Role.MANAGER, region_slug="groningen")
    trainer = make_person(role=Role.TRAINER, region_slug="utrecht")
    programme = make_person(role=Role.PROGRAMME, region_slug=None)
    superuser = UserFactory(is_superuser=True, is_staff=True)

    make_question(competences=["C1"])
    make_question(kind="open", competences=["C5"])
    course = make_course(lessons=2)
    final = make_assessment(course=course, pools={"C1": 1}, title="Eindtoets")
    for lesson in lessons_of(course):
        complete_lesson(user=employee, lesson=lesson.specific, course=course)
    attempt = assessments.start_attempt(user=employee, assessment=final)
    right = next(o["id"] for o in attempt.items.get().snapshot["options"] if o["correct"])
    assessments.save_answer(user=employee, attempt_id=attempt.pk, position=1, answer={"option": right})
    with django_capture_on_commit_callbacks(execute=True):  # the certificate is issued after commit
        assessments.submit_attempt(user=employee, attempt_id=attempt.pk)
    certificate = Certificate.objects.get(user=employee)

    # An open answer from the trainer's region waits for grading; the employee has one attempt open.
    open_assessment = make_assessment(pools={"C5": 1}, title="Open vragen")
    learner = make_person(role=Role.EMPLOYEE, region_slug="utrecht")
    graded = assessments.start_attempt(user=learner, assessment=open_assessment)
    assessments.save_answer(user=learner, attempt_id=graded.pk, position=1, answer={"text": "Een antwoord."})
    assessments.submit_attempt(user=learner, attempt_id=graded.pk)
    still_open = assessments.start_attempt(user=employee, assessment=open_assessment)

    from datetime import timedelta

    from django.utils import timezone

    from organisations.services import issue_invitation_token

    invitation = Invitation.objects.create(
        user=make_person(role=Role.EMPLOYEE, region_slug="groningen"), expires_at=timezone.now() + timedelta(days=7)
    )
    token = issue_invitation_token(invitation=invitation)
    bundle = CertificateBundle.objects.create(
        requested_by=manager, region=region("groningen"), certificate_ids=[certificate.pk], fingerprint="0" * 64
    )
    export = ReadinessExport.objects.create(requested_by=manager, region=region("groningen"), format="csv")

    lesson = lessons_of(course).first()
    cms_pages = [
        "/cms/",
        f"/cms/pages/{course.pk}/edit/",
        f"/cms/pages/{lesson.pk}/edit/",
        f"/cms/pages/add/courses/lessonpage/{course.pk}/",
        reverse("wagtailsnippets_assessments_question:list"),
        reverse("wagtailsnippets_assessments_question:add"),
        reverse("wagtailsnippets_assessments_casus:add"),
        reverse("wagtailsnippets_assessments_assessment:edit", args=[final.pk]),
        reverse("wagtaildocs:add"),
        reverse("wagtaildocs:add_multiple"),
        reverse("wagtailimages:add"),
    ]
    # Erasing a person's data (only where that page exists in this version).
    erase = [f"/mensen/{employee.pk}/wissen/"] if "organisations:person_erase" in our_page_names() else []
    seeds = {
        "anonymous": [
            reverse("account_login"),
            reverse("account_reset_password"),
            reverse("certificates:verify_code", args=[certificate.code]),
            "/bestaat-niet/",
        ],
        "employee": [
            reverse("organisations:my_data"),
            reverse("assessments:item", args=[still_open.pk, 1]),
            reverse("assessments:submit", args=[still_open.pk]),
            reverse("assessments:result", args=[attempt.pk]),
            reverse("mfa_index"),
            "/mensen/",  # a 403 page
        ],
        "trainer": [reverse("assessments:statistics", args=[final.pk]), *cms_pages],
        "manager": [
            reverse("certificates:bundle", args=[bundle.pk]),
            reverse("dashboards:export", args=[export.pk]),
            reverse("dashboards:actions", args=["overdue"]),
            reverse("organisations:person_edit", args=[employee.pk]),
            reverse("dashboards:team", args=[team.pk]),
            reverse("dashboards:person", args=[employee.pk]),
            *erase,
        ],
        "programme": [reverse("dashboards:national_region", args=["groningen"]), *erase],
        "superuser": [*cms_pages, "/cms/users/", "/cms/groups/", "/cms/settings/certificates/certificatesettings/"],
    }
    seeds["anonymous"].append(reverse("organisations:accept_invitation", args=[token]))
    return World(
        users={
            "employee": employee,
            "trainer": trainer,
            "manager": manager,
            "programme": programme,
            "superuser": superuser,
        },
        seeds=seeds,
    )


# --- Reading a page ---------------------------------------------------------------------------------


class PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.scripts: list[dict] = []
        self.styles: list[dict] = []
        self.style_attributes: list[str] = []
        self.handlers: list[str] = []
        self._script: dict | None = None

    def handle_data(self, data):
        if self._script is not None:
            self._script["text"] = self._script.get("text", "") + data

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"])
        elif tag == "script":
            self._script = {"attributes": attributes}
            self.scripts.append(self._script)
        elif tag == "style":
            self.styles.append(attributes)
        for name, _value in attrs:
            if name.startswith("on"):
                self.handlers.append(f"<{tag} {name}>")
        if "style" in attributes:
            self.style_attributes.append(f"<{tag} style={attributes['style']!r}>")


def parse_policy(header: str) -> dict[str, list[str]]:
    directives = {}
    for part in header.split(";"):
        tokens = part.split()
        if tokens:
            directives[tokens[0].lower()] = tokens[1:]
    return directives


def is_our_origin(src: str) -> bool:
    parts = urlsplit(src)
    return not parts.scheme and not parts.netloc and not src.startswith("//")


#: <script> types that hold data, not code: the browser never runs them, so CSP does not apply.
DATA_SCRIPT_TYPES = {"application/json", "application/ld+json", "text/template", "text/x-template"}


def policy_problems(path: str, response) -> list[str]:
    """What is wrong with one HTML response's policy and scripts (empty: all well)."""
    problems = []
    header = response.headers.get("Content-Security-Policy")
    if not header:
        return [f"{path}: no Content-Security-Policy header"]
    policy = parse_policy(header)
    script_src = policy.get("script-src") or policy.get("default-src") or []
    for forbidden in ("'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:"):
        if forbidden in script_src:
            problems.append(f"{path}: script-src allows {forbidden}")
    nonces = [t.removeprefix("'nonce-").removesuffix("'") for t in script_src if t.startswith("'nonce-")]
    # Django adds the nonce to the header only when the page used it; a page without inline or
    # nonced scripts is then held to plain 'self', which is stricter still.
    nonce = nonces[0] if nonces else None
    if len(nonces) > 1 or (nonce is not None and len(nonce) < 16):
        problems.append(f"{path}: script-src has a malformed nonce: {script_src}")
    for directive in ("object-src", "base-uri", "frame-ancestors"):
        if directive not in policy:
            problems.append(f"{path}: no {directive}")
    if not path.startswith("/cms/") and "'unsafe-inline'" in policy.get("style-src", []):
        problems.append(f"{path}: style-src allows 'unsafe-inline' outside the CMS")
    parser = PageParser()
    parser.feed(response.content.decode())
    for script in parser.scripts:
        attributes = script["attributes"]
        if attributes.get("type", "").lower() in DATA_SCRIPT_TYPES:
            continue
        src = attributes.get("src")
        if src:
            if not is_our_origin(src):
                problems.append(f"{path}: script from another origin: {src}")
        elif nonce is None or attributes.get("nonce") != nonce:
            text = " ".join(script.get("text", "").split())[: int(os.environ.get("CSP_TEXT", "120"))]
            problems.append(f"{path}: inline <script> without the response's nonce: {text}")
    if not path.startswith("/cms/"):
        # Blocked by the policy, so they would be silently broken: our templates have none.
        for style in parser.styles:
            if nonce is None or style.get("nonce") != nonce:
                problems.append(f"{path}: <style> without the nonce")
        problems += [f"{path}: inline style attribute {s}" for s in parser.style_attributes]
        problems += [f"{path}: inline event handler {h}" for h in parser.handlers]
    return problems


# --- Crawling ------------------------------------------------------------------------------------------


def shape(path: str) -> str:
    """Pages of one kind share a shape: the view (Wagtail pages: their depth), else the path with
    numbers folded."""
    if not path.startswith("/cms/"):
        try:
            match = resolve(path)
        except Resolver404:
            return path
        if match.view_name == "wagtail_serve":
            return f"wagtail_serve/{path.strip('/').count('/') + 1 if path.strip('/') else 0}"
        return match.view_name
    return re.sub(r"\d+", "N", path)


def _internal(href: str) -> str | None:
    href = urldefrag(href)[0]
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or not parts.path.startswith("/"):
        return None
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return None if SKIP.search(parts.path) else path


@dataclass
class Crawl:
    pages: dict[str, int] = field(default_factory=dict)  # path → status
    problems: list[str] = field(default_factory=list)
    view_names: set[str] = field(default_factory=set)
    nonced: set[str] = field(default_factory=set)  # view names whose response carried a nonce


def crawl(client: Client, seeds: list[str], crawl_result: Crawl, *, depth: int = 2) -> None:
    seen_shapes: dict[str, int] = {}
    level = ["/", *seeds]
    visited: set[str] = set()
    for _ in range(depth + 1):
        following = []
        for path in level:
            if path in visited:
                continue
            key = shape(urlsplit(path).path)
            # Seeds are always visited; links only while their shape has visits left.
            if path not in seeds and seen_shapes.get(key, 0) >= PER_SHAPE:
                continue
            seen_shapes[key] = seen_shapes.get(key, 0) + 1
            visited.add(path)
            response = client.get(path)
            content_type = response.headers.get("Content-Type", "")
            if response.status_code in (301, 302) or "text/html" not in content_type:
                continue
            crawl_result.pages[path] = response.status_code
            try:
                match = resolve(urlsplit(path).path)
                crawl_result.view_names.add(match.view_name)
            except Resolver404:
                pass
            crawl_result.problems += policy_problems(path, response)
            if "'nonce-" in response.headers.get("Content-Security-Policy", ""):
                crawl_result.nonced.add(shape(urlsplit(path).path))
            # The CMS is crawled one level deep only; everything else two.
            if path.startswith("/cms/") and path not in seeds:
                continue
            parser = PageParser()
            parser.feed(response.content.decode())
            following += [p for p in (_internal(h) for h in parser.links) if p]
        level = following


@pytest.fixture
def crawled(world) -> dict[str, Crawl]:
    results = {}
    for role in ROLES:
        client = Client()
        if role != "anonymous":
            client.force_login(world.users[role], backend="organisations.auth_backends.CachedPermissionsBackend")
        results[role] = Crawl()
        crawl(client, world.seeds.get(role, []), results[role])
    return results


def test_every_html_page_has_a_strict_policy(crawled):
    problems = [problem for result in crawled.values() for problem in result.problems]
    nonced = set().union(*(result.nonced for result in crawled.values()))
    counts = {role: len(result.pages) for role, result in crawled.items()}
    print(f"\nCSP gecontroleerd op {sum(counts.values())} HTML-antwoorden ({len(nonced)} soorten met nonce): {counts}")
    assert sum(counts.values()) > 100
    assert not problems, "\n".join(problems)
    # The pages with scripts got a nonce: the machinery itself was exercised, not only script-free pages.
    assert set(PAGES_WITH_SCRIPTS) <= nonced, sorted(nonced)
    # Error pages are HTML responses too.
    statuses = {status for result in crawled.values() for status in result.pages.values()}
    assert {200, 403, 404} <= statuses


def _walk(patterns, prefix=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            namespace = f"{prefix}{entry.namespace}:" if entry.namespace else prefix
            yield from _walk(entry.url_patterns, namespace)
        elif isinstance(entry, URLPattern):
            yield prefix, entry


def our_page_names() -> set[str]:
    names = set()
    for namespace, pattern in _walk(get_resolver().url_patterns):
        module = getattr(pattern.callback, "__module__", "")
        if module.startswith(PROJECT_APPS):
            names.add(f"{namespace}{pattern.name}" if pattern.name else f"{module}.{pattern.callback.__name__}")
    return names


def test_the_crawl_reaches_every_page_of_ours(crawled):
    visited = set().union(*(result.view_names for result in crawled.values()))
    missing = our_page_names() - visited - set(NOT_HTML_PAGES)
    assert not missing, f"HTML pages of ours that the CSP crawl never reached (add a link or a seed): {sorted(missing)}"
    # Wagtail's page tree and the CMS were crawled too.
    assert "wagtail_serve" in visited
    assert any(name.startswith("wagtailadmin") for name in visited)


def test_the_not_html_list_has_no_stale_entries():
    assert set(NOT_HTML_PAGES) <= our_page_names()


def _nonces(response) -> list[str]:
    return [t for t in parse_policy(response.headers["Content-Security-Policy"])["script-src"] if "nonce-" in t]


def test_each_response_gets_its_own_nonce(login, manager_groningen):
    client = login(manager_groningen)
    first, second = client.get("/certificaten/"), client.get("/certificaten/")
    assert len(_nonces(first)) == 1 and len(_nonces(second)) == 1
    assert _nonces(first) != _nonces(second)
    assert not policy_problems("/certificaten/", first)


def test_the_check_catches_scripts_that_the_policy_would_block(login, manager_groningen):
    """The checker itself: an inline script without the nonce, a foreign script and an inline event
    handler are each reported."""
    response = login(manager_groningen).get("/certificaten/")
    body = response.content
    for injected, report in [
        (b"<script>alert(1)</script>", "without the response's nonce"),
        (b'<script nonce="guessed-nonce-1234567890">alert(1)</script>', "without the response's nonce"),
        (b'<script src="https://cdn.example/x.js"></script>', "another origin"),
        (b'<img src="x" onerror="alert(1)">', "inline event handler"),
    ]:
        response.content = body.replace(b"</body>", injected + b"</body>")
        assert any(report in p for p in policy_problems("/certificaten/", response)), injected


# --- Production settings --------------------------------------------------------------------------


def _production_settings() -> dict:
    code = (
        "import django, json; django.setup(); from django.conf import settings as s; "
        "print(json.dumps({k: getattr(s, k) for k in ('SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE', "
        "'LANGUAGE_COOKIE_SECURE', 'SESSION_COOKIE_HTTPONLY', 'SECURE_HSTS_SECONDS', "
        "'SECURE_HSTS_INCLUDE_SUBDOMAINS', 'SECURE_SSL_REDIRECT', 'SECURE_CONTENT_TYPE_NOSNIFF', 'DEBUG')}))"
    )
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG", "TESTING", "DATABASE_URL"}}
    env.update(
        DEBUG="false",
        SECRET_KEY="x" * 50,
        SITE_URL="https://academie.veiligthuis.example",
        ALLOWED_HOSTS="academie.veiligthuis.example",
        DJANGO_SETTINGS_MODULE="elearning.settings",
        VAR_DIR=str(Path(os.environ.get("VAR_DIR", "/tmp")) / "csp-prod"),
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    import json

    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_cookies_are_secure_and_hsts_lasts_a_year():
    values = _production_settings()
    assert values["DEBUG"] is False
    assert values["SESSION_COOKIE_SECURE"] is True
    assert values["CSRF_COOKIE_SECURE"] is True
    assert values["LANGUAGE_COOKIE_SECURE"] is True
    assert values["SESSION_COOKIE_HTTPONLY"] is True
    assert values["SECURE_HSTS_SECONDS"] >= 365 * 24 * 60 * 60
    assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_CONTENT_TYPE_NOSNIFF"] is True


# --- Wagtail's inline initialisers in the CMS ---------------------------------------------------------


@pytest.mark.parametrize(
    "script",
    [
        'initDateChooser("id_renew_by", {"dayOfWeekStart": 1, "format": "Y-m-d"});',
        'new PageChooser("id_course", {"modelNames": ["courses.coursepage"], "canChooseRoot": false});',
        'new SnippetChooser("id_pools-__prefix__-competence", {"modalUrl": "/cms/snippets/choose/x/"})',
        'createTaskChooser("id_task");',
        '\n        (function() {\n            var panel = new InlinePanel(JSON.parse("{\\u0022type\\u0022: '
        '\\u0022InlinePanel\\u0022, \\u0022formsetPrefix\\u0022: \\u0022id_pools\\u0022}"));\n        })();\n    ',
    ],
)
def test_wagtails_initialisers_get_the_nonce(script):
    from organisations.cms_scripts import grant_nonce

    assert grant_nonce(f"<p>x</p><script>{script}</script>", "abc123") == (
        f'<p>x</p><script nonce="abc123">{script}</script>'
    )


@pytest.mark.parametrize(
    "script",
    [
        "alert(1)",
        'initDateChooser("id_x", {"a": 1}); alert(1);',
        'initDateChooser("id_x", {"a": alert(1)});',
        'new PageChooser("id_x", {"a": 1}, alert(1));',
        'new PageChooser("x\\"+alert(1)+\\"", {});',
        'new window.PageChooser("id_x", {});',
        '(function() { var panel = new InlinePanel(JSON.parse("{}")); alert(1); })();',
        '(function() { var panel = new InlinePanel(JSON.parse("x"+alert(1)+"")); })();',
        'createTaskChooser("id_task"); fetch("/x");',
    ],
)
def test_any_other_inline_script_stays_without_the_nonce(script):
    from organisations.cms_scripts import grant_nonce

    html = f"<script>{script}</script>"
    assert grant_nonce(html, "abc123") == html


def test_a_cms_edit_page_carries_the_nonce_for_its_initialisers_only(login, trainer):
    from tests.factories import make_course

    course = make_course(lessons=0)
    response = login(trainer).get(f"/cms/pages/{course.pk}/edit/")
    assert response.status_code == 200
    nonce = next(t for t in parse_policy(response.headers["Content-Security-Policy"])["script-src"] if "nonce-" in t)
    assert f'<script nonce="{nonce[7:-1]}">initDateChooser(' in response.content.decode()
    assert not policy_problems(f"/cms/pages/{course.pk}/edit/", response)
