"""Reads for the readiness dashboards. Everything is aggregated in the database over `Requirement`
rows (see dashboards.readiness for the definitions); each function runs a fixed number of queries
whatever the number of people.

Who may read what is decided here, once:
- a manager: their own region, down to individual people (`region_for_manager`);
- programme staff: every region, aggregates only, small numbers suppressed (`national_overview`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db.models import (
    Avg,
    Case,
    Count,
    ExpressionWrapper,
    F,
    FloatField,
    Q,
    QuerySet,
    Sum,
    Value,
    When,
)
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from assessments.models import Attempt, AttemptStatus, CompetenceResult
from certificates.models import Certificate
from courses.models import CoursePage
from dashboards.aggregates import Scope, people_breakdown, requirement_breakdown
from dashboards.models import ExportStatus, MonthlyReport, ReadinessExport, ReadinessSnapshot, Requirement
from dashboards.readiness import status_q
from dashboards.versions import readiness_version
from organisations import versions
from organisations.models import Background, Function, Membership, Region, Role, Team, User
from organisations.scoping import scope_for

#: Counts below this are shown as "<5" and percentages of such groups are hidden (DOMAIN §8.1).
SMALL_NUMBER = 5


# --- Who sees what -------------------------------------------------------------------------------


def region_for_manager(user: User) -> Region:
    """The region whose people this manager may see on the dashboard. Programme staff and everyone
    else get PermissionDenied: no person-level readiness outside one's own region."""
    scope = scope_for(user)
    if scope.all_regions or scope.region_id is None:
        raise PermissionDenied
    return Region.objects.get(pk=scope.region_id)


def is_programme(user: User) -> bool:
    return scope_for(user).all_regions


def access_team(user: User, pk: int) -> Team:
    region = region_for_manager(user)
    team = Team.objects.filter(pk=pk, region=region).first()
    if team is None:
        raise Http404
    return team


def access_person_record(user: User, pk: int) -> User:
    """A person with a current membership in the manager's region; 404 for anyone else."""
    region = region_for_manager(user)
    person = (
        User.objects.filter(pk=pk, memberships__region=region, memberships__valid_to__isnull=True)
        .with_current_membership()
        .distinct()
        .first()
    )
    if person is None:
        raise Http404
    return person


# --- Filters ---------------------------------------------------------------------------------------


@dataclass
class Filters:
    function: Function | None = None
    background: str = ""
    rejected: list[str] = field(default_factory=list)

    def apply(self, queryset: QuerySet, prefix: str = "") -> QuerySet:
        if self.function is not None:
            queryset = queryset.filter(**{f"{prefix}function": self.function})
        if self.background:
            queryset = queryset.filter(**{f"{prefix}background": self.background})
        return queryset

    @property
    def active(self) -> bool:
        return bool(self.function or self.background)

    @property
    def query(self) -> str:
        """The query string that asks for these filters (the ones understood, nothing else)."""
        return urlencode(
            {
                name: value
                for name, value in (("functie", self.function and self.function.slug), ("achtergrond", self.background))
                if value
            }
        )


def parse_filters(params) -> Filters:
    """Function and background from the query string; a value that means nothing is ignored and
    reported (the view shows a message), never an error."""
    filters = Filters()
    raw_function = params.get("functie", "")
    if raw_function:
        filters.function = Function.objects.filter(slug=raw_function).first()
        if filters.function is None:
            filters.rejected.append("functie")
    raw_background = params.get("achtergrond", "")
    if raw_background:
        if raw_background in Background.values:
            filters.background = raw_background
        else:
            filters.rejected.append("achtergrond")
    return filters


# --- Building blocks -----------------------------------------------------------------------------


def _percent(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def current_members(region: Region | None = None) -> QuerySet[Membership]:
    members = Membership.objects.filter(valid_to__isnull=True, region__isnull=False, user__is_active=True)
    return members.filter(region=region) if region is not None else members


#: Competence strengths read every final result of the region's people (0.7 s for the largest
#: region at 100,000 learners); they move slowly, so they are kept and refreshed by beat.
COMPETENCE_CACHE_SECONDS = 900


def competence_strengths(region: Region, *, team: Team | None = None, refresh: bool = False) -> list[dict]:
    """Average share of the points per competence in final attempts of the last two years, for the
    people now in the region (or team), weakest first. Cached for ten minutes: it moves slowly and
    reads many rows."""
    key = f"dashboards:competences:{region.pk}:{team.pk if team else '-'}"
    cached = None if refresh else cache.get(key)
    if cached is not None:
        return cached
    members = current_members(region)
    if team is not None:
        members = members.filter(team=team)
    since = timezone.now() - timedelta(days=730)
    rows = list(
        CompetenceResult.objects.filter(user_id__in=members.values("user_id"), finalised_at__gte=since)
        .values("competence__code", "competence__name")
        .annotate(
            strength=Avg(ExpressionWrapper(F("score") * 1.0 / F("max_score"), output_field=FloatField())),
            people=Count("user", distinct=True),
        )
        .order_by("strength", "competence__code")
    )
    result = [
        {
            "code": row["competence__code"],
            "name": row["competence__name"],
            "percent": round(100 * row["strength"], 1),
            "people": row["people"],
        }
        for row in rows
    ]
    cache.set(key, result, COMPETENCE_CACHE_SECONDS)
    return result


def trend(region: Region | None, current_percent: float | None, *, months: int = 12) -> list[dict]:
    """The monthly snapshots of the last `months` months (all regions together when `region` is
    None), then today's figure as the last point."""
    today = timezone.localdate()
    this_month = today.replace(day=1)
    first = (this_month - timedelta(days=31 * (months - 1))).replace(day=1)
    snapshots = ReadinessSnapshot.objects.filter(month__gte=first, month__lt=this_month)
    if region is not None:
        snapshots = snapshots.filter(region=region)
    rows = snapshots.values("month").annotate(total=Sum("requirements"), met=Sum("met")).order_by("month")
    points = [{"month": row["month"], "percent": _percent(row["met"], row["total"]), "current": False} for row in rows]
    points.append({"month": today, "percent": current_percent, "current": True})
    return points


# --- The manager's dashboard ---------------------------------------------------------------------


def _scope(region: Region | None, filters: Filters | None = None, team: Team | None = None) -> Scope:
    filters = filters or Filters()
    return Scope(
        region_id=region.pk if region else None,
        team_id=team.pk if team else None,
        function_id=filters.function.pk if filters.function else None,
        background=filters.background,
    )


#: A region's dashboard is kept until its readiness rows change (dashboards.versions), and at
#: most this long: the few things it shows that are not requirement rows (a team renamed, the
#: monthly snapshot) show within ten minutes.
REGION_CACHE_SECONDS = versions.SECONDS


def region_dashboard(region: Region, *, filters: Filters | None = None, team: Team | None = None) -> dict:
    """Everything on /dashboard/ for one region (or one team of it), as of `computed_at`.

    Its two aggregate statements read every requirement row of the region (0.17 s in the database
    for Utrecht's 6,258 people at 100,000 learners), so the result is cached under the region's
    readiness version: every manager of the region reads the same figures, recomputed after the
    rows changed.
    """
    filters = filters or Filters()
    today = timezone.localdate()
    return versions.remembered(
        region_dashboard_key(region, filters=filters, team=team, today=today),
        lambda: {**_region_dashboard(region, filters, team, today), "computed_at": timezone.now()},
    )


def region_dashboard_key(
    region: Region, *, filters: Filters | None = None, team: Team | None = None, today: date | None = None
) -> str:
    """What the region's figures are cached under: a new key when its readiness rows change."""
    filters = filters or Filters()
    return ":".join(
        [
            "dashboards:region",
            str(region.pk),
            str(team.pk) if team else "-",
            str(filters.function.pk) if filters.function else "-",
            filters.background or "-",
            (today or timezone.localdate()).isoformat(),
            readiness_version(region.pk),
        ]
    )


def _region_dashboard(region: Region, filters: Filters, team: Team | None, today: date) -> dict:
    scope = _scope(region, filters, team)
    requirements = requirement_breakdown(
        scope, today, [("team", "course"), ("team",), ("function",), ("background",), ()]
    )
    people = people_breakdown(scope, today, [("team",), ("function",), ("background",), ()])
    cells = requirements[("team", "course")]
    course_ids = sorted({course_id for _team, course_id in cells})
    courses = {c.pk: c for c in CoursePage.objects.filter(pk__in=course_ids).only("pk", "title", "code")}
    teams = {t.pk: t for t in Team.objects.filter(region=region)}
    functions = dict(Function.objects.values_list("pk", "name"))
    backgrounds = dict(Background.choices)
    no_people = {"people": 0, "ready": 0}

    heat_columns = sorted(courses.values(), key=lambda c: (c.code, c.pk))
    heat_rows = []
    for (team_id,), totals in requirements[("team",)].items():
        team_obj = teams.get(team_id)
        heat_rows.append(
            {
                "team": team_obj,
                "label": team_obj.name if team_obj else "—",
                "totals": totals,
                "people": people[("team",)].get((team_id,), no_people)["people"],
                "cells": [cells.get((team_id, course.pk)) for course in heat_columns],
            }
        )
    heat_rows.sort(key=lambda r: (r["team"] is None, r["label"]))

    def breakdown(name: str, label) -> list[dict]:
        rows = []
        for (key,), totals in requirements[(name,)].items():
            staff = people[(name,)].get((key,), no_people)
            rows.append({"label": label(key), **totals, "people": staff["people"], "ready": staff["ready"]})
        return sorted(rows, key=lambda r: r["label"])

    return {
        "region": region,
        "team": team,
        "today": today,
        "headline": {
            **requirements[()][()],
            **{f"people_{k}": v for k, v in people[()][()].items()},
        },
        "heat_columns": heat_columns,
        "heat_rows": heat_rows,
        "by_function": breakdown("function", lambda key: functions.get(key, "—")),
        "by_background": breakdown("background", lambda key: backgrounds.get(key, key)),
        "competences": competence_strengths(region, team=team),
        "trend": trend(region, requirements[()][()]["percent"]) if team is None and not filters.active else [],
        "actions": action_lists(_requirements_in(region, filters, team), today),
    }


def _requirements_in(region: Region, filters: Filters, team: Team | None) -> QuerySet[Requirement]:
    rows = filters.apply(Requirement.objects.filter(region=region))
    return rows.filter(team=team) if team is not None else rows


ACTION_LIMIT = 25


def action_lists(requirements: QuerySet[Requirement], today: date, *, limit: int = ACTION_LIMIT) -> dict:
    """Who needs action: overdue, expiring within 90 days, due within 30 days and not started."""
    base = requirements.select_related("user", "course", "team").only(
        "pk",
        "deadline",
        "met_until",
        "started",
        "user__id",
        "user__first_name",
        "user__last_name",
        "course__id",
        "course__title",
        "course__code",
        "team__id",
        "team__name",
    )
    soon = status_q("not_started", today) & Q(deadline__lte=today + timedelta(days=30))
    # Ordered along the (region, deadline) and (region, met_until) indexes, so the database stops
    # after the first rows instead of sorting every overdue requirement of a large region.
    lists = {
        "overdue": base.filter(status_q("overdue", today)).order_by("deadline", "pk"),
        "expiring": base.filter(status_q("expiring", today)).order_by("met_until", "pk"),
        "due_soon": base.filter(soon).order_by("deadline", "pk"),
    }
    return {name: list(rows[:limit]) for name, rows in lists.items()}


def action_list(region: Region, status: str, *, filters: Filters | None = None) -> QuerySet[Requirement]:
    """The full list behind one of the action lists, for its own (paginated) page."""
    today = timezone.localdate()
    requirements = (filters or Filters()).apply(Requirement.objects.filter(region=region))
    if status == "due_soon":
        condition = status_q("not_started", today) & Q(deadline__lte=today + timedelta(days=30))
        order = "deadline"
    elif status in ("overdue", "expiring"):
        condition = status_q(status, today)
        order = "deadline" if status == "overdue" else "met_until"
    else:
        raise Http404
    return (
        requirements.filter(condition)
        .select_related("user", "course", "team")
        .order_by(order, "user__last_name", "user__first_name", "pk")
    )


def team_matrix(region: Region, team: Team) -> dict:
    """The team's people × courses with each requirement's status (manager only)."""
    from dashboards.readiness import requirement_status

    today = timezone.localdate()
    rows = list(
        Requirement.objects.filter(region=region, team=team)
        .select_related("user", "course")
        .order_by("user__last_name", "user__first_name", "course__code")
    )
    courses = sorted({r.course for r in rows}, key=lambda c: (c.code, c.pk))
    people: dict[int, dict] = {}
    for row in rows:
        entry = people.setdefault(row.user_id, {"person": row.user, "cells": {}})
        entry["cells"][row.course_id] = {"status": requirement_status(row, today), "row": row}
    members = (
        current_members(region).filter(team=team).select_related("user").order_by("user__last_name", "user__first_name")
    )
    matrix = []
    for membership in members:
        entry = people.get(membership.user_id, {"person": membership.user, "cells": {}})
        matrix.append({"person": entry["person"], "cells": [entry["cells"].get(c.pk) for c in courses]})
    return {"courses": courses, "matrix": matrix}


def person_record(person: User) -> dict:
    """One person's readiness: requirements with status, certificates, final assessment results."""
    from dashboards.readiness import requirement_status

    today = timezone.localdate()
    requirements = list(
        Requirement.objects.filter(user=person).select_related("course").order_by("deadline", "course__code")
    )
    for requirement in requirements:
        requirement.status = requirement_status(requirement, today)
    certificates = list(Certificate.objects.filter(user=person).select_related("course").order_by("-issued_on"))
    attempts = list(
        Attempt.objects.filter(user=person, status=AttemptStatus.FINAL)
        .select_related("assessment")
        .order_by("-finalised_at")[:20]
    )
    return {
        "person": person,
        "requirements": requirements,
        "certificates": certificates,
        "attempts": [
            {
                "attempt": a,
                "competences": [
                    {"code": code, "percent": round(100 * v["score"] / v["max"]) if v["max"] else None}
                    for code, v in sorted(a.competence_scores.items())
                ],
            }
            for a in attempts
        ],
    }


# --- The national view ---------------------------------------------------------------------------


def suppress(count: int | None) -> str:
    if count is None:
        return "—"
    return f"<{SMALL_NUMBER}" if count < SMALL_NUMBER else str(count)


SORT_KEYS = {"regio": "name", "gereedheid": "percent", "bereik": "coverage", "verlopend": "expiring", "trend": "change"}


def national_overview(*, sort: str = "regio", descending: bool = False) -> dict:
    """Every region side by side: readiness %, coverage, expiring, trend. Aggregates only; counts
    under five become "<5" and percentages of groups under five are hidden. No personal data."""
    today = timezone.localdate()
    regions = list(Region.objects.active().order_by("name"))
    figures = national_figures()
    requirements, people, history = figures["requirements"], figures["people"], figures["history"]
    all_requirements, all_people = figures["all_requirements"], figures["all_people"]
    rows = []
    for region in regions:
        counts = requirements.get(region.pk, {"total": 0, "met": 0, "expiring": 0, "overdue": 0, "percent": None})
        staff = people.get(region.pk, {"people": 0, "ready": 0, "expiring": 0, "overdue": 0, "active": 0})
        small = staff["people"] < SMALL_NUMBER
        series = list(history.get(region.pk, {}).items())
        first = series[0][1] if series else None
        percent = counts["percent"]
        rows.append(
            {
                "region": region,
                "name": region.name,
                "people": suppress(staff["people"]),
                "small": small,
                "percent": None if small else percent,
                "coverage": None if small else _percent(staff["active"], staff["people"]),
                "people_ready": suppress(staff["ready"]),
                "expiring": None if small else staff["expiring"],
                "expiring_display": "—" if small else suppress(staff["expiring"]),
                "overdue_display": "—" if small else suppress(staff["overdue"]),
                "series": [] if small else [(month, value) for month, value in series] + [(today, percent)],
                "change": None if small or first is None or percent is None else round(percent - first, 1),
            }
        )
    if sort not in SORT_KEYS:
        sort = "regio"
    key = SORT_KEYS[sort]
    present = [r for r in rows if r[key] is not None]
    missing = [r for r in rows if r[key] is None]
    present.sort(key=lambda r: r[key], reverse=descending)
    totals_requirements = all_requirements
    totals_people = all_people
    return {
        "rows": present + missing,
        "sort": sort,
        "descending": descending,
        "national": {
            "percent": totals_requirements["percent"],
            "people": suppress(totals_people["people"]),
            "coverage": _percent(totals_people["active"], totals_people["people"]),
            "expiring": suppress(totals_people["expiring"]),
        },
        "trend": trend(None, totals_requirements["percent"]),
        "today": today,
        "computed_at": figures["computed_at"],
    }


#: The national figures read every requirement row in the country (0.5 s at 100,000 learners);
#: they are kept for ten minutes and refreshed by beat before they run out, so programme staff
#: read a stand at most ten minutes old and no request waits for the computation.
NATIONAL_CACHE_SECONDS = 600


def national_figures(*, refresh: bool = False) -> dict:
    today = timezone.localdate()
    key = f"dashboards:national:{today.isoformat()}"
    figures = None if refresh else cache.get(key)
    if figures is not None:
        return figures
    breakdown_requirements = requirement_breakdown(Scope(), today, [("region",), ()])
    breakdown_people = people_breakdown(Scope(), today, [("region",), ()])
    year_ago = (today.replace(day=1) - timedelta(days=365)).replace(day=1)
    history: dict[int, dict[date, float | None]] = {}
    for snapshot in ReadinessSnapshot.objects.filter(month__gte=year_ago).order_by("month"):
        history.setdefault(snapshot.region_id, {})[snapshot.month] = snapshot.percent
    figures = {
        "requirements": {key[0]: row for key, row in breakdown_requirements[("region",)].items()},
        "people": {key[0]: row for key, row in breakdown_people[("region",)].items()},
        "all_requirements": breakdown_requirements[()][()],
        "all_people": breakdown_people[()][()],
        "history": history,
        "computed_at": timezone.now(),
    }
    cache.set(key, figures, NATIONAL_CACHE_SECONDS)
    return figures


def region_aggregates(region: Region) -> dict:
    """One region for programme staff: aggregates only, groups under five suppressed, no teams
    (small enough to point at people) and nobody by name."""
    today = timezone.localdate()
    scope = Scope(region_id=region.pk)
    requirements = requirement_breakdown(scope, today, [("course",), ("function",), ("background",), ()])
    people = people_breakdown(scope, today, [("function",), ("background",), ()])
    staff = people[()][()]
    small = staff["people"] < SMALL_NUMBER
    totals = requirements[()][()]
    titles = dict(
        CoursePage.objects.filter(pk__in=[key[0] for key in requirements[("course",)]]).values_list("pk", "title")
    )
    functions = dict(Function.objects.values_list("pk", "name"))
    backgrounds = dict(Background.choices)

    def guarded(name: str, label) -> list[dict]:
        rows = []
        for (key,), row in requirements[(name,)].items():
            # Suppression goes by the number of people in the group. One requirement per person and
            # course, so a course's total is its number of people.
            count = row["total"] if name == "course" else people[(name,)].get((key,), {"people": 0})["people"]
            rows.append(
                {
                    "label": label(key),
                    "people": suppress(count),
                    "percent": None if count < SMALL_NUMBER else row["percent"],
                }
            )
        return sorted(rows, key=lambda r: r["label"])

    return {
        "region": region,
        "small": small,
        "people": suppress(staff["people"]),
        "percent": None if small else totals["percent"],
        "coverage": None if small else _percent(staff["active"], staff["people"]),
        "expiring": "—" if small else suppress(staff["expiring"]),
        "overdue": "—" if small else suppress(staff["overdue"]),
        "by_course": guarded("course", lambda key: titles.get(key, "—")),
        "by_function": guarded("function", lambda key: functions.get(key, "—")),
        "by_background": guarded("background", lambda key: backgrounds.get(key, key)),
        "trend": [] if small else trend(region, totals["percent"]),
        "small_number": SMALL_NUMBER,
    }


def filter_options() -> dict:
    return {"functions": list(Function.objects.order_by("sort_order", "name")), "backgrounds": Background.choices}


# --- Exports and the monthly report (personal data: manager of the region only) ------------------

#: Rows fetched from the database at a time while an export is written; progress moves per chunk.
EXPORT_CHUNK = 2000


def access_export(user: User, pk: int) -> ReadinessExport:
    """An export, for the manager who asked for it, while they manage its region. Anyone who is no
    manager gets PermissionDenied (no person-level data outside a region's managers); another
    manager — of this region or another — gets 404, as for a missing export. One query after the
    scope, which the request has loaded already."""
    scope = scope_for(user)
    if scope.all_regions or scope.region_id is None:
        raise PermissionDenied
    export = (
        ReadinessExport.objects.visible_to(user)
        .filter(pk=pk, requested_by_id=user.pk, region_id=scope.region_id)
        .select_related("region")
        .first()
    )
    if export is None:
        raise Http404
    return export


def export_progress(export: ReadinessExport) -> dict:
    """What the waiting page and its JSON show: state, counts, and the same sentences for both."""
    from django.utils.translation import gettext as _
    from django.utils.translation import ngettext

    messages = {
        ExportStatus.PENDING: _("De export staat in de wachtrij."),
        ExportStatus.RUNNING: _("De export wordt gemaakt."),
        ExportStatus.DONE: _("De export is klaar om te downloaden."),
        ExportStatus.FAILED: _("Het maken van de export is mislukt. Probeer het opnieuw."),
        ExportStatus.EXPIRED: _(
            "Deze export is verwijderd: exports worden maar kort bewaard, omdat ze persoonsgegevens bevatten. "
            "Vraag een nieuwe aan vanaf het dashboard."
        ),
    }
    done = export.total if export.status == ExportStatus.DONE else export.done
    return {
        "status": export.status,
        "finished": export.is_finished,
        "done": done,
        "total": export.total,
        "percent": export.percent,
        "progress_text": ngettext("%(done)s van %(total)s regel", "%(done)s van %(total)s regels", export.total)
        % {"done": done, "total": export.total},
        "message": messages[export.status],
        "download_url": reverse("dashboards:export_download", args=[export.pk])
        if export.status == ExportStatus.DONE
        else "",
    }


#: The columns of values_list in `export_rows`, in order; dashboards.exports turns them into cells.
EXPORT_FIELDS = (
    "region__name",
    "team__name",
    "function__name",
    "background",
    "user__first_name",
    "user__last_name",
    "user__email",
    "course__code",
    "course__title",
    "source",
    "deadline",
    "status",
    "met_until",
)


def status_case(today: date) -> Case:
    """The status of a Requirement row as one SQL expression, from the same `status_q` the
    dashboards count with. Expiring before met: an expiring requirement is also met."""
    order = ("expiring", "met", "overdue", "in_progress")
    return Case(
        *(When(status_q(status, today), then=Value(status)) for status in order),
        default=Value("not_started"),
    )


def export_rows(region: Region, *, today: date) -> Iterator[tuple]:
    """Every requirement of the region's current people as a tuple of EXPORT_FIELDS, streamed from
    the database EXPORT_CHUNK rows at a time (one query, whatever the size of the region). For the
    region's manager only: the caller has checked that."""
    return (
        Requirement.objects.filter(region=region)
        .annotate(status=status_case(today))
        .order_by("team__name", "user__last_name", "user__first_name", "user_id", "course__code", "course_id")
        .values_list(*EXPORT_FIELDS)
        .iterator(chunk_size=EXPORT_CHUNK)
    )


#: The most overdue requirements listed by name in the monthly report; the rest are counted.
REPORT_OVERDUE_LIMIT = 200


def region_report(region: Region) -> dict:
    """What the region's PDF report shows: the dashboard's figures (headline, heat map, breakdowns,
    competences, trend), how many need action, and who is overdue — name, course and deadline
    only. For the region's own managers: the caller has checked that. A fixed number of queries."""
    data = region_dashboard(region)
    # The dashboard's action lists carry more than the report needs; the report lists overdue only.
    data.pop("actions", None)
    today = data["today"]
    requirements = Requirement.objects.filter(region=region)
    counts = requirements.aggregate(
        overdue=Count("pk", filter=status_q("overdue", today)),
        expiring=Count("pk", filter=status_q("expiring", today)),
        due_soon=Count("pk", filter=status_q("not_started", today) & Q(deadline__lte=today + timedelta(days=30))),
    )
    overdue = list(
        requirements.filter(status_q("overdue", today))
        .order_by("deadline", "user__last_name", "user__first_name", "pk")
        .values("user__first_name", "user__last_name", "course__code", "course__title", "deadline")[
            :REPORT_OVERDUE_LIMIT
        ]
    )
    return {
        **data,
        "action_counts": counts,
        "overdue": [
            {
                "name": f"{row['user__last_name']}, {row['user__first_name']}",
                "course": f"{row['course__code']} {row['course__title']}".strip(),
                "deadline": row["deadline"],
            }
            for row in overdue
        ],
        "overdue_more": max(0, counts["overdue"] - len(overdue)),
    }


def region_managers(region: Region) -> list[str]:
    """E-mail addresses of the region's active managers (current membership), sorted."""
    managers = current_members(region).filter(role=Role.MANAGER).order_by("user__email")
    return list(managers.values_list("user__email", flat=True).distinct())


def regions_due_a_report(month: date) -> list[int]:
    """Regions with at least one active manager whose report for `month` has not gone out."""
    sent = MonthlyReport.objects.filter(month=month, sent_at__isnull=False).values("region_id")
    managers = current_members().filter(role=Role.MANAGER).exclude(region_id__in=sent).order_by("region_id")
    return list(managers.values_list("region_id", flat=True).distinct())


# --- The person's own data (organisations.personal_data) ----------------------------------------


def personal_data_labels() -> dict:
    """Dutch labels for the keys of `personal_data`, for the readable PDF."""
    from django.utils.translation import gettext_lazy as _

    return {
        "requirements": _("Wat u moet hebben gehaald (gereedheid)"),
        "course": _("Cursus"),
        "source": _("Waarom"),
        "region": _("Regio"),
        "team": _("Team"),
        "function": _("Functie"),
        "background": _("Achtergrond"),
        "deadline": _("Deadline"),
        "met_until": _("Gedekt door een certificaat tot"),
        "started": _("Begonnen"),
        "refreshed_at": _("Bijgewerkt op"),
        "reminders": _("Herinneringen van uw manager"),
        "day": _("Dag"),
        "emailed_at": _("Gemaild op"),
    }


def personal_data(user) -> dict:
    """The readiness rows kept about `user` (what they must hold, and whether they do) and the
    reminders managers sent them. For the person themselves (organisations.personal_data): which
    manager sent a reminder is left out. Reads only; two queries."""
    from dashboards.models import ReadinessReminder, Requirement, RequirementSource
    from organisations.models import Background

    sources = dict(RequirementSource.choices)
    backgrounds = dict(Background.choices)
    requirements = [
        {
            "course": r.course.title,
            "source": sources.get(r.source, r.source),
            "region": r.region.name,
            "team": r.team.name if r.team else None,
            "function": r.function.name if r.function else None,
            "background": backgrounds.get(r.background, r.background),
            "deadline": r.deadline,
            "met_until": r.met_until,
            "started": r.started,
            "refreshed_at": r.refreshed_at,
        }
        for r in Requirement.objects.filter(user=user)
        .select_related("course", "region", "team", "function")
        .order_by("course__title", "pk")
    ]
    reminders = [
        {"day": r.day, "emailed_at": r.emailed_at}
        for r in ReadinessReminder.objects.filter(user=user).order_by("day", "pk")
    ]
    return {"requirements": requirements, "reminders": reminders}
