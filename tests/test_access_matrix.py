"""The access-control matrix, generated from the URL configuration.

Every URL pattern of the platform — our apps, allauth, i18n, /healthz, the privacy pages, Wagtail's
front-end helpers — has an entry in `tests/access_matrix/table.py::MATRIX` that says, for each of
six roles (anonymous, employee, trainer, manager of region A = Groningen, manager of region B =
Utrecht, programme staff) and for the role's own / same-region / other-region object, which status
a GET (and a POST, for views that change data) must give. A pattern without an entry, or an entry
without a pattern, fails the suite: a new view cannot forget to say who may use it.

Every cell is one test, named `URL|role|variant`, that makes the request as that role and checks
the status and that the body holds no marker of data the role may not see: the data set
(tests/access_matrix/world.py) gives every person, team, certificate code and open answer a
distinctive string, and bodies are read whole — HTML, JSON, CSV, PDF text, ZIP and Excel members.
Further tests below follow the data into the files built by tasks (exports, certificate bundles,
the PDF report), the search boxes and the dashboard counts, and walk the Wagtail admin.

Size (2026-12-02): 80 URLs × 6 roles → 690 cells and 948 requests (with DEBUG's /media/ route 81,
696, 954), plus 116 Wagtail admin URLs × 6 roles → 696 cells: 1,386 URL × role × object checks.
`test_the_matrix_size` prints the current figure (run with -s).
"""

from __future__ import annotations

import io
import zipfile

import pytest
from django.conf import settings
from django.test import Client, TestCase
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from tests.access_matrix.admin import ADMIN_ONLY, SNIPPET_NAME, WAGTAIL_PAGES, admin_url, our_admin_pages
from tests.access_matrix.reading import response_text, zip_text
from tests.access_matrix.table import MATRIX, Entry, expected, forbidden_markers
from tests.access_matrix.world import ROLES, World, build_world
from tests.module_data import built_once

PROJECT_APPS = ("organisations", "courses", "assessments", "certificates", "dashboards", "elearning")

#: Patterns the matrix leaves to others, with the reason.
NOT_IN_MATRIX = {
    "wagtail_serve": "Wagtail's page-serving catch-all (course and lesson pages): tests/courses/test_pages.py",
}
#: The Wagtail admin is mounted here; it has its own walk below (`test_wagtail_admin`).
ADMIN_PREFIX = "cms/"


def _walk(patterns, prefix="", route=""):
    """(namespace-qualified name or "", full route, pattern) for every pattern under `patterns`."""
    for entry in patterns:
        if isinstance(entry, URLResolver):
            namespace = f"{prefix}{entry.namespace}:" if entry.namespace else prefix
            yield from _walk(entry.url_patterns, namespace, route + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield (f"{prefix}{entry.name}" if entry.name else ""), route + str(entry.pattern), entry


def _admin_patterns() -> list[tuple[str, str, URLPattern]]:
    """The patterns of the Wagtail admin's include (not our own redirect of its login page)."""
    for entry in get_resolver().url_patterns:
        if isinstance(entry, URLResolver) and str(entry.pattern) == ADMIN_PREFIX:
            return list(_walk(entry.url_patterns, route=ADMIN_PREFIX))
    return []


def url_keys() -> dict[str, str]:
    """The matrix key (name, or route when unnamed) of every pattern outside the Wagtail admin."""
    keys = {}
    admin = {id(pattern) for _name, _route, pattern in _admin_patterns()}
    for name, route, pattern in _walk(get_resolver().url_patterns):
        if id(pattern) in admin:
            continue
        key = name or route
        if key not in NOT_IN_MATRIX:
            keys[key] = route
    return keys


def project_object_urls() -> set[str]:
    """Names of our apps' URLs that take an argument (for tests that walk the object URLs)."""
    names = set()
    for name, _route, pattern in _walk(get_resolver().url_patterns):
        module = getattr(pattern.callback, "__module__", "")
        if not module.startswith(PROJECT_APPS) or not name:
            continue
        if pattern.pattern.converters or "(?P<" in str(pattern.pattern):
            names.add(name)
    return names


def test_every_url_has_an_entry_in_the_matrix():
    missing = sorted(set(url_keys()) - set(MATRIX))
    assert not missing, (
        f"URLs without an entry in tests/access_matrix/table.py::MATRIX — say which status each role gets: {missing}"
    )


def test_every_entry_of_the_matrix_has_a_url():
    present = set(url_keys())
    stale = sorted(key for key, entry in MATRIX.items() if key not in present and not entry.debug_only)
    assert not stale, f"Entries in tests/access_matrix/table.py::MATRIX for URLs that no longer exist: {stale}"
    if settings.DEBUG:
        assert all(key in present for key, entry in MATRIX.items() if entry.debug_only)


def test_every_entry_is_well_formed():
    for key, entry in MATRIX.items():
        assert entry.rows(), f"{key}: no method is exercised"
        for row in entry.rows().values():
            for role in ROLES:
                for variant in entry.variants:
                    token = expected(row, role, variant, entry.variants)
                    assert token in {"login", "-"} or token.isdigit(), f"{key}: unknown token {token!r}"
        assert sum(x is not None for x in (entry.kind, entry.args, entry.url)) <= 1, key


def test_django_admin_is_not_mounted(client, db, no_staff_mfa):
    """Django's admin would be a second, unscoped door to every table. If it is ever mounted, this
    fails on purpose: give it a place in the matrix first."""
    from tests.factories import make_person

    modules = {getattr(p.callback, "__module__", "") for _n, _r, p in _walk(get_resolver().url_patterns)}
    assert not any(module.startswith("django.contrib.admin") for module in modules)
    assert "django.contrib.admin" not in settings.INSTALLED_APPS
    superuser = make_person(role="employee", is_superuser=True, is_staff=True, email="beheer@vt.example")
    client.force_login(superuser, backend="organisations.auth_backends.CachedPermissionsBackend")
    assert client.get("/admin/").status_code == 404
    assert client.get("/admin/login/").status_code == 404


# --- The data set, once per module ---------------------------------------------------------------


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    """The marked two-region data set, built once and rolled back after the module: each test runs
    in a savepoint inside this transaction, so what a POST changes is undone after its test."""
    yield from built_once(
        build_world, django_db_blocker=django_db_blocker, media_root=str(tmp_path_factory.mktemp("matrix-media"))
    )


def _client(world: World, role: str) -> Client:
    client = Client()
    user = world.user(role)
    if user is not None:
        client.force_login(user, backend="organisations.auth_backends.CachedPermissionsBackend")
    return client


def _url(world: World, key: str, entry: Entry, role: str, variant: str) -> str | None:
    if entry.url is not None:
        return entry.url(world)
    arguments = None
    if entry.kind is not None:
        arguments = entry.kind.make(world, role, variant)
        if arguments is None:
            return None
    elif entry.args is not None:
        arguments = entry.args(world)
    if isinstance(arguments, tuple):
        return reverse(key, args=arguments)
    return reverse(key, kwargs=arguments or {})


def assert_status(response, token: str, label: str) -> None:
    location = response.get("Location", "")
    login = reverse("account_login")
    if token == "login":
        assert response.status_code == 302 and location.startswith(login), (
            f"{label}: expected a redirect to the login page, got {response.status_code} {location}"
        )
    elif token == "302":
        assert response.status_code == 302 and not location.startswith(login), (
            f"{label}: expected a redirect (not to the login page), got {response.status_code} {location}"
        )
    else:
        assert response.status_code == int(token), f"{label}: expected {token}, got {response.status_code} {location}"


def leaked(text: str, markers: set[str]) -> list[str]:
    """The markers found in `text`, whatever their case (file names in a ZIP are slugs)."""
    lowered = text.lower()
    return sorted(marker for marker in markers if marker.lower() in lowered)


def assert_no_foreign_markers(world: World, role: str, entry: Entry, response, label: str) -> str:
    text = response_text(response)
    found = leaked(text, forbidden_markers(world, role, entry))
    assert not found, f"{label}: shows data {role} may not see: {found}"
    return text


CELLS = [
    (key, role, variant)
    for key, entry in sorted(MATRIX.items())
    if settings.DEBUG or not entry.debug_only
    for role in ROLES
    for variant in entry.variants
]


@pytest.mark.parametrize(("key", "role", "variant"), CELLS, ids=["|".join(cell) for cell in CELLS])
def test_cell(key, role, variant, world, db, no_staff_mfa):
    entry = MATRIX[key]
    client = _client(world, role)
    url = _url(world, key, entry, role, variant)
    for method, row in entry.rows().items():
        token = expected(row, role, variant, entry.variants)
        label = f"{method.upper()} {key} as {role} ({variant})"
        assert (token == "-") == (url is None), f"{label}: '-' marks exactly the cells without an object"
        if url is None:
            continue
        data = entry.data(world, role) if entry.data else {}
        response = getattr(client, method)(url, data)
        assert_status(response, token, label)
        assert_no_foreign_markers(world, role, entry, response, label)


# --- Following the data: searches, counts, and the files tasks build -------------------------------

MANAGERS = {"manager_a": ("A", "B"), "manager_b": ("B", "A")}


def _other_regions_markers(world: World, other: str) -> set[str]:
    return world.markers(region=other)


@pytest.mark.parametrize("role", sorted(MANAGERS))
def test_searching_for_another_regions_people_finds_nothing(role, world, db, no_staff_mfa):
    own, other = MANAGERS[role]
    client = _client(world, role)
    people = reverse("organisations:people_list")
    certificates = reverse("certificates:list")
    for marker in sorted(world.people[f"{other}.colleague"].identity):
        assert client.get(people, {"q": marker}).context["page"].paginator.count == 0, marker
        assert client.get(certificates, {"q": marker}).context["count"] == 0, marker
    assert client.get(certificates, {"q": world.certificates[f"{other}.colleague"].code}).context["count"] == 0
    # The same searches find the manager's own people: the zeros above are not an empty search.
    colleague = world.people[f"{own}.colleague"]
    assert client.get(people, {"q": colleague.user.last_name}).context["page"].paginator.count == 1
    assert client.get(certificates, {"q": colleague.user.last_name}).context["count"] == 1
    assert client.get(certificates, {"q": world.certificates[f"{own}.colleague"].code}).context["count"] == 1


@pytest.mark.parametrize("role", sorted(MANAGERS))
def test_another_regions_ids_in_a_form_change_nothing(role, world, db, no_staff_mfa, mailoutbox):
    """Object ids travel in POST bodies too: reminders, course assignments and new people for the
    other region's people and team are refused or ignored; the same forms work for the own region."""
    from datetime import timedelta

    from courses.models import Assignment
    from dashboards.models import ReadinessReminder
    from organisations.models import User

    own, other = MANAGERS[role]
    client = _client(world, role)
    theirs = [world.people[f"{other}.{key}"].user for key in ("employee", "colleague")]
    ours = world.people[f"{own}.colleague"].user
    deadline = (timezone.localdate() + timedelta(days=30)).isoformat()
    course = world.courses["certified"].pk
    assignments = Assignment.objects.count()

    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(reverse("dashboards:remind"), {"persoon": [user.pk for user in theirs]})
    assert not ReadinessReminder.objects.filter(user__in=theirs).exists() and not mailoutbox
    for target in ({"person": theirs[0].pk}, {"team": world.teams[other].pk}):
        refused = client.post(reverse("courses:assign"), {"course": course, "deadline": deadline, **target})
        assert refused.status_code == 200 and refused.context["form"].errors, target
    assert Assignment.objects.count() == assignments
    newcomer = {"first_name": "Nieuw", "last_name": "Persoon", "email": "nieuw@vt.example", "background": "new"}
    client.post(
        reverse("organisations:person_create"),
        {**newcomer, "role": "employee", "region": world.regions[other].pk, "team": world.teams[other].pk},
    )
    assert not User.objects.filter(email="nieuw@vt.example").exists()
    listed = client.get(reverse("organisations:people_list"), {"team": world.teams[other].pk, "status": "all"})
    assert not leaked(response_text(listed), world.markers(region=other))

    # The same forms for the manager's own people do their work: the refusals above are not noise.
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(reverse("dashboards:remind"), {"persoon": [ours.pk]})
    assert ReadinessReminder.objects.filter(user=ours).exists() and len(mailoutbox) == 1
    done = client.post(reverse("courses:assign"), {"course": course, "deadline": deadline, "person": ours.pk})
    assert done.status_code == 302 and Assignment.objects.count() == assignments + 1


@pytest.mark.parametrize("role", sorted(MANAGERS))
def test_the_dashboard_counts_the_managers_region_only(role, world, db, no_staff_mfa):
    from dashboards.models import Requirement
    from organisations.models import Membership

    own, _other = MANAGERS[role]
    region = world.regions[own]
    response = _client(world, role).get(reverse("dashboards:dashboard"))
    figures = response.context["figures"]  # what the page rendered (cached rendered afterwards)
    headline = figures["headline"]
    requirements = Requirement.objects.filter(region=region)
    people = Membership.objects.filter(region=region, valid_to__isnull=True, user__is_active=True)
    assert headline["total"] == requirements.count() == (7 if own == "A" else 6)
    assert headline["people_people"] == people.count() == (5 if own == "A" else 4)
    assert headline["met"] == requirements.filter(met_until__gte=figures["today"]).count()
    text = response.content.decode()
    assert f"{headline['met']} van {headline['total']} verplichte cursussen behaald" in text
    overdue = [requirement.user for requirement in figures["actions"]["overdue"]]
    assert {user.pk for user in overdue} == {world.people[f"{own}.{key}"].user.pk for key in ("employee", "colleague")}


def test_the_trainer_grades_their_own_regions_answers_blind(world, db, no_staff_mfa):
    response = _client(world, "trainer").get(reverse("assessments:grading_queue"))
    assert response.context["count"] == 2  # region A's employee and colleague
    queue = {answer.pk for answer in response.context["queue"]}
    assert queue == {world.open_answers["A.employee"].pk, world.open_answers["A.colleague"].pk}
    page = _client(world, "trainer").get(reverse("assessments:grade", args=[world.open_answers["A.colleague"].pk]))
    text = page.content.decode()
    assert world.answers["A.colleague"] in text
    assert not leaked(text, world.people["A.colleague"].identity), "grading is blind: no name, no e-mail"


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("role", sorted(MANAGERS))
def test_a_readiness_export_holds_the_managers_region_only(role, fmt, world, db, no_staff_mfa):
    own, other = MANAGERS[role]
    client = _client(world, role)
    with TestCase.captureOnCommitCallbacks(execute=True):
        requested = client.post(reverse("dashboards:export_request"), {"formaat": fmt})
    assert requested.status_code == 302
    export_id = int(requested["Location"].rstrip("/").split("/")[-1])
    status = client.get(reverse("dashboards:export_status", args=[export_id])).json()
    assert status["status"] == "done", status
    download = client.get(status["download_url"])
    assert download.status_code == 200
    text = response_text(download)
    assert leaked(text, world.people[f"{own}.colleague"].identity) == sorted(world.people[f"{own}.colleague"].identity)
    assert world.team_marker(own) in text
    assert not leaked(text, _other_regions_markers(world, other))


@pytest.mark.parametrize("role", sorted(MANAGERS))
def test_a_certificate_zip_holds_the_managers_region_only(role, world, db, no_staff_mfa):
    """Asked for every certificate of both regions, the ZIP holds the manager's region's: the other
    region's ids are dropped as if they did not exist — in the PDFs, the names and overzicht.csv."""
    own, other = MANAGERS[role]
    client = _client(world, role)
    wanted = [c.pk for key, c in world.certificates.items() if key.endswith((".employee", ".colleague"))]
    with TestCase.captureOnCommitCallbacks(execute=True):
        requested = client.post(reverse("certificates:bundle_request"), {"certificate": [str(pk) for pk in wanted]})
    assert requested.status_code == 302, requested.content[:500]
    bundle_id = int(requested["Location"].split("?")[0].rstrip("/").split("/")[-1])
    status = client.get(reverse("certificates:bundle_status", args=[bundle_id])).json()
    assert status["status"] == "done" and status["total"] == 2, status
    download = client.get(status["download_url"])
    data = b"".join(download.streaming_content)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
    assert len(names) == 3 and "overzicht.csv" in names
    text = zip_text(data)
    for key in ("employee", "colleague"):
        assert world.people[f"{own}.{key}"].user.last_name in text
        assert world.certificates[f"{own}.{key}"].code in text
    assert not leaked(text, _other_regions_markers(world, other))


@pytest.mark.parametrize("role", sorted(MANAGERS))
def test_the_pdfs_hold_the_managers_region_only(role, world, db, no_staff_mfa):
    own, other = MANAGERS[role]
    client = _client(world, role)
    manager = world.people[f"{own}.manager"]
    foreign = _other_regions_markers(world, other)
    # The region's report lists who is overdue by name: the manager's people, no one else's.
    report = response_text(client.get(reverse("dashboards:report")))
    for key in ("employee", "colleague"):
        assert world.people[f"{own}.{key}"].user.last_name in report
    assert not leaked(report, foreign)
    certificate = response_text(
        client.get(reverse("certificates:download", args=[world.certificates[f"{own}.colleague"].pk]))
    )
    assert world.people[f"{own}.colleague"].user.last_name in certificate
    assert not leaked(certificate, foreign)
    for name in ("organisations:my_data_pdf", "certificates:my_overview"):
        text = response_text(client.get(reverse(name)))
        assert manager.user.last_name in text, name
        assert not leaked(text, foreign), name
    own_data = client.get(reverse("organisations:my_data_json")).content.decode()
    assert manager.user.email in own_data
    assert not leaked(own_data, world.markers() - manager.identity - manager.results)


@pytest.mark.parametrize("role", sorted(MANAGERS))
def test_the_monthly_report_mail_holds_the_managers_region_only(role, world, db, mailoutbox):
    """The same document as /dashboard/rapport.pdf, mailed by beat to the region's managers only."""
    from dashboards.services import first_of_month, send_region_report
    from tests.access_matrix.reading import pdf_text

    own, other = MANAGERS[role]
    assert send_region_report(region_id=world.regions[own].pk, month=first_of_month(timezone.localdate())) == "sent"
    (message,) = mailoutbox
    assert sorted(message.to) == sorted(world.people[f"{own}.{key}"].user.email for key in ("manager", "deputy"))
    (name, content, _mimetype) = message.attachments[0]
    text = f"{message.subject}\n{message.body}\n{name}\n{pdf_text(content)}"
    assert world.people[f"{own}.colleague"].user.last_name in text
    assert not leaked(text, _other_regions_markers(world, other))


def test_programme_staff_read_aggregates_without_a_name(world, db, no_staff_mfa):
    client = _client(world, "programme")
    for url in (reverse("dashboards:national"), reverse("dashboards:national_region", args=["utrecht"])):
        text = client.get(url).content.decode()
        assert "Utrecht" in text
        assert not leaked(text, world.markers() - world.people["programme"].identity), url


# --- The Wagtail admin ------------------------------------------------------------------------------


def _admin_pages():
    return WAGTAIL_PAGES + our_admin_pages(_admin_patterns())


ADMIN_PAGES = {page.name: page for page in _admin_pages()}
ADMIN_CELLS = [(name, role) for name in ADMIN_PAGES for role in ROLES]
#: The admin shows no learner's data to anyone: no reveals.
ADMIN_ENTRY = Entry(get=ADMIN_ONLY)


def test_our_admin_urls_are_all_in_the_walk():
    """Every admin URL our apps add — snippets, settings, `register_admin_urls` hooks — is walked."""
    from wagtail import hooks

    ours = [page for page in ADMIN_PAGES.values() if SNIPPET_NAME.match(page.name) or " " in page.name]
    assert len(ours) >= 6 * 14 + 1, "six snippet viewsets of ours and the certificate settings"
    hooked = [
        pattern
        for hook in hooks.get_hooks("register_admin_urls")
        if hook.__module__.startswith(PROJECT_APPS)
        for pattern in hook()
    ]
    missing = sorted(str(pattern.pattern) for pattern in hooked if pattern.name not in ADMIN_PAGES)
    assert not missing, f"admin URLs of our apps without a place in tests/access_matrix/admin.py: {missing}"


@pytest.mark.parametrize(("name", "role"), ADMIN_CELLS, ids=[f"{name}|{role}" for name, role in ADMIN_CELLS])
def test_wagtail_admin(name, role, world, db, no_staff_mfa):
    page = ADMIN_PAGES[name]
    response = _client(world, role).get(admin_url(page, world))
    label = f"GET {name} (/cms/) as {role}"
    assert_status(response, expected(page.row, role, "-", ("-",)), label)
    assert_no_foreign_markers(world, role, ADMIN_ENTRY, response, label)


def test_the_matrix_size(capsys):
    """The number the issue asks for: URLs × roles × variants checked, and the requests made."""
    urls = {key for key, _role, _variant in CELLS}
    requests = sum(len(MATRIX[key].rows()) for key, _role, _variant in CELLS)
    with capsys.disabled():
        print(
            f"\naccess matrix: {len(urls)} URLs × {len(ROLES)} roles → {len(CELLS)} cells ({requests} requests); "
            f"Wagtail admin: {len(ADMIN_PAGES)} URLs × {len(ROLES)} roles → {len(ADMIN_CELLS)} cells"
        )
    assert len(CELLS) >= len(urls) * len(ROLES)
