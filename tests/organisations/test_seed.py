import pytest
from allauth.account.models import EmailAddress
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page

from courses.models import Enrolment, LearningPathItem, LessonCompletion
from organisations.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
from organisations.models import AuditEvent, Invitation, Membership, Role, Team, User

pytestmark = pytest.mark.django_db


def _snapshot():
    return {
        "users": sorted(User.objects.values_list("pk", "email", "first_name", "last_name", "password", "is_active")),
        "memberships": sorted(
            Membership.objects.values_list(
                "pk", "user_id", "region_id", "team_id", "function_id", "role", "background", "valid_from", "valid_to"
            )
        ),
        "teams": sorted(Team.objects.values_list("pk", "region_id", "name")),
        "invitations": sorted(Invitation.objects.values_list("pk", "user_id", "token_hash")),
        "emails": sorted(EmailAddress.objects.values_list("pk", "email", "verified")),
        "audit": AuditEvent.objects.count(),
        "pages": sorted(Page.objects.values_list("pk", "path", "title", "live")),
        "enrolments": sorted(Enrolment.objects.values_list("pk", "user_id", "course_id", "deadline", "completed_at")),
        "lesson_completions": LessonCompletion.objects.count(),
        "paths": sorted(LearningPathItem.objects.values_list("path_id", "course_id", "sort_order")),
        "images": Image.objects.count(),
        "documents": Document.objects.count(),
    }


def test_seed_demo_is_idempotent():
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    first = _snapshot()
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert _snapshot() == first


def test_seed_demo_makes_a_believable_workforce():
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    people = Membership.objects.current().filter(role=Role.EMPLOYEE)
    assert 55 <= people.count() <= 70
    for slug in ("groningen", "utrecht", "rotterdam-rijnmond"):
        assert Team.objects.filter(region__slug=slug).count() >= 3
        assert people.filter(region__slug=slug).count() >= 15
    assert people.values("function").distinct().count() >= 6
    assert set(people.values_list("background", flat=True)) == {"ex_amk", "ex_shg", "new"}
    assert Membership.objects.filter(valid_to__isnull=False).exists()  # some moved team


def test_every_demo_account_can_log_in(settings):
    settings.REQUIRE_STAFF_MFA = False
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    for account in DEMO_ACCOUNTS:
        client = Client()
        response = client.post(reverse("account_login"), {"login": account.email, "password": DEMO_PASSWORD})
        assert response.status_code == 302, account.email
        assert client.get("/").context["user"].email == account.email
