"""Every URL that names an object or a region has a cross-region case here.

`test_every_object_url_has_a_cross_region_case` walks the URL configuration: a new view that takes
a pk, slug or region without an entry in CROSS_REGION_CASES (or a documented exemption) fails the
suite, so no later view can forget its region check.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from organisations.models import Role
from tests.factories import make_person

PROJECT_APPS = ("organisations", "courses", "assessments", "certificates", "dashboards", "elearning")


@dataclass(frozen=True)
class Case:
    methods: tuple[str, ...]
    #: Builds the object in a region and returns the URL kwargs for it.
    kwargs_for: Callable[[str], dict]
    #: Status for the region's own manager: proves the case is not vacuously 404.
    own_status: int


def _person_in(region_slug: str) -> dict:
    return {"pk": make_person(role=Role.EMPLOYEE, region_slug=region_slug).pk}


def _team_in(region_slug: str) -> dict:
    from organisations.models import Team
    from tests.factories import region

    return {"pk": Team.objects.create(region=region(region_slug), name=f"Team Matrix {region_slug}").pk}


CROSS_REGION_CASES: dict[str, Case] = {
    "dashboards:team": Case(("get",), _team_in, 200),
    "dashboards:person": Case(("get",), _person_in, 200),
    "organisations:person_detail": Case(("get",), _person_in, 200),
    "organisations:person_edit": Case(("get", "post"), _person_in, 200),
    "organisations:person_deactivate": Case(("post",), _person_in, 302),
    "organisations:person_reactivate": Case(("post",), _person_in, 302),
    "organisations:person_resend_invitation": Case(("post",), _person_in, 302),
}


def _attempt_in(region_slug: str) -> dict:
    from assessments import services
    from tests.factories import make_assessment, make_question

    make_question(competences=["C1"])
    owner = make_person(role=Role.EMPLOYEE, region_slug=region_slug)
    attempt = services.start_attempt(user=owner, assessment=make_assessment(pools={"C1": 1}))
    return {"owner": owner, "kwargs": {"pk": attempt.pk}}


def _bundle_in(region_slug: str) -> dict:
    """A certificate bundle a manager asked for (pending: the owner's download waits on its page)."""
    from certificates.models import CertificateBundle
    from tests.factories import region

    owner = make_person(role=Role.MANAGER, region_slug=region_slug)
    bundle = CertificateBundle.objects.create(
        requested_by=owner, region=region(region_slug), certificate_ids=[1], fingerprint="0" * 64, total=1
    )
    return {"owner": owner, "kwargs": {"pk": bundle.pk}}


#: Personal records only their owner opens: everyone else — a colleague, the own region's manager,
#: a trainer, programme staff — gets 404, as for a missing object. (method, extra kwargs, maker)
OWNER_ONLY_CASES: dict[str, tuple[str, dict, Callable[[str], dict]]] = {
    "assessments:attempt": ("get", {}, _attempt_in),
    "assessments:item": ("get", {"position": 1}, _attempt_in),
    "assessments:extend": ("post", {}, _attempt_in),
    "assessments:submit": ("get", {}, _attempt_in),
    "assessments:result": ("get", {}, _attempt_in),
    # A manager's ZIP of certificates: not even the region's other managers or programme staff.
    "certificates:bundle": ("get", {}, _bundle_in),
    "certificates:bundle_status": ("get", {}, _bundle_in),
    "certificates:bundle_download": ("get", {}, _bundle_in),
}


def _export_in(region_slug: str) -> dict:
    """A readiness export a manager asked for (pending: the owner's download waits on its page)."""
    from dashboards.models import ReadinessExport
    from tests.factories import region

    owner = make_person(role=Role.MANAGER, region_slug=region_slug)
    export = ReadinessExport.objects.create(requested_by=owner, region=region(region_slug), format="csv")
    return {"owner": owner, "kwargs": {"pk": export.pk}}


#: A manager's own export of their region's readiness per person (DOMAIN §8.1): like the records
#: above, the region's other managers and those of other regions get 404; anyone who is no manager
#: gets 403, as everywhere on the dashboards (no person-level data outside a region's managers).
MANAGER_OWNER_ONLY_CASES: dict[str, tuple[str, Callable[[str], dict]]] = {
    "dashboards:export": ("get", _export_in),
    "dashboards:export_status": ("get", _export_in),
    "dashboards:export_download": ("get", _export_in),
}

#: Manager-only URLs without an object: the region is the manager's own. (method, own status)
MANAGER_ONLY_URLS: dict[str, tuple[str, int]] = {
    "dashboards:export_request": ("post", 302),
    "dashboards:report": ("get", 200),
}


def _open_answer_in(region_slug: str) -> dict:
    from assessments import services
    from assessments.models import Response
    from tests.factories import make_assessment, make_question

    make_question(kind="open", competences=["C5"])
    owner = make_person(role=Role.EMPLOYEE, region_slug=region_slug)
    attempt = services.start_attempt(user=owner, assessment=make_assessment(pools={"C5": 1}))
    services.save_answer(user=owner, attempt_id=attempt.pk, position=1, answer={"text": "antwoord"})
    services.submit_attempt(user=owner, attempt_id=attempt.pk)
    return {"pk": Response.objects.get(attempt=attempt).pk}


#: URLs that take an argument that is not a region-owned object, with the reason.
EXEMPT = {
    "organisations:accept_invitation": "a secret token from an e-mail, not an object id; public by design",
    "certificates:download": "holder and own region's manager only: tests/certificates/test_certificates.py",
    "certificates:reissue": "own region's manager only: tests/certificates/test_certificates.py",
    "certificates:verify_code": "a public verification code, not an object id; public by design (rate limited)",
    "assessments:assessment": "national content, not region-owned; tests/assessments/test_views.py",
    "assessments:statistics": "aggregates without names, for trainers; tests/assessments/test_views.py",
    "assessments:regrade": "bank content, not region-owned; trainer permission in tests/assessments",
    "assessments:grade": "trainer scope, not manager scope: test_trainers_grade_only_their_own_region below",
    "dashboards:actions": "a list name, not an object; the region is the manager's own: tests/dashboards/test_views.py",
    "dashboards:national_region": "programme staff only, aggregates with suppression: tests/dashboards/test_views.py",
    **dict.fromkeys(OWNER_ONLY_CASES, "owner-only: test_only_the_owner_opens_a_personal_record below"),
    **dict.fromkeys(
        MANAGER_OWNER_ONLY_CASES, "the requesting manager only: test_only_the_manager_who_asked_opens_an_export"
    ),
}


def _walk(patterns, prefix=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            namespace = f"{prefix}{entry.namespace}:" if entry.namespace else prefix
            yield from _walk(entry.url_patterns, namespace)
        elif isinstance(entry, URLPattern):
            yield prefix, entry


def project_object_urls() -> set[str]:
    names = set()
    for namespace, pattern in _walk(get_resolver().url_patterns):
        module = getattr(pattern.callback, "__module__", "")
        if not module.startswith(PROJECT_APPS) or not pattern.name:
            continue
        takes_argument = bool(pattern.pattern.converters) or "(?P<" in str(pattern.pattern)
        if takes_argument:
            names.add(f"{namespace}{pattern.name}")
    return names


def test_every_object_url_has_a_cross_region_case():
    missing = project_object_urls() - set(CROSS_REGION_CASES) - set(EXEMPT)
    assert not missing, f"URLs without a cross-region case in tests/test_access_matrix.py: {sorted(missing)}"


def test_the_matrix_has_no_stale_entries():
    assert set(CROSS_REGION_CASES) | set(EXEMPT) <= project_object_urls()


def _client_for(user) -> Client:
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(CROSS_REGION_CASES))
def test_manager_of_another_region_gets_404_and_own_manager_gets_through(name, settings):
    settings.REQUIRE_STAFF_MFA = False
    case = CROSS_REGION_CASES[name]
    groningen_manager = _client_for(make_person(role=Role.MANAGER, region_slug="groningen"))
    for method in case.methods:
        utrecht_kwargs = case.kwargs_for("utrecht")
        response = getattr(groningen_manager, method)(reverse(name, kwargs=utrecht_kwargs))
        assert response.status_code == 404, (name, method)
    own_kwargs = case.kwargs_for("groningen")
    response = getattr(groningen_manager, case.methods[0])(reverse(name, kwargs=own_kwargs))
    assert response.status_code == case.own_status, name


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(CROSS_REGION_CASES))
def test_employees_and_anonymous_visitors_get_nothing(name, settings):
    settings.REQUIRE_STAFF_MFA = False
    case = CROSS_REGION_CASES[name]
    kwargs = case.kwargs_for("groningen")
    employee = _client_for(make_person(role=Role.EMPLOYEE, region_slug="groningen"))
    for method in case.methods:
        assert getattr(employee, method)(reverse(name, kwargs=kwargs)).status_code == 403
        anonymous = getattr(Client(), method)(reverse(name, kwargs=kwargs))
        assert anonymous.status_code == 302 and anonymous["Location"].startswith(reverse("account_login"))


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(OWNER_ONLY_CASES))
def test_only_the_owner_opens_a_personal_record(name, settings):
    settings.REQUIRE_STAFF_MFA = False
    method, extra, make = OWNER_ONLY_CASES[name]
    made = make("groningen")
    url = reverse(name, kwargs={**made["kwargs"], **extra})
    for role, region in (
        (Role.EMPLOYEE, "groningen"),
        (Role.MANAGER, "groningen"),
        (Role.MANAGER, "utrecht"),
        (Role.TRAINER, "groningen"),
        (Role.PROGRAMME, None),
    ):
        intruder = _client_for(make_person(role=role, region_slug=region))
        assert getattr(intruder, method)(url).status_code == 404, (name, role, region)
    assert getattr(_client_for(made["owner"]), method)(url).status_code in (200, 302), name
    anonymous = getattr(Client(), method)(url)
    assert anonymous.status_code == 302 and anonymous["Location"].startswith(reverse("account_login"))


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(MANAGER_OWNER_ONLY_CASES))
def test_only_the_manager_who_asked_opens_an_export(name, settings):
    settings.REQUIRE_STAFF_MFA = False
    method, make = MANAGER_OWNER_ONLY_CASES[name]
    made = make("groningen")
    url = reverse(name, kwargs=made["kwargs"])
    for role, region, status in (
        (Role.MANAGER, "groningen", 404),
        (Role.MANAGER, "utrecht", 404),
        (Role.EMPLOYEE, "groningen", 403),
        (Role.TRAINER, "groningen", 403),
        (Role.PROGRAMME, None, 403),
    ):
        intruder = _client_for(make_person(role=role, region_slug=region))
        assert getattr(intruder, method)(url).status_code == status, (name, role, region)
    assert getattr(_client_for(made["owner"]), method)(url).status_code in (200, 302), name
    anonymous = getattr(Client(), method)(url)
    assert anonymous.status_code == 302 and anonymous["Location"].startswith(reverse("account_login"))


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(MANAGER_ONLY_URLS))
def test_only_managers_export_their_region(name, settings, tmp_path):
    settings.REQUIRE_STAFF_MFA = False
    settings.MEDIA_ROOT = tmp_path
    method, own_status = MANAGER_ONLY_URLS[name]
    url = reverse(name)
    data = {"formaat": "csv"} if method == "post" else {}
    for role, region in ((Role.EMPLOYEE, "groningen"), (Role.TRAINER, "groningen"), (Role.PROGRAMME, None)):
        intruder = _client_for(make_person(role=role, region_slug=region))
        assert getattr(intruder, method)(url, data).status_code == 403, (name, role)
    anonymous = getattr(Client(), method)(url, data)
    assert anonymous.status_code == 302 and anonymous["Location"].startswith(reverse("account_login"))
    manager = _client_for(make_person(role=Role.MANAGER, region_slug="groningen"))
    assert getattr(manager, method)(url, data).status_code == own_status, name


@pytest.mark.django_db
def test_trainers_grade_only_their_own_region(settings):
    settings.REQUIRE_STAFF_MFA = False
    url = reverse("assessments:grade", kwargs=_open_answer_in("utrecht"))
    assert _client_for(make_person(role=Role.TRAINER, region_slug="groningen")).get(url).status_code == 404
    assert _client_for(make_person(role=Role.TRAINER, region_slug="utrecht")).get(url).status_code == 200
    for role, region in ((Role.EMPLOYEE, "utrecht"), (Role.MANAGER, "utrecht"), (Role.PROGRAMME, None)):
        assert _client_for(make_person(role=role, region_slug=region)).get(url).status_code == 403, role
