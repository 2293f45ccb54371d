"""Browser tests: Debian's Chromium driven by Playwright (pytest-playwright), with axe-core for WCAG.

Run only these:   .venv/bin/python -m pytest tests/browser
Leave them out:   .venv/bin/python -m pytest -m "not browser"

- Playwright's own browser download is not used: the tests launch /usr/bin/chromium (Debian package
  `chromium`). Without it they are skipped on a laptop and fail in CI (CI=true).
- axe-core comes from npm (`npm ci`, pinned in package-lock.json) at node_modules/axe-core/axe.min.js.
- Every test here gets `pytest.mark.browser`, the live server and a transactional database.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from django.db import connections

CHROMIUM = Path("/usr/bin/chromium")
AXE_JS = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
HERE = Path(__file__).resolve().parent

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

MISSING_CHROMIUM = (
    f"Chromium ontbreekt op {CHROMIUM}: installeer het Debian-pakket chromium om de browsertests te draaien "
    "(apt-get install -y chromium)."
)
MISSING_AXE = f"axe-core ontbreekt op {AXE_JS}: draai `npm ci` (of `make install`)."


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes", "on"}


def _missing(what: str) -> None:
    """On CI a missing tool is a broken build; on a laptop it is a skip with instructions."""
    if in_ci():
        pytest.fail(what + " CI=true, dus dit is een fout en geen skip.", pytrace=False)
    pytest.skip(what)


# --- Marking and skipping ---------------------------------------------------------------------------


def _in_this_folder(item) -> bool:
    return HERE in Path(str(item.path)).resolve().parents


@pytest.hookimpl(wrapper=True)
def pytest_collection_modifyitems(config, items):
    """Mark (and on a laptop without Chromium, skip) the tests in this folder, and run them last.

    Marked before the other implementations of this hook run, so that `-m browser` / `-m "not browser"`
    select on it. Moved to the end after them, i.e. after pytest-django's ordering: once Playwright's sync
    API has started, the main thread counts as running an event loop until the end of the session, so
    every later test would need DJANGO_ALLOW_ASYNC_UNSAFE too, and would hand it on to the subprocesses
    it starts (where `check --deploy` rightly refuses it). This hook sees the whole session's items; only
    the ones in this folder are touched."""
    skip_local = None
    if not CHROMIUM.exists() and not in_ci():
        skip_local = pytest.mark.skip(reason=MISSING_CHROMIUM)
    for item in items:
        if _in_this_folder(item):
            item.add_marker(pytest.mark.browser)
            if skip_local is not None:
                item.add_marker(skip_local)
    result = yield
    items[:] = [i for i in items if not _in_this_folder(i)] + [i for i in items if _in_this_folder(i)]
    return result


# --- Environment ------------------------------------------------------------------------------------


@pytest.fixture(scope="session", autouse=True)
def _allow_django_orm_beside_playwright():
    """Playwright's sync API keeps an asyncio loop marked as running on the main thread from the moment
    it starts until the end of the session, which makes Django refuse ORM calls
    (SynchronousOnlyOperation) from then on. So the variable is set before the first browser test (this
    autouse session fixture comes before `playwright`) and removed only at the end of the session, after
    Playwright has stopped. The browser tests run last (see above), so no other test sees it."""
    old = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if old is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = old


def _load(contents: str) -> None:
    """Django's `deserialize_db_from_string`, with two changes.

    Content types go in first: building a Wagtail page or task object calls
    `ContentType.objects.get_for_model()`, which would otherwise insert a content type of its own (with
    another primary key) before the snapshot's row for it arrives. And INSERT only: the tables are empty,
    so the UPDATE that a raw save tries first would only double the number of queries."""
    from django.contrib.contenttypes.models import ContentType
    from django.core import serializers
    from django.db import transaction

    connection = connections["default"]
    data = json.loads(contents)
    content_types = [d for d in data if d["model"] == "contenttypes.contenttype"]
    others = [d for d in data if d["model"] != "contenttypes.contenttype"]
    tables = set()
    ContentType.objects.clear_cache()
    with transaction.atomic(using=connection.alias), connection.constraint_checks_disabled():
        for part in (content_types, others):
            for obj in serializers.deserialize("python", part, using=connection.alias):
                obj.save(force_insert=True)
                tables.add(obj.object._meta.db_table)
        connection.check_constraints(table_names=tables)
    ContentType.objects.clear_cache()


def _reload(contents: str) -> None:
    """Put the snapshot back after a transactional test's flush.

    That flush leaves only what its post_migrate signal re-creates: content types and permissions, with
    primary keys that need not match the snapshot. Those two tables are emptied and the snapshot loaded,
    so that every primary key is again the one the migrations gave it. Should anything else be left, a
    full flush without post_migrate comes first."""
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.db import IntegrityError, transaction

    connection = connections["default"]
    try:
        with transaction.atomic(using=connection.alias):
            Permission.objects.all()._raw_delete(connection.alias)
            ContentType.objects.all()._raw_delete(connection.alias)
            _load(contents)
    except IntegrityError:
        # Sequences keep counting (reset_sequences=False), as in Django's own flush between tests: the
        # snapshot brings its own primary keys, and new rows must not be given those again.
        call_command("flush", interactive=False, inhibit_post_migrate=True, reset_sequences=False, verbosity=0)
        _load(contents)


def _has_reference_data() -> bool:
    from organisations.models import Region

    return Region.objects.exists()


@pytest.fixture(scope="session", autouse=True)
def _reference_data(django_db_setup, django_db_blocker):
    """What the migrations loaded (regions, functions, groups, the Wagtail home page and site).

    A transactional test ends with a flush of every table, which also removes that data, and tests of
    other folders may have flushed it before these run. `serialized_rollback=True` on the tests makes
    pytest-django take a snapshot when it creates the test database; Django would restore it itself, but
    keeps it on the connection object, and once Playwright's sync API has started, the test code runs in
    another contextvars context, where Django hands out new connection objects without it. So this
    fixture (autouse: set up before `playwright`, while the original connection is still the current one)
    takes the snapshot over and the fixtures below restore it."""
    connection = connections["default"]
    contents = getattr(connection, "_test_serialized_contents", None)
    if not contents:
        with django_db_blocker.unblock():
            if not _has_reference_data():
                pytest.fail(
                    "De testdatabase mist de referentiegegevens uit de migraties (regio's) en er is geen "
                    "momentopname: zet django_db(transaction=True, serialized_rollback=True) op de "
                    "browsertests, of maak de database opnieuw aan met --create-db.",
                    pytrace=False,
                )
            contents = connection.creation.serialize_db_to_string()
    yield contents
    with django_db_blocker.unblock():
        connections.close_all()


@pytest.fixture(scope="module", autouse=True)
def _leave_reference_data(_reference_data, django_db_blocker):
    """After the last test of a module (and its flush): the data back, so that a database kept with
    --reuse-db is complete for the next run (and so is the database for anything that runs later)."""
    yield
    with django_db_blocker.unblock():
        if not _has_reference_data():
            _reload(_reference_data)
        # Closed here, in the context that opened them (see `_reference_data`): a connection left open
        # keeps PostgreSQL from dropping the test database at the end.
        connections.close_all()


@pytest.fixture(autouse=True)
def _restore_reference_data(_reference_data, transactional_db):
    """Each browser test starts with the migration data, even after an earlier test's flush."""
    if not _has_reference_data():
        _reload(_reference_data)


# --- Playwright -------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not CHROMIUM.exists():
        _missing(MISSING_CHROMIUM)
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def base_url():
    """Tests use `server.url`. Defining this here also keeps pytest-playwright 0.10's fallback fixture
    (a method on a plugin class) out, which pytest 9.2 warns about (PytestRemovedIn10Warning)."""
    return None


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # Dutch like the site's users; a fixed desktop size unless a test sets its own viewport.
    return {**browser_context_args, "locale": "nl-NL", "viewport": {"width": 1280, "height": 900}}


@pytest.fixture
def server(live_server, settings):
    """The live server. Tests here carry `django_db(transaction=True, serialized_rollback=True)`: the
    server thread sees only committed data. The migration data is restored before each test
    (`_restore_reference_data`).

    Staff MFA is switched off: managers log in with only a password here (MFA has its own tests)."""
    settings.REQUIRE_STAFF_MFA = False
    return live_server


@pytest.fixture
def login(page, server):
    """Log in through the real allauth form, as a person would."""
    from tests.factories import PASSWORD

    def _login(user, password: str = PASSWORD):
        page.goto(server.url + "/account/login/")
        page.locator("input[name=login]").fill(user.email)
        page.locator("input[name=password]").fill(password)
        page.get_by_role("button", name="Inloggen", exact=True).click()
        page.wait_for_load_state()
        return page

    return _login


# --- axe-core ---------------------------------------------------------------------------------------


def format_violations(violations: list[dict], url: str = "") -> str:
    """One readable block per violation: rule id, impact, help text, link and the first nodes."""
    if not violations:
        return "geen axe-overtredingen"
    lines = [f"{len(violations)} axe-overtreding(en) (WCAG 2.1 A/AA) op {url}:"]
    for v in violations:
        lines.append(f"- {v['id']} [{v.get('impact')}]: {v['help']} ({v.get('helpUrl', '')})")
        for node in v.get("nodes", [])[:3]:
            target = " ".join(str(t) for t in node.get("target", []))
            lines.append(f"    {target}: {node.get('html', '')[:160]}")
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            if summary:
                lines.append(f"      {summary[:300]}")
        if len(v.get("nodes", [])) > 3:
            lines.append(f"    … en nog {len(v['nodes']) - 3} element(en)")
    return "\n".join(lines)


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE_JS.exists():
        _missing(MISSING_AXE)
    return AXE_JS.read_text(encoding="utf-8")


class Axe:
    """`axe(page)` → the list of WCAG 2.0/2.1 A+AA violations on the page as it is now.

    The site's Content-Security-Policy (script-src 'self' 'nonce-…') blocks `page.add_script_tag`, which
    inserts an inline <script>. `page.evaluate` goes through the DevTools protocol, which CSP does not
    govern, so axe runs on the page exactly as users get it, CSP included (no bypass_csp)."""

    def __init__(self, source: str):
        self.source = source

    def run(self, page) -> dict:
        if not page.evaluate("() => typeof window.axe === 'object'"):
            page.evaluate(self.source)
        result = page.evaluate(
            """async (tags) => {
                const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
                return {version: axe.version, violations: r.violations, incomplete: r.incomplete,
                        passes: r.passes.length};
            }""",
            WCAG_TAGS,
        )
        # axe that checked nothing would also report no violations: make sure it really ran.
        assert result["passes"] > 0, "axe-core heeft geen enkele regel uitgevoerd"
        return result

    def __call__(self, page) -> list[dict]:
        return self.run(page)["violations"]


def measured_contrast_failures(incomplete: list[dict]) -> list[dict]:
    """axe files text whose colour equals its background (1:1) under "incomplete", not "violations",
    because it might be hidden on purpose. Where axe did measure a ratio below the requirement, it is a
    failure of WCAG 1.4.3 all the same: such nodes come back as one `color-contrast (gemeten)` entry."""
    nodes = []
    for result in incomplete:
        if result["id"] != "color-contrast":
            continue
        for node in result["nodes"]:
            for check in node.get("any", []):
                data = check.get("data") or {}
                ratio, expected = data.get("contrastRatio"), data.get("expectedContrastRatio")
                if ratio and expected and ratio < float(str(expected).split(":")[0]):
                    nodes.append({**node, "failureSummary": check.get("message", "")})
                    break
    if not nodes:
        return []
    return [
        {
            "id": "color-contrast (gemeten)",
            "impact": "serious",
            "nodes": nodes,
            "help": "Text must meet the minimum contrast ratio (axe: incomplete, but measured too low)",
            "helpUrl": "https://www.w3.org/WAI/WCAG21/Understanding/contrast-minimum",
        }
    ]


@pytest.fixture
def axe(axe_source) -> Axe:
    return Axe(axe_source)


@pytest.fixture
def assert_accessible(axe):
    """No WCAG 2.1 A/AA violations, and no text that axe measured below the contrast minimum."""

    def _check(page) -> None:
        result = axe.run(page)
        problems = result["violations"] + measured_contrast_failures(result["incomplete"])
        assert not problems, format_violations(problems, page.url)

    return _check
