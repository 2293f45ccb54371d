"""Readiness dashboards: the manager's region, a team, one person's record, who needs action,
the national comparison, and the region's exports (CSV, Excel, PDF report). Views authorise
through the selectors and render."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from dashboards import charts, selectors, services
from dashboards.exports import CONTENT_TYPES
from dashboards.models import ExportStatus
from dashboards.report import chart_context, render_region_report, report_file_name
from organisations.models import Region

FILTER_NAMES = {"functie": gettext_lazy("functie"), "achtergrond": gettext_lazy("achtergrond")}


def _filters(request) -> selectors.Filters:
    filters = selectors.parse_filters(request.GET)
    for name in filters.rejected:
        messages.warning(
            request,
            _("Het filter op %(name)s is genegeerd: die waarde kennen we niet.") % {"name": FILTER_NAMES[name]},
        )
    return filters


def _chart_context(data: dict) -> dict:
    # The same geometry as the PDF report draws.
    return chart_context(data)


def _with_charts(data: dict) -> dict:
    return {**data, **_chart_context(data)}


@login_required
def dashboard(request):
    if selectors.is_programme(request.user):
        return redirect("dashboards:national")
    region = selectors.region_for_manager(request.user)
    filters = _filters(request)
    # The page's figures are cached rendered (see the template); they are read only to render them.
    figures = SimpleLazyObject(lambda: _with_charts(selectors.region_dashboard(region, filters=filters)))
    return render(
        request,
        "dashboards/dashboard.html",
        {
            "region": region,
            "figures": figures,
            "figures_key": selectors.region_dashboard_key(region, filters=filters),
            "fragment_seconds": selectors.REGION_CACHE_SECONDS,
            "filters": filters,
            "filter_options": SimpleLazyObject(selectors.filter_options),
        },
    )


@login_required
def team(request, pk: int):
    team = selectors.access_team(request.user, pk)
    data = selectors.region_dashboard(team.region, team=team)
    return render(
        request,
        "dashboards/team.html",
        {**data, **_chart_context(data), **selectors.team_matrix(team.region, team)},
    )


@login_required
def person(request, pk: int):
    person = selectors.access_person_record(request.user, pk)
    services.record_view(actor=request.user, person=person)
    return render(request, "dashboards/person.html", selectors.person_record(person))


ACTION_TITLES = {
    "overdue": gettext_lazy("Deadline verstreken"),
    "expiring": gettext_lazy("Certificaat verloopt binnen 90 dagen"),
    "due_soon": gettext_lazy("Nog niet begonnen, deadline binnen 30 dagen"),
}


@login_required
def actions(request, status: str):
    if status not in ACTION_TITLES:
        raise Http404
    region = selectors.region_for_manager(request.user)
    filters = _filters(request)
    page = Paginator(selectors.action_list(region, status, filters=filters), 50).get_page(request.GET.get("pagina"))
    return render(
        request,
        "dashboards/actions.html",
        {"page": page, "status": status, "title": ACTION_TITLES[status], "region": region},
    )


@login_required
@require_POST
def remind(request):
    selectors.region_for_manager(request.user)  # managers only
    ids = []
    for value in request.POST.getlist("persoon"):
        try:
            ids.append(int(value))
        except ValueError:
            continue
    try:
        sent = services.request_reminders(actor=request.user, user_ids=ids)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if sent:
            messages.success(
                request,
                _("Herinnering verstuurd naar %(n)s persoon.") % {"n": len(sent)}
                if len(sent) == 1
                else _("Herinnering verstuurd naar %(n)s personen.") % {"n": len(sent)},
            )
        else:
            messages.info(request, _("Deze personen kregen vandaag al een herinnering; er is niets opnieuw verstuurd."))
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = reverse("dashboards:dashboard")
    return redirect(target)


@login_required
def national(request):
    if not selectors.is_programme(request.user):
        raise PermissionDenied
    sort = request.GET.get("sorteer", "regio")
    if sort not in selectors.SORT_KEYS:
        messages.warning(request, _("Op die kolom kan niet worden gesorteerd; de lijst staat op regio."))
        sort = "regio"
    descending = request.GET.get("volgorde") == "aflopend"
    data = selectors.national_overview(sort=sort, descending=descending)
    return render(
        request,
        "dashboards/national.html",
        {
            **data,
            "trend_chart": charts.line(data["trend"]),
            "region_bars": charts.bars(
                [{"label": row["name"], "percent": row["percent"]} for row in data["rows"] if not row["small"]]
            ),
            "small_number": selectors.SMALL_NUMBER,
            "columns": [
                ("regio", _("Regio")),
                ("gereedheid", _("Gereedheid")),
                ("bereik", _("Bereik")),
                ("verlopend", _("Verloopt binnen 90 dagen")),
                ("trend", _("Verandering in 12 maanden")),
            ],
        },
    )


@login_required
def national_region(request, slug: str):
    if not selectors.is_programme(request.user):
        raise PermissionDenied
    region = get_object_or_404(Region, slug=slug)
    data = selectors.region_aggregates(region)
    return render(
        request,
        "dashboards/national_region.html",
        {
            **data,
            "course_bars": charts.bars(data["by_course"]),
            "function_bars": charts.bars([row for row in data["by_function"] if row["percent"] is not None]),
            "trend_chart": charts.line(data["trend"]),
        },
    )


# --- Exports (personal data: the region's managers only, logged and limited) -------------------


@login_required
@require_POST
def export_request(request):
    """The dashboard's CSV and Excel buttons: make the export, then wait on its page."""
    try:
        export = services.request_export(actor=request.user, format=request.POST.get("formaat", ""))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("dashboards:dashboard")
    return redirect("dashboards:export", pk=export.pk)


@login_required
@require_GET
def export(request, pk: int):
    """The waiting page: progress, then the download link. Updated by a script that polls."""
    export = selectors.access_export(request.user, pk)
    return render(request, "dashboards/export.html", {"export": export, "progress": selectors.export_progress(export)})


@login_required
@require_GET
def export_status(request, pk: int):
    """The waiting page's progress as JSON, for the script that polls it."""
    export = selectors.access_export(request.user, pk)
    return JsonResponse(selectors.export_progress(export), headers={"Cache-Control": "no-store"})


@login_required
@require_GET
def export_download(request, pk: int):
    export = selectors.access_export(request.user, pk)
    if export.status == ExportStatus.EXPIRED:  # deleted after its retention period: say so
        context = {"export": export, "progress": selectors.export_progress(export)}
        return render(request, "dashboards/export.html", context, status=410)
    if export.status != ExportStatus.DONE or not export.file:
        return redirect("dashboards:export", pk=export.pk)
    try:
        handle = export.file.open("rb")
    except FileNotFoundError:
        messages.error(request, _("Deze export is niet meer beschikbaar. Vraag hem opnieuw aan."))
        return redirect("dashboards:dashboard")
    day = timezone.localdate(export.finished_at or export.created_at)
    return FileResponse(
        handle,
        as_attachment=True,
        filename=f"gereedheid-{export.region.slug}-{day.isoformat()}.{export.format}",
        content_type=CONTENT_TYPES[export.format],
        headers={"Cache-Control": "no-store"},
    )


@login_required
@require_GET
def report(request):
    """The region's PDF readiness report on demand (the same document as the monthly mail)."""
    try:
        region = services.record_report_download(actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("dashboards:dashboard")
    context = selectors.region_report(region)
    return HttpResponse(
        render_region_report(context),
        content_type="application/pdf",
        headers={
            "Content-Disposition": f'attachment; filename="{report_file_name(context)}"',
            "Cache-Control": "no-store",
        },
    )
