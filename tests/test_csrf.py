"""Every state-changing request needs a CSRF token (issue 7).

The table below has one entry per URL pattern of ours, allauth's and Django's (found by walking the
URL configuration: a new URL without an entry fails `test_every_url_has_a_csrf_case`), plus a
sample of Wagtail's state-changing admin views and the POSTs that Wagtail pages take (enrolling,
completing a lesson). For each: log in with the role that may use it, POST the same data that works
with a token, but without one, through `Client(enforce_csrf_checks=True)` → 403 from the CSRF check
and no change. Then the same POST with a token, which must pass the check and, where the case names
a state, change it: so the "no change" is not vacuous.

Wagtail's hundreds of admin URLs are covered by `test_no_view_is_csrf_exempt` (the only way a view
escapes the middleware) and the sample.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.middleware.csrf import _get_new_csrf_string
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from organisations.models import Role
from tests.factories import PASSWORD, UserFactory, make_assessment, make_course, make_person, make_question, region

pytestmark = pytest.mark.django_db

#: Module prefixes whose URLs must each have a case. Wagtail's are sampled (WAGTAIL_CASES).
COVERED_MODULES = (
    "organisations",
    "courses",
    "assessments",
    "certificates",
    "dashboards",
    "elearning",
    "allauth",
    "django",
)


@dataclass
class Target:
    url: str
    #: The form data; a callable where it holds a file, which each POST needs afresh.
    data: dict | Callable[[], dict] = field(default_factory=dict)
    #: Reads the state a successful POST changes. None: the view changes nothing (a page that
    #: only reads, or a GET-only view); the token-less POST must still be refused.
    probe: Callable[[], Any] | None = None
    #: With a token, the probe must change (False where success needs more than a token, e.g. a
    #: fresh second factor; the token-less request is still checked).
    changes: bool = True


@dataclass
class Ctx:
    user: Any
    client: Client
    people: dict = field(default_factory=dict)

    def person(self, role: str, region_slug: str | None = "groningen", **fields):
        return make_person(role=role, region_slug=region_slug, **fields)


@dataclass(frozen=True)
class Case:
    role: str  # anonymous, employee, manager, trainer, programme, superuser
    make: Callable[[Ctx], Target]


def reads(url_name: str, *args) -> Callable[[Ctx], Target]:
    """A page that changes nothing: only the token-less refusal is checked."""
    return lambda ctx: Target(reverse(url_name, args=args))


def _user_field(user, name):
    return lambda: getattr(type(user).objects.get(pk=user.pk), name)


def _count(model, **filters):
    return lambda: model.objects.filter(**filters).count()


# --- Makers: one object to act on, the data that works, and the state it changes -------------------


def _employee_to_manage(ctx) -> Any:
    return ctx.person(Role.EMPLOYEE, first_name="Sanne", last_name="Vos")


def person_create(ctx):
    from organisations.models import User

    data = {
        "first_name": "Nieuwe",
        "last_name": "Collega",
        "email": "nieuwe.collega@groningen.example",
        "region": region("groningen").pk,
        "background": "new",
        "role": Role.EMPLOYEE,
    }
    return Target(reverse("organisations:person_create"), data, _count(User))


def person_edit(ctx):
    person = _employee_to_manage(ctx)
    membership = person.current_membership
    data = {
        "first_name": "Anders",
        "last_name": person.last_name,
        "region": membership.region_id,
        "function": membership.function_id,
        "background": membership.background,
        "role": membership.role,
    }
    return Target(reverse("organisations:person_edit", args=[person.pk]), data, _user_field(person, "first_name"))


def person_deactivate(ctx):
    person = _employee_to_manage(ctx)
    return Target(reverse("organisations:person_deactivate", args=[person.pk]), {}, _user_field(person, "is_active"))


def person_reactivate(ctx):
    person = _employee_to_manage(ctx)
    person.is_active = False
    person.save(update_fields=["is_active"])
    return Target(reverse("organisations:person_reactivate", args=[person.pk]), {}, _user_field(person, "is_active"))


def person_resend_invitation(ctx):
    from organisations.models import Invitation

    person = _employee_to_manage(ctx)
    person.set_unusable_password()  # invited, but no password set yet
    person.save(update_fields=["password"])
    return Target(
        reverse("organisations:person_resend_invitation", args=[person.pk]), {}, _count(Invitation, user=person)
    )


def person_erase(ctx):
    person = _employee_to_manage(ctx)
    return Target(
        reverse("organisations:person_erase", args=[person.pk]), {"email": person.email}, _user_field(person, "email")
    )


def accept_invitation(ctx):
    from organisations.models import Invitation
    from organisations.services import issue_invitation_token

    invitation = Invitation.objects.create(
        user=ctx.person(Role.EMPLOYEE), expires_at=timezone.now() + timedelta(days=7)
    )
    token = issue_invitation_token(invitation=invitation)
    new_password = "Een-ander-lang-wachtwoord-2026"
    return Target(
        reverse("organisations:accept_invitation", args=[token]),
        {"password1": new_password, "password2": new_password},
        lambda: Invitation.objects.get(pk=invitation.pk).used_at,
    )


def assign(ctx):
    from courses.models import Assignment

    course = make_course(lessons=1)
    person = _employee_to_manage(ctx)
    data = {
        "course": course.pk,
        "person": person.pk,
        "deadline": (timezone.localdate() + timedelta(days=30)).isoformat(),
    }
    return Target(reverse("courses:assign"), data, _count(Assignment))


def _open_attempt(ctx, **settings):
    from assessments import services

    make_question(competences=["C1"])
    assessment = make_assessment(pools={"C1": 1}, **settings)
    return services.start_attempt(user=ctx.user, assessment=assessment)


def start_attempt(ctx):
    from assessments.models import Attempt

    make_question(competences=["C1"])
    assessment = make_assessment(pools={"C1": 1})
    return Target(reverse("assessments:assessment", args=[assessment.pk]), {}, _count(Attempt, user=ctx.user))


def save_answer(ctx):
    from assessments.models import Response

    attempt = _open_attempt(ctx)
    right = next(o["id"] for o in attempt.items.get().snapshot["options"] if o["correct"])
    return Target(
        reverse("assessments:item", args=[attempt.pk, 1]), {"option": right}, _count(Response, attempt=attempt)
    )


def extend(ctx):
    from assessments.models import Attempt

    attempt = _open_attempt(ctx, time_limit_minutes=3, allow_time_extension=True)
    return Target(
        reverse("assessments:extend", args=[attempt.pk]), {}, lambda: Attempt.objects.get(pk=attempt.pk).deadline_at
    )


def submit(ctx):
    from assessments.models import Attempt

    attempt = _open_attempt(ctx)
    return Target(
        reverse("assessments:submit", args=[attempt.pk]), {}, lambda: Attempt.objects.get(pk=attempt.pk).status
    )


def _attempt_path(name):
    def make(ctx):
        return Target(reverse(name, args=[_open_attempt(ctx).pk]))

    return make


def _open_answer_in_utrecht():
    from assessments import services
    from assessments.models import Response

    make_question(kind="open", competences=["C5"])
    learner = make_person(role=Role.EMPLOYEE, region_slug="utrecht")
    attempt = services.start_attempt(user=learner, assessment=make_assessment(pools={"C5": 1}))
    services.save_answer(user=learner, attempt_id=attempt.pk, position=1, answer={"text": "Mijn antwoord."})
    services.submit_attempt(user=learner, attempt_id=attempt.pk)
    return Response.objects.get(attempt=attempt)


def grade(ctx):
    from assessments.models import Response

    response = _open_answer_in_utrecht()
    return Target(
        reverse("assessments:grade", args=[response.pk]),
        {"criterion-0": "1", "criterion-1": "1", "comment": "Goed."},
        lambda: Response.objects.get(pk=response.pk).graded_at,
    )


def regrade(ctx):
    from assessments.models import Regrade

    question = make_question(competences=["C1"])
    return Target(reverse("assessments:regrade", args=["vraag", question.pk]), {}, _count(Regrade))


def statistics(ctx):
    make_question(competences=["C1"])
    return Target(reverse("assessments:statistics", args=[make_assessment(pools={"C1": 1}).pk]))


def _certificate(holder):
    from certificates.services import issue_certificate
    from courses.models import Enrolment

    enrolment = Enrolment.objects.create(
        user=holder, course=make_course(lessons=1), source="self", completed_at=timezone.now(), completed_version=1
    )
    return issue_certificate(enrolment_id=enrolment.pk, render=False)


def reissue(ctx):
    from certificates.models import Certificate

    certificate = _certificate(_employee_to_manage(ctx))
    Certificate.objects.filter(pk=certificate.pk).update(holder_name="Oude Naam")
    return Target(
        reverse("certificates:reissue", args=[certificate.pk]),
        {},
        lambda: Certificate.objects.get(pk=certificate.pk).holder_name,
    )


def revoke(ctx):
    from certificates.models import Certificate

    certificate = _certificate(ctx.person(Role.EMPLOYEE))
    return Target(
        reverse("certificates:revoke"),
        {"code": certificate.code, "reason": "Fraude bij de toets."},
        lambda: Certificate.objects.get(pk=certificate.pk).revoked_at,
    )


def bundle_request(ctx):
    from certificates.models import CertificateBundle

    certificate = _certificate(_employee_to_manage(ctx))
    return Target(reverse("certificates:bundle_request"), {"certificate": [certificate.pk]}, _count(CertificateBundle))


def _bundle(ctx):
    from certificates.models import CertificateBundle

    return CertificateBundle.objects.create(
        requested_by=ctx.user, region=region("groningen"), certificate_ids=[1], fingerprint="0" * 64, total=1
    )


def _export(ctx):
    from dashboards.models import ReadinessExport

    return ReadinessExport.objects.create(requested_by=ctx.user, region=region("groningen"), format="csv")


def certificate_download(ctx):
    return Target(reverse("certificates:download", args=[_certificate(ctx.user).pk]))


def verify_code(ctx):
    return Target(reverse("certificates:verify_code", args=[_certificate(ctx.person(Role.EMPLOYEE)).code]))


def remind(ctx):
    from courses.services import assign_course
    from dashboards.models import ReadinessReminder
    from dashboards.readiness import refresh_requirements

    person = _employee_to_manage(ctx)
    assign_course(
        actor=ctx.user,
        course=make_course(lessons=1),
        user=person,
        team=None,
        deadline=timezone.localdate() + timedelta(days=10),
    )
    refresh_requirements([person.pk])  # what the task does after commit
    return Target(reverse("dashboards:remind"), {"persoon": [person.pk]}, _count(ReadinessReminder))


def export_request(ctx):
    from dashboards.models import ReadinessExport

    return Target(reverse("dashboards:export_request"), {"formaat": "csv"}, _count(ReadinessExport))


def _team_page(ctx):
    from organisations.models import Team

    team = Team.objects.create(region=region("groningen"), name="Team CSRF")
    return Target(reverse("dashboards:team", args=[team.pk]))


def _person_of(name):
    return lambda ctx: Target(reverse(name, args=[_employee_to_manage(ctx).pk]))


# --- allauth and Django ------------------------------------------------------------------------------


def account_login(ctx):
    person = ctx.person(Role.EMPLOYEE)
    return Target(
        reverse("account_login"), {"login": person.email, "password": PASSWORD}, _user_field(person, "last_login")
    )


def account_logout(ctx):
    from django.contrib.sessions.models import Session

    return Target(reverse("account_logout"), {}, _count(Session))


def account_signup(ctx):
    from organisations.models import User

    # Sign-up is closed (people are invited), so even with a token nothing is created.
    data = {"email": "zelf@vt.example", "password1": "Een-lang-wachtwoord-9", "password2": "Een-lang-wachtwoord-9"}
    return Target(reverse("account_signup"), data, _count(User), changes=False)


def account_email(ctx):
    from allauth.account.models import EmailAddress

    return Target(
        reverse("account_email"),
        {"action_add": "", "email": "tweede.adres@groningen.example"},
        _count(EmailAddress, user=ctx.user),
    )


def account_change_password(ctx):
    new = "Een-nieuw-lang-wachtwoord-2026"
    return Target(
        reverse("account_change_password"),
        {"oldpassword": PASSWORD, "password1": new, "password2": new},
        _user_field(ctx.user, "password"),
    )


def account_reset_password(ctx):
    from django.core import mail

    person = ctx.person(Role.EMPLOYEE)
    return Target(reverse("account_reset_password"), {"email": person.email}, lambda: len(mail.outbox))


def account_reset_password_from_key(ctx):
    from allauth.account.forms import default_token_generator
    from allauth.account.utils import user_pk_to_url_str

    person = ctx.person(Role.EMPLOYEE)
    key = default_token_generator.make_token(person)
    url = reverse("account_reset_password_from_key", kwargs={"uidb36": user_pk_to_url_str(person), "key": key})
    # allauth moves the key into the session and continues on a "set-password" URL, as a browser does.
    landing = ctx.client.get(url)
    new = "Een-nieuw-lang-wachtwoord-2026"
    return Target(landing["Location"], {"password1": new, "password2": new}, _user_field(person, "password"))


def account_reauthenticate(ctx):
    return Target(reverse("account_reauthenticate"), {"password": PASSWORD})


def _with_totp(ctx):
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    TOTP.activate(ctx.user, generate_totp_secret())


def mfa_deactivate_totp(ctx):
    from allauth.mfa.models import Authenticator

    _with_totp(ctx)
    # Needs a fresh second factor first, so even with a token this only leads to reauthentication.
    return Target(reverse("mfa_deactivate_totp"), {}, _count(Authenticator, user=ctx.user), changes=False)


def mfa_generate_recovery_codes(ctx):
    from allauth.mfa.models import Authenticator

    _with_totp(ctx)
    return Target(reverse("mfa_generate_recovery_codes"), {}, _count(Authenticator, user=ctx.user), changes=False)


def mfa_activate_totp(ctx):
    from allauth.mfa.models import Authenticator

    # The code comes from the authenticator app; a wrong one changes nothing, with or without token.
    return Target(reverse("mfa_activate_totp"), {"code": "000000"}, _count(Authenticator, user=ctx.user), changes=False)


def usersessions_list(ctx):
    from allauth.usersessions.models import UserSession

    other = Client()
    other.force_login(ctx.user, backend="organisations.auth_backends.CachedPermissionsBackend")
    return Target(reverse("usersessions_list"), {}, _count(UserSession, user=ctx.user), changes=False)


def set_language(ctx):
    return Target(
        reverse("set_language"),
        {"language": "en", "next": "/"},
        lambda: (
            ctx.client.cookies.get(django_settings.LANGUAGE_COOKIE_NAME, None)
            and ctx.client.cookies[django_settings.LANGUAGE_COOKIE_NAME].value
        ),
    )


def path(url: str) -> Callable[[Ctx], Target]:
    return lambda ctx: Target(url)


# --- Wagtail pages and a sample of the CMS ---------------------------------------------------------------


def enrol_on_course_page(ctx):
    from courses.models import Enrolment

    course = make_course(lessons=1)
    return Target(course.url, {}, _count(Enrolment, user=ctx.user))


def complete_lesson_page(ctx):
    from courses.models import LessonCompletion
    from courses.selectors import lessons_of

    lesson = lessons_of(make_course(lessons=2)).first().specific
    return Target(lesson.url, {"action": "complete"}, _count(LessonCompletion, enrolment__user=ctx.user))


def cms_add_lesson(ctx):
    from courses.models import LessonPage

    course = make_course(lessons=0)
    data = {
        "title": "Nieuwe les",
        "slug": "nieuwe-les",
        "summary": "Samenvatting.",
        "duration_minutes": "15",
        "body-count": "1",
        "body-0-type": "text",
        "body-0-value": '{"blocks":[{"key":"a","text":"Tekst.","type":"unstyled","depth":0,'
        '"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
        "body-0-deleted": "",
        "body-0-order": "0",
        "body-0-id": "b1",
    }
    return Target(
        reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", course.pk]), data, _count(LessonPage)
    )


def cms_edit_lesson(ctx):
    from wagtail.models import Revision

    from courses.selectors import lessons_of

    lesson = lessons_of(make_course(lessons=1)).first().specific
    data = {
        "title": "Andere titel",
        "slug": lesson.slug,
        "summary": "",
        "duration_minutes": "10",
        "body-count": "0",
    }
    return Target(
        reverse("wagtailadmin_pages:edit", args=[lesson.pk]), data, _count(Revision, object_id=str(lesson.pk))
    )


def cms_delete_page(ctx):
    from wagtail.models import Page

    course = make_course(lessons=0)
    return Target(reverse("wagtailadmin_pages:delete", args=[course.pk]), {}, _count(Page, pk=course.pk))


def cms_unpublish_page(ctx):
    from wagtail.models import Page

    course = make_course(lessons=0)
    return Target(
        reverse("wagtailadmin_pages:unpublish", args=[course.pk]), {}, lambda: Page.objects.get(pk=course.pk).live
    )


def cms_delete_snippet(ctx):
    from courses.models import FormOfViolence

    item = FormOfViolence.objects.create(slug="csrf-test", name="CSRF-test")
    return Target(
        reverse("wagtailsnippets_courses_formofviolence:delete", args=[item.pk]), {}, _count(FormOfViolence, pk=item.pk)
    )


def cms_add_document(ctx):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.documents.models import Document
    from wagtail.models import Collection

    def data():
        return {
            "title": "Werkblad",
            "file": SimpleUploadedFile("werkblad.txt", b"Een werkblad.\n"),
            "collection": Collection.get_first_root_node().pk,
        }

    return Target(reverse("wagtaildocs:add"), data, _count(Document))


def cms_delete_document(ctx):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    document = Document(title="Weg")
    document.file.save("weg.txt", ContentFile(b"weg"), save=True)
    return Target(reverse("wagtaildocs:delete", args=[document.pk]), {}, _count(Document, pk=document.pk))


def cms_api_page_action(ctx):
    """Wagtail's admin API (Django REST framework, csrf_exempt at the view) checks the token itself."""
    from wagtail.models import Page

    course = make_course(lessons=0)
    return Target(f"/cms/api/main/pages/{course.pk}/action/unpublish/", {}, lambda: Page.objects.get(pk=course.pk).live)


def cms_delete_user(ctx):
    from organisations.models import User

    # Without a membership: a person's membership is PROTECTed, and Wagtail's delete then fails.
    victim = UserFactory()
    return Target(reverse("wagtailusers_users:delete", args=[victim.pk]), {}, _count(User, pk=victim.pk))


def cms_delete_group(ctx):
    from django.contrib.auth.models import Group

    group = Group.objects.create(name="Tijdelijk")
    return Target(reverse("wagtailusers_groups:delete", args=[group.pk]), {}, _count(Group, pk=group.pk))


# --- The table -------------------------------------------------------------------------------------------

CASES: dict[str, Case] = {
    # organisations
    "organisations:people_list": Case("manager", reads("organisations:people_list")),
    "organisations:person_create": Case("manager", person_create),
    "organisations:person_detail": Case("manager", _person_of("organisations:person_detail")),
    "organisations:person_edit": Case("manager", person_edit),
    "organisations:person_deactivate": Case("manager", person_deactivate),
    "organisations:person_reactivate": Case("manager", person_reactivate),
    "organisations:person_resend_invitation": Case("manager", person_resend_invitation),
    "organisations:person_erase": Case("superuser", person_erase),
    "organisations:accept_invitation": Case("anonymous", accept_invitation),
    "organisations:privacy": Case("anonymous", reads("organisations:privacy")),
    "organisations:my_data": Case("employee", reads("organisations:my_data")),
    "organisations:my_data_json": Case("employee", reads("organisations:my_data_json")),
    "organisations:my_data_pdf": Case("employee", reads("organisations:my_data_pdf")),
    # courses
    "courses:my_learning": Case("employee", reads("courses:my_learning")),
    "courses:assign": Case("manager", assign),
    # Wagtail's pattern, served by courses/routing.py: a lesson's POST goes through it.
    "wagtail_serve": Case("employee", complete_lesson_page),
    # assessments
    "assessments:assessment": Case("employee", start_attempt),
    "assessments:statistics": Case("trainer", statistics),
    "assessments:attempt": Case("employee", _attempt_path("assessments:attempt")),
    "assessments:item": Case("employee", save_answer),
    "assessments:extend": Case("employee", extend),
    "assessments:submit": Case("employee", submit),
    "assessments:result": Case("employee", _attempt_path("assessments:result")),
    "assessments:regrade": Case("trainer", regrade),
    "assessments:grading_queue": Case("trainer", reads("assessments:grading_queue")),
    "assessments:grade": Case("trainer", grade),
    # certificates
    "certificates:list": Case("manager", reads("certificates:list")),
    "certificates:download": Case("employee", certificate_download),
    "certificates:reissue": Case("manager", reissue),
    "certificates:my_overview": Case("employee", reads("certificates:my_overview")),
    "certificates:revoke": Case("trainer", revoke),
    "certificates:bundle_request": Case("manager", bundle_request),
    "certificates:bundle": Case("manager", lambda ctx: Target(reverse("certificates:bundle", args=[_bundle(ctx).pk]))),
    "certificates:bundle_status": Case(
        "manager", lambda ctx: Target(reverse("certificates:bundle_status", args=[_bundle(ctx).pk]))
    ),
    "certificates:bundle_download": Case(
        "manager", lambda ctx: Target(reverse("certificates:bundle_download", args=[_bundle(ctx).pk]))
    ),
    "certificates:verify": Case("anonymous", reads("certificates:verify")),
    "certificates:verify_code": Case("anonymous", verify_code),
    # dashboards
    "dashboards:dashboard": Case("manager", reads("dashboards:dashboard")),
    "dashboards:team": Case("manager", _team_page),
    "dashboards:person": Case("manager", _person_of("dashboards:person")),
    "dashboards:actions": Case("manager", reads("dashboards:actions", "overdue")),
    "dashboards:remind": Case("manager", remind),
    "dashboards:export_request": Case("manager", export_request),
    "dashboards:export": Case("manager", lambda ctx: Target(reverse("dashboards:export", args=[_export(ctx).pk]))),
    "dashboards:export_status": Case(
        "manager", lambda ctx: Target(reverse("dashboards:export_status", args=[_export(ctx).pk]))
    ),
    "dashboards:export_download": Case(
        "manager", lambda ctx: Target(reverse("dashboards:export_download", args=[_export(ctx).pk]))
    ),
    "dashboards:report": Case("manager", reads("dashboards:report")),
    "dashboards:national": Case("programme", reads("dashboards:national")),
    "dashboards:national_region": Case("programme", reads("dashboards:national_region", "groningen")),
    # elearning
    "healthz": Case("anonymous", reads("healthz")),
    "livez": Case("anonymous", reads("livez")),
    # allauth
    "account_login": Case("anonymous", account_login),
    "account_logout": Case("employee", account_logout),
    "account_inactive": Case("anonymous", reads("account_inactive")),
    "account_signup": Case("anonymous", account_signup),
    "account_reauthenticate": Case("employee", account_reauthenticate),
    "account_email": Case("employee", account_email),
    "account_email_verification_sent": Case("anonymous", reads("account_email_verification_sent")),
    "account_change_password": Case("employee", account_change_password),
    "account_set_password": Case("employee", reads("account_set_password")),
    "account_reset_password": Case("anonymous", account_reset_password),
    "account_confirm_login_code": Case("anonymous", reads("account_confirm_login_code")),
    "account_confirm_email": Case("anonymous", lambda ctx: Target(reverse("account_confirm_email", args=["sleutel"]))),
    "account_reset_password_from_key_done": Case("anonymous", reads("account_reset_password_from_key_done")),
    "account_reset_password_from_key": Case("anonymous", account_reset_password_from_key),
    "account_reset_password_done": Case("anonymous", reads("account_reset_password_done")),
    "mfa_index": Case("trainer", reads("mfa_index")),
    "mfa_authenticate": Case("anonymous", reads("mfa_authenticate")),
    "mfa_reauthenticate": Case("trainer", reads("mfa_reauthenticate")),
    "mfa_activate_totp": Case("trainer", mfa_activate_totp),
    "mfa_deactivate_totp": Case("trainer", mfa_deactivate_totp),
    "mfa_view_recovery_codes": Case("trainer", reads("mfa_view_recovery_codes")),
    "mfa_generate_recovery_codes": Case("trainer", mfa_generate_recovery_codes),
    "mfa_download_recovery_codes": Case("trainer", reads("mfa_download_recovery_codes")),
    "usersessions_list": Case("employee", usersessions_list),
    # Django
    "set_language": Case("anonymous", set_language),
    "wagtailcore_login": Case("anonymous", path("/_util/login/")),
    # Unnamed patterns of ours (redirects), keyed by their route.
    "route:cms/login/": Case("anonymous", path("/cms/login/")),
    "route:_util/login/": Case("anonymous", path("/_util/login/")),
    "route:cms/test404/": Case("anonymous", path("/cms/test404/")),
    "route:^media/(?P<path>.*)$": Case("anonymous", path("/media/iets.txt")),
}

#: Entries that exist only in some configurations (the media route only with DEBUG).
OPTIONAL = {"route:^media/(?P<path>.*)$"}

#: Wagtail pages that take a POST, and a sample of Wagtail's state-changing admin views.
WAGTAIL_CASES: dict[str, Case] = {
    "page:course (enrol)": Case("employee", enrol_on_course_page),
    "page:lesson (complete)": Case("employee", complete_lesson_page),
    "cms:add lesson": Case("trainer", cms_add_lesson),
    "cms:edit lesson": Case("trainer", cms_edit_lesson),
    "cms:delete page": Case("superuser", cms_delete_page),
    "cms:unpublish page": Case("superuser", cms_unpublish_page),
    "cms:delete snippet": Case("superuser", cms_delete_snippet),
    "cms:add document": Case("trainer", cms_add_document),
    "cms:delete document": Case("superuser", cms_delete_document),
    "cms:delete user": Case("superuser", cms_delete_user),
    "cms:admin API page action": Case("superuser", cms_api_page_action),
    "cms:delete group": Case("superuser", cms_delete_group),
}


# --- Walking the URL configuration ---------------------------------------------------------------------


def _walk(patterns, prefix="", route=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            namespace = f"{prefix}{entry.namespace}:" if entry.namespace else prefix
            yield from _walk(entry.url_patterns, namespace, route + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix, entry, route + str(entry.pattern)


def covered_urls() -> set[str]:
    """The keys of every URL pattern that must have a case: all but Wagtail's own."""
    keys = set()
    for namespace, pattern, route in _walk(get_resolver().url_patterns):
        module = getattr(pattern.callback, "__module__", "") or ""
        if module.startswith("wagtail"):
            continue
        assert module.startswith(COVERED_MODULES), f"a URL from an unknown module: {route} ({module})"
        keys.add(f"{namespace}{pattern.name}" if pattern.name else f"route:{route}")
    return keys


def test_every_url_has_a_csrf_case():
    missing = covered_urls() - set(CASES)
    assert not missing, f"URLs without an entry in CASES (tests/test_csrf.py): {sorted(missing)}"


def test_the_table_has_no_stale_entries():
    assert set(CASES) - OPTIONAL <= covered_urls()


#: Views marked csrf_exempt that check the token themselves: Wagtail's admin API is Django REST
#: framework, whose SessionAuthentication enforces CSRF for logged-in users ("cms:admin API page
#: action" below proves it).
CHECKS_ITS_OWN_TOKEN = ("cms/api/main/",)


def test_no_view_is_csrf_exempt():
    """csrf_exempt is the one way a view escapes the middleware: no URL at all, Wagtail's included,
    has it, except the admin API that checks the token itself."""
    exempt = [
        route
        for _namespace, pattern, route in _walk(get_resolver().url_patterns)
        if getattr(pattern.callback, "csrf_exempt", False) and not route.startswith(CHECKS_ITS_OWN_TOKEN)
    ]
    assert not exempt
    assert "django.middleware.csrf.CsrfViewMiddleware" in django_settings.MIDDLEWARE


# --- The check ---------------------------------------------------------------------------------------------


def _user_for(role: str):
    if role == "anonymous":
        return None
    if role == "superuser":
        return UserFactory(is_superuser=True, is_staff=True)
    region_slug = {"trainer": "utrecht", "programme": None}.get(role, "groningen")
    return make_person(role=getattr(Role, role.upper()), region_slug=region_slug)


def _csrf_refusals(caplog, response) -> list[str]:
    """Why the CSRF check refused the request: Django's middleware logs it; Django REST framework
    (Wagtail's admin API) answers "CSRF Failed" instead."""
    reasons = [r.getMessage() for r in caplog.records if r.name == "django.security.csrf"]
    if response.get("Content-Type", "").startswith("application/json") and b"CSRF Failed" in response.content:
        reasons.append(response.content.decode())
    return reasons


def _data(target: Target) -> dict:
    return target.data() if callable(target.data) else target.data


def _check(case: Case, caplog):
    user = _user_for(case.role)
    client = Client(enforce_csrf_checks=True)
    if user is not None:
        client.force_login(user, backend="organisations.auth_backends.CachedPermissionsBackend")
    target = case.make(Ctx(user=user, client=client))
    before = target.probe() if target.probe else None

    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="django.security.csrf"):
        refused = client.post(target.url, _data(target))
    assert refused.status_code == 403, (target.url, refused.status_code)
    assert _csrf_refusals(caplog, refused), f"{target.url}: 403, but not from the CSRF check"
    if target.probe:
        assert target.probe() == before, f"{target.url}: the refused POST changed something"

    # The same POST with a token passes the check (and changes the state): the refusal above came
    # from the missing token alone, and the probe watches something the POST really changes.
    token = _get_new_csrf_string()
    client.cookies[django_settings.CSRF_COOKIE_NAME] = token
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="django.security.csrf"):
        accepted = client.post(target.url, _data(target), HTTP_X_CSRFTOKEN=token)
    assert not _csrf_refusals(caplog, accepted), (target.url, _csrf_refusals(caplog, accepted))
    if target.probe and target.changes:
        assert target.probe() != before, f"{target.url}: with a token the POST changed nothing ({accepted.status_code})"


@pytest.fixture
def _quiet(settings, tmp_path, no_staff_mfa):
    settings.MEDIA_ROOT = tmp_path
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}


@pytest.mark.usefixtures("_quiet")
@pytest.mark.parametrize("key", sorted(CASES))
def test_a_post_without_token_is_refused_and_changes_nothing(key, caplog):
    if key in OPTIONAL and key not in covered_urls():
        pytest.skip("not in this configuration")
    _check(CASES[key], caplog)


@pytest.mark.usefixtures("_quiet")
@pytest.mark.parametrize("key", sorted(WAGTAIL_CASES))
def test_wagtail_pages_and_cms_refuse_a_post_without_token(key, caplog):
    _check(WAGTAIL_CASES[key], caplog)
