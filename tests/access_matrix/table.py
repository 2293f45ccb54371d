"""The access matrix: every URL of the platform × the six roles × own / same-region / other-region
object → the status each role must get.

A row is six tokens, one per role, in the order of ROLES:

    anonymous  employee  trainer  manager_a  manager_b  programme

A token is a status ("200", "403", "404", "405", "410", …), "login" (a redirect to the login page),
"302" (a redirect anywhere else) or "-" (no such cell: programme staff hold no certificate). For
a URL that takes an object, a token may give one status per variant, separated by "/", in the order
of the object kind's variants; one status stands for all variants.

Variants, always seen from the role (region A = Groningen, region B = Utrecht):
- "own": the role's own record (their attempt, certificate, bundle, export); for anonymous visitors
  the employee's record, for programme staff "-" where they cannot have one (a certificate);
- "same": an object of the role's own region that is not theirs (a colleague's record, the region's
  team, a person of the region); roles without a region (anonymous, programme staff) get region A's;
- "other": the same kind of object in the other region.

The makers build an object when the test runs (inside the test's transaction) or pick one from the
module's World, and return the URL's kwargs (or positional args as a tuple).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from uuid import uuid4

from django.conf import settings
from django.urls import reverse

from tests.access_matrix.world import ROLE_PERSON, ROLES, World

# --- Object kinds --------------------------------------------------------------------------------

Maker = Callable[[World, str, str], "dict | tuple | None"]


@dataclass(frozen=True)
class Kind:
    name: str
    variants: tuple[str, ...]
    make: Maker


def _person(world: World, role: str, variant: str):
    region = world.region_of(role) if variant == "same" else world.other_region(role)
    return {"pk": world.people[f"{region}.colleague"].user.pk}


def _team(world: World, role: str, variant: str):
    region = world.region_of(role) if variant == "same" else world.other_region(role)
    return {"pk": world.teams[region].pk}


def _owner(world: World, role: str):
    """Whose "own" record it is: the role's, or the employee's for an anonymous visitor."""
    return world.user(role) or world.user("employee")


def _certificate(world: World, role: str, variant: str):
    if variant == "own":
        certificate = world.certificates.get(ROLE_PERSON[role] or ROLE_PERSON["employee"])
        return {"pk": certificate.pk} if certificate else None
    region = world.region_of(role) if variant == "same" else world.other_region(role)
    return {"pk": world.certificates[f"{region}.colleague"].pk}


def _attempt(world: World, role: str, variant: str):
    """Own: an open attempt the role starts now; otherwise a colleague's submitted attempt."""
    if variant == "own":
        from assessments import services

        return {"pk": services.start_attempt(user=_owner(world, role), assessment=world.practice).pk}
    region = world.region_of(role) if variant == "same" else world.other_region(role)
    return {"pk": world.attempts[f"{region}.colleague"].pk}


def _requester(world: World, role: str, variant: str):
    """Who asked for a bundle or export: the role itself, or the deputy manager of a region."""
    if variant == "own":
        return _owner(world, role)
    region = world.region_of(role) if variant == "same" else world.other_region(role)
    return world.people[f"{region}.deputy"].user


def _bundle(world: World, role: str, variant: str):
    from certificates.models import CertificateBundle

    requester = _requester(world, role, variant)
    if requester is None:
        return None
    membership = requester.current_membership
    bundle = CertificateBundle.objects.create(
        requested_by=requester,
        region=membership.region if membership else None,
        certificate_ids=[world.certificates["A.colleague"].pk],
        fingerprint=uuid4().hex,
        total=1,
    )
    return {"pk": bundle.pk}


def _export(world: World, role: str, variant: str):
    from dashboards.models import ReadinessExport

    requester = _requester(world, role, variant)
    if requester is None:
        return None
    membership = requester.current_membership
    region = membership.region if membership and membership.region else world.regions["A"]
    return {"pk": ReadinessExport.objects.create(requested_by=requester, region=region, format="csv").pk}


def _open_answer(world: World, role: str, variant: str):
    region = world.region_of(role) if variant == "same" else world.other_region(role)
    return {"pk": world.open_answers[f"{region}.colleague"].pk}


REGIONAL = ("same", "other")
PERSONAL = ("own", "same", "other")

PERSON = Kind("person", REGIONAL, _person)
TEAM = Kind("team", REGIONAL, _team)
OPEN_ANSWER = Kind("open answer", REGIONAL, _open_answer)
CERTIFICATE = Kind("certificate", PERSONAL, _certificate)
ATTEMPT = Kind("attempt", PERSONAL, _attempt)
BUNDLE = Kind("certificate bundle", PERSONAL, _bundle)
EXPORT = Kind("readiness export", PERSONAL, _export)


def _with(kind: Kind, **extra) -> Kind:
    """The kind with extra fixed kwargs (e.g. the item position of an attempt)."""

    def make(world: World, role: str, variant: str):
        kwargs = kind.make(world, role, variant)
        return None if kwargs is None else {**kwargs, **extra}

    return Kind(kind.name, kind.variants, make)


# --- Entries -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    #: Expected statuses for GET and for POST (None: the method is not exercised).
    get: str | None = None
    post: str | None = None
    #: The object the URL takes, with its variants; or fixed arguments; or a literal URL.
    kind: Kind | None = None
    args: Callable[[World], dict | tuple] | None = None
    url: Callable[[World], str] | None = None
    #: What is posted (default: nothing, an empty form).
    data: Callable[[World, str], dict] | None = None
    #: Markers this page may show beyond what the role sees anyway (see `allowed_markers`).
    reveals: Callable[[World, str], set[str]] | None = None
    #: Only in the URL configuration when DEBUG is on.
    debug_only: bool = False
    note: str = ""
    variants: tuple[str, ...] = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "variants", self.kind.variants if self.kind else ("-",))

    def rows(self) -> dict[str, str]:
        return {method: row for method, row in (("get", self.get), ("post", self.post)) if row is not None}


def expected(row: str, role: str, variant: str, variants: tuple[str, ...]) -> str:
    """The token of `row` for one role and variant."""
    tokens = row.split()
    assert len(tokens) == len(ROLES), f"a row needs {len(ROLES)} tokens, one per role: {row!r}"
    parts = tokens[ROLES.index(role)].split("/")
    if len(parts) == 1:
        return parts[0]
    assert len(parts) == len(variants), f"{tokens[ROLES.index(role)]!r} needs one status per variant {variants}"
    return parts[variants.index(variant)]


# --- What a page may show ------------------------------------------------------------------------


def _account_administration(world: World, role: str) -> set[str]:
    """Programme staff administer accounts in every region (README, "Privacy decision"): names,
    e-mail addresses and teams on the people pages — never results."""
    return world.markers(kinds=("identity", "team")) if role == "programme" else set()


def _blind_grading(world: World, role: str) -> set[str]:
    """A trainer reads the open answers of their own region's learners to grade them; no names."""
    if role != "trainer":
        return set()
    region = world.region_of(role)
    return {text for key, text in world.answers.items() if key.startswith(f"{region}.")}


def _verified_holder(world: World, role: str) -> set[str]:
    """Public verification: anyone holding the code sees the holder's name and the code."""
    from certificates.models import group_code

    certificate = world.certificates["A.employee"]
    return world.people["A.employee"].identity | {certificate.code, group_code(certificate.code)}


def allowed_markers(world: World, role: str, entry: Entry) -> set[str]:
    """Markers `role` may meet on this URL: their own, all of their region's for a manager, their
    own team's, plus what the entry reveals by design."""
    allowed: set[str] = set()
    person = world.person(role)
    if person is not None:
        allowed |= person.identity | person.results
        membership = person.user.current_membership
        if membership and membership.team_id:
            allowed.add(membership.team.name)
    if role in ("manager_a", "manager_b"):
        allowed |= world.markers(region=world.region_of(role))
    if entry.reveals is not None:
        allowed |= entry.reveals(world, role)
    return allowed


def forbidden_markers(world: World, role: str, entry: Entry) -> set[str]:
    return world.markers() - allowed_markers(world, role, entry)


# --- Rows used by many URLs ----------------------------------------------------------------------

EVERYONE = "200 200 200 200 200 200"
SIGNED_IN = "login 200 200 200 200 200"
#: GET on a POST-only view: anonymous visitors are sent to log in first, everyone else gets 405.
POST_ONLY = "login 405 405 405 405 405"
#: People administration: managers in their region, programme staff everywhere.
PEOPLE_ADMIN = "login 403 403 200 200 200"
PEOPLE_ADMIN_OBJECT = "login 403 403 200/404 200/404 200"
PEOPLE_ADMIN_ACTION = "login 403 403 302/404 302/404 302"
#: Person-level dashboards: the region's managers only; programme staff read aggregates elsewhere.
MANAGER_PAGE = "login 403 403 200 200 403"
MANAGER_OBJECT = "login 403 403 200/404 200/404 403"
#: A record only its owner opens; everyone else gets 404, as for a missing record.
OWNER_ONLY = "login {s}/404/404 {s}/404/404 {s}/404/404 {s}/404/404 {s}/404/404"
#: Trainers' pages (item statistics, regrading, grading).
TRAINER_PAGE = "login 403 200 403 403 403"


def owner_only(status: str) -> str:
    return OWNER_ONLY.format(s=status)


def _first(world: World) -> dict:
    return {"pk": world.assessment.pk}


# --- The matrix ----------------------------------------------------------------------------------
# Key: the URL's name with its namespace, or its route when it has no name.

MATRIX: dict[str, Entry] = {
    # Public and operational.
    "healthz": Entry(get=EVERYONE),
    "livez": Entry(get=EVERYONE),
    "organisations:privacy": Entry(get=EVERYONE),
    "set_language": Entry(post="302 302 302 302 302 302", data=lambda world, role: {"language": "nl", "next": "/"}),
    # Wagtail's own login form would be a second door without allauth's rate limits and MFA.
    "cms/login/": Entry(get="login login login login login login", url=lambda world: "/cms/login/"),
    "organisations:accept_invitation": Entry(
        get="410 410 410 410 410 410",
        post="410 410 410 410 410 410",
        args=lambda world: {"token": "een-onbekend-token"},
        note="a secret token from an e-mail; an unknown one is gone (410) for everyone",
    ),
    "certificates:verify": Entry(get=EVERYONE),
    "certificates:verify_code": Entry(
        get=EVERYONE,
        args=lambda world: {"code": world.certificates["A.employee"].code},
        reveals=_verified_holder,
        note="public by design: name, course and dates for whoever has the code (rate limited)",
    ),
    # Everyone's own pages.
    "organisations:my_data": Entry(get=SIGNED_IN),
    "organisations:my_data_json": Entry(get=SIGNED_IN),
    "organisations:my_data_pdf": Entry(get=SIGNED_IN),
    "courses:my_learning": Entry(get=SIGNED_IN),
    "certificates:my_overview": Entry(get=SIGNED_IN),
    # People administration.
    "organisations:people_list": Entry(get=PEOPLE_ADMIN, reveals=_account_administration),
    "organisations:person_create": Entry(get=PEOPLE_ADMIN, post=PEOPLE_ADMIN, reveals=_account_administration),
    "organisations:person_detail": Entry(get=PEOPLE_ADMIN_OBJECT, kind=PERSON, reveals=_account_administration),
    "organisations:person_edit": Entry(
        get=PEOPLE_ADMIN_OBJECT, post=PEOPLE_ADMIN_OBJECT, kind=PERSON, reveals=_account_administration
    ),
    "organisations:person_deactivate": Entry(
        get=POST_ONLY, post=PEOPLE_ADMIN_ACTION, kind=PERSON, reveals=_account_administration
    ),
    "organisations:person_reactivate": Entry(
        get=POST_ONLY, post=PEOPLE_ADMIN_ACTION, kind=PERSON, reveals=_account_administration
    ),
    "organisations:person_resend_invitation": Entry(
        get=POST_ONLY, post=PEOPLE_ADMIN_ACTION, kind=PERSON, reveals=_account_administration
    ),
    # Assigning a course offers the same people and teams as the people pages.
    "courses:assign": Entry(get=PEOPLE_ADMIN, post=PEOPLE_ADMIN, reveals=_account_administration),
    # Assessments.
    "assessments:assessment": Entry(
        get=SIGNED_IN, post="login 302 302 302 302 302", args=_first, note="national content, not region-owned"
    ),
    "assessments:attempt": Entry(get=owner_only("302"), kind=ATTEMPT),
    "assessments:item": Entry(get=owner_only("200"), post=owner_only("400"), kind=_with(ATTEMPT, position=1)),
    "assessments:extend": Entry(get=POST_ONLY, post=owner_only("302"), kind=ATTEMPT),
    "assessments:submit": Entry(get=owner_only("200"), post=owner_only("302"), kind=ATTEMPT),
    "assessments:result": Entry(get=owner_only("302"), kind=ATTEMPT),
    "assessments:statistics": Entry(get=TRAINER_PAGE, args=_first, note="aggregates without names"),
    "assessments:regrade": Entry(
        get=TRAINER_PAGE,
        post="login 403 302 403 403 403",
        args=lambda world: {"kind": "vraag", "pk": world.question.pk},
        note="bank content, not region-owned",
    ),
    "assessments:grading_queue": Entry(get=TRAINER_PAGE, reveals=_blind_grading),
    "assessments:grade": Entry(
        get="login 403 200/404 403 403 403",
        post="login 403 400/404 403 403 403",
        kind=OPEN_ANSWER,
        reveals=_blind_grading,
    ),
    # Certificates.
    # Programme staff see learning results only as aggregates (README, "Privacy decision"): no
    # certificate list, downloads or ZIPs of other people's certificates; they revoke by code.
    "certificates:list": Entry(get=MANAGER_PAGE),
    "certificates:download": Entry(
        get="login 200/404/404 200/404/404 200/200/404 200/200/404 -/404/404", kind=CERTIFICATE
    ),
    # A manager re-makes their people's certificates after a name change, not their own (403).
    "certificates:reissue": Entry(
        get="login 405 405 405 405 -/405/405",
        post="login 403/404/404 403/404/404 403/302/404 403/302/404 -/404/404",
        kind=CERTIFICATE,
    ),
    "certificates:revoke": Entry(get="login 403 200 403 403 200", post="login 403 400 403 403 400"),
    "certificates:bundle_request": Entry(get=POST_ONLY, post="login 403 403 302 302 403"),
    "certificates:bundle": Entry(get=owner_only("200"), kind=BUNDLE),
    "certificates:bundle_status": Entry(get=owner_only("200"), kind=BUNDLE),
    "certificates:bundle_download": Entry(
        get="login 403/404/404 403/404/404 302/404/404 302/404/404 403/404/404", kind=BUNDLE
    ),
    # Dashboards.
    "dashboards:dashboard": Entry(get="login 403 403 200 200 302"),
    "dashboards:team": Entry(get=MANAGER_OBJECT, kind=TEAM),
    "dashboards:person": Entry(get=MANAGER_OBJECT, kind=PERSON),
    "dashboards:actions": Entry(get=MANAGER_PAGE, args=lambda world: {"status": "overdue"}),
    "dashboards:remind": Entry(get=POST_ONLY, post="login 403 403 302 302 403"),
    "dashboards:export_request": Entry(
        get=POST_ONLY, post="login 403 403 302 302 403", data=lambda world, role: {"formaat": "csv"}
    ),
    "dashboards:export": Entry(get="login 403 403 200/404/404 200/404/404 403", kind=EXPORT),
    "dashboards:export_status": Entry(get="login 403 403 200/404/404 200/404/404 403", kind=EXPORT),
    "dashboards:export_download": Entry(get="login 403 403 302/404/404 302/404/404 403", kind=EXPORT),
    "dashboards:report": Entry(get=MANAGER_PAGE),
    "dashboards:national": Entry(get="login 403 403 403 403 200"),
    "dashboards:national_region": Entry(
        get="login 403 403 403 403 200", args=lambda world: {"slug": "groningen"}, note="aggregates, suppressed"
    ),
}


def _media(world: World) -> str:
    return f"{settings.MEDIA_URL}readiness-exports/"


MATRIX["^media/(?P<path>.*)$"] = Entry(get="404 404 404 404 404 404", url=_media, debug_only=True)

# --- Accounts (allauth), Wagtail's front-end helpers, erasure -------------------------------------

#: allauth's pages for people who are not logged in: a logged-in person is sent on.
LOGGED_OUT_PAGE = "200 302 302 302 302 302"
#: allauth's account pages: log in first.
ACCOUNT_PAGE = "login 200 200 200 200 200"

MATRIX.update(
    {
        "account_login": Entry(get=LOGGED_OUT_PAGE, post="200 302 302 302 302 302"),
        "account_logout": Entry(get="302 200 200 200 200 200", post="302 302 302 302 302 302"),
        "account_inactive": Entry(get=EVERYONE),
        "account_signup": Entry(get="200 302 302 302 302 302", post="200 302 302 302 302 302", note="sign-up closed"),
        "account_reauthenticate": Entry(get=ACCOUNT_PAGE, post=ACCOUNT_PAGE),
        "account_email": Entry(get=ACCOUNT_PAGE, post="login 302 302 302 302 302"),
        "account_email_verification_sent": Entry(get=EVERYONE),
        "account_change_password": Entry(get=ACCOUNT_PAGE, post=ACCOUNT_PAGE),
        "account_set_password": Entry(get="login 302 302 302 302 302", post="login 302 302 302 302 302"),
        # Password reset works signed in or not (it mails a link, which says nothing about the account).
        "account_reset_password": Entry(get=EVERYONE, post=EVERYONE),
        "account_reset_password_done": Entry(get=EVERYONE),
        "account_reset_password_from_key": Entry(
            get=EVERYONE, args=lambda world: {"uidb36": "0", "key": "onbekend"}, note="a token from an e-mail"
        ),
        "account_reset_password_from_key_done": Entry(get=EVERYONE),
        # Steps of a login in progress: without one, back to the start.
        "account_confirm_login_code": Entry(get="login 302 302 302 302 302"),
        "account_confirm_email": Entry(get=EVERYONE, args=lambda world: {"key": "onbekend"}),
        "mfa_index": Entry(get=ACCOUNT_PAGE),
        "mfa_authenticate": Entry(get="login 302 302 302 302 302"),
        # Setting up or changing a second factor asks for the password again first (reauthenticate).
        "mfa_reauthenticate": Entry(get="login 302 302 302 302 302"),
        "mfa_activate_totp": Entry(get="login 302 302 302 302 302", post="login 302 302 302 302 302"),
        "mfa_generate_recovery_codes": Entry(get="login 302 302 302 302 302"),
        # Nothing to show or remove without an authenticator.
        "mfa_deactivate_totp": Entry(get="login 404 404 404 404 404"),
        "mfa_view_recovery_codes": Entry(get="login 404 404 404 404 404"),
        "mfa_download_recovery_codes": Entry(get="login 404 404 404 404 404"),
        "usersessions_list": Entry(get=ACCOUNT_PAGE, post="login 302 302 302 302 302"),
        # Wagtail's front-end login is Django's bare LoginView (no rate limits, no second factor):
        # our redirect to allauth's form shadows it.
        "_util/login/": Entry(get="login login login login login login", url=lambda world: "/_util/login/"),
        "wagtailcore_login": Entry(
            get="login login login login login login",
            url=lambda world: reverse("wagtailcore_login"),
            note="shadowed by the redirect above",
        ),
        "wagtailcore_authenticate_with_password": Entry(
            get="404 404 404 404 404 404",
            args=lambda world: {"page_view_restriction_id": 999999, "page_id": 1},
        ),
        "wagtaildocs_serve": Entry(
            get=EVERYONE,
            args=lambda world: (world.document.pk, world.document.filename),
            note="course documents (worksheets): public, like the catalogue",
        ),
        "wagtaildocs_authenticate_with_password": Entry(
            get="404 404 404 404 404 404", args=lambda world: {"restriction_id": 999999}
        ),
        "organisations:person_erase": Entry(
            get="login 403 403 403 403 403",
            post="login 403 403 403 403 403",
            kind=PERSON,
            note="programme staff in the erasers' group only (tests/organisations: erasure); our programme role is not",
        ),
    }
)
