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


CROSS_REGION_CASES: dict[str, Case] = {
    "organisations:person_detail": Case(("get",), _person_in, 200),
    "organisations:person_edit": Case(("get", "post"), _person_in, 200),
    "organisations:person_deactivate": Case(("post",), _person_in, 302),
    "organisations:person_reactivate": Case(("post",), _person_in, 302),
    "organisations:person_resend_invitation": Case(("post",), _person_in, 302),
}

#: URLs that take an argument that is not a region-owned object, with the reason.
EXEMPT = {
    "organisations:accept_invitation": "a secret token from an e-mail, not an object id; public by design",
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
