"""Certificates: the public verification page, downloads for holder and manager, the region list."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, HttpResponse, JsonResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from certificates import selectors, services
from certificates.models import BundleStatus, normalise_code
from certificates.pdf import render_overview_pdf
from certificates.tasks import render_certificate_task

#: Verification lookups per address per minute: enough for an employer checking a stack of
#: certificates, far too few to guess a 100-bit code.
VERIFY_RATE = 30


def _rate_limited(request) -> bool:
    key = f"verify-rate:{request.META.get('REMOTE_ADDR', '')}"
    cache.add(key, 0, timeout=60)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=60)
        count = 1
    return count > VERIFY_RATE


@require_GET
def verify(request):
    """The form an employer types a code into; a submitted code goes to its own URL."""
    code = request.GET.get("code", "")
    if code:
        return redirect("certificates:verify_code", code=normalise_code(code) or "-")
    return render(request, "certificates/verify.html", {"searched": False})


@require_GET
def verify_code(request, code: str):
    """Valid / expired / revoked with name, course and dates — nothing else about the person. An
    unknown code gets the same page shape, so the page says nothing about which codes exist."""
    if _rate_limited(request):
        return render(
            request,
            "certificates/verify.html",
            {"searched": False, "error": _("Te veel controles achter elkaar. Probeer het over een minuut opnieuw.")},
            status=429,
        )
    certificate = selectors.find_by_code(code)
    # Revoked because the holder's data was erased on request (organisations.erasure): the page
    # says so, so a verifier knows why no name is shown.
    holder_erased = certificate is not None and certificate.holder_name == services.ERASED_HOLDER
    return render(
        request,
        "certificates/verify.html",
        {"searched": True, "certificate": certificate, "code": code, "holder_erased": holder_erased},
        status=200,
    )


@login_required
def download(request, pk: int):
    certificate = selectors.access_certificate(request.user, pk)
    if certificate.revoked_at:
        return render(request, "certificates/revoked.html", {"certificate": certificate}, status=410)
    if not certificate.pdf:
        # Not rendered yet (or a render failed): ask for it. In the embedded mode the task runs
        # right here and the file is ready below; with a worker the page asks to come back.
        render_certificate_task.enqueue_now(certificate.pk)
        certificate.refresh_from_db()
    if not certificate.pdf:
        return render(request, "certificates/not_ready.html", {"certificate": certificate}, status=409)
    filename = f"certificaat-{certificate.course_code or certificate.course_id}-{certificate.code}.pdf"
    return FileResponse(certificate.pdf.open("rb"), as_attachment=True, filename=filename)


@login_required
@require_POST
def reissue(request, pk: int):
    certificate = selectors.access_certificate(request.user, pk)
    try:
        services.reissue_certificate(actor=request.user, certificate_id=certificate.pk)
    except PermissionDenied:
        raise
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("Het certificaat wordt opnieuw gemaakt op naam van %(name)s; de verificatiecode blijft gelijk.")
            % {"name": certificate.user.get_full_name()},
        )
    return redirect("certificates:list")


@login_required
def my_overview(request):
    """All of one's certificates and accreditation points as one PDF, for re-registration."""
    certificates = list(selectors.certificates_of(request.user))
    data = render_overview_pdf(selectors.overview_context(request.user, certificates))
    return HttpResponse(
        data,
        content_type="application/pdf",
        headers={"Content-Disposition": 'attachment; filename="certificaten-overzicht.pdf"'},
    )


@login_required
@require_http_methods(["GET", "POST"])
def revoke(request):
    """Programme staff and trainers withdraw a certificate by its code, with a reason."""
    if not services.may_revoke(request.user):
        raise PermissionDenied
    error = ""
    code = request.POST.get("code", "") if request.method == "POST" else request.GET.get("code", "")
    certificate = selectors.find_by_code(code) if code else None
    if request.method == "POST":
        if certificate is None:
            error = _("Er is geen certificaat met deze code.")
        else:
            try:
                services.revoke_certificate(
                    actor=request.user, certificate_id=certificate.pk, reason=request.POST.get("reason", "")
                )
            except ValidationError as invalid:
                error = " ".join(invalid.messages)
            else:
                messages.success(
                    request,
                    _("Het certificaat van %(name)s voor %(course)s is ingetrokken.")
                    % {"name": certificate.holder_name, "course": certificate.course_title},
                )
                return redirect("certificates:revoke")
    return render(
        request,
        "certificates/revoke.html",
        {"code": code, "certificate": certificate, "error": error},
        status=400 if error else 200,
    )


@login_required
def certificate_list(request):
    if not selectors.may_list_certificates(request.user):
        return render(request, "403.html", status=403)
    status = request.GET.get("status", "")
    if status and status not in selectors.LIST_STATUSES:
        messages.warning(request, _("Het filter op status is genegeerd: die waarde kennen we niet."))
        status = ""
    courses = selectors.certificate_courses(request.user)
    course_id = None
    raw_course = request.GET.get("course", "")
    if raw_course:
        if raw_course.isdigit() and int(raw_course) in {pk for pk, _title in courses}:
            course_id = int(raw_course)
        else:
            messages.warning(request, _("Het filter op cursus is genegeerd: die cursus staat niet in uw lijst."))
    query = request.GET.get("q", "").strip()[:100]
    certificates = selectors.certificates_visible_to(request.user, status=status, course_id=course_id, query=query)
    page = Paginator(certificates, 100).get_page(request.GET.get("pagina"))
    filters = QueryDict(mutable=True)
    for key, value in (("status", status), ("course", course_id), ("q", query)):
        if value:
            filters[key] = value
    return render(
        request,
        "certificates/list.html",
        {
            "certificates": page.object_list,
            "page": page,
            "count": page.paginator.count,
            "status": status,
            "course_id": course_id,
            "courses": courses,
            "query": query,
            "filter_query": filters.urlencode(),
        },
    )


#: The list's filters, carried through the bundle form so a failed request returns to the same view.
LIST_FILTERS = ("status", "course", "q")


def _list_url(request) -> str:
    query = QueryDict(mutable=True)
    for key in LIST_FILTERS:
        if request.GET.get(key):
            query[key] = request.GET[key]
    url = reverse("certificates:list")
    return f"{url}?{query.urlencode()}" if query else url


def _posted_ids(values: list[str]) -> list[int]:
    # Plain ASCII digits of a sane length; anything else (a forged "1e9", "²") is not an id.
    return [int(value) for value in values if value.isascii() and value.isdigit() and len(value) <= 18]


@login_required
@require_POST
def bundle_request(request):
    """The list's "Download selectie als ZIP": make the bundle, then wait on its page."""
    if not selectors.may_list_certificates(request.user):
        raise PermissionDenied
    try:
        bundle = services.request_bundle(
            actor=request.user, certificate_ids=_posted_ids(request.POST.getlist("certificate"))
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(_list_url(request))
    query = _list_url(request).partition("?")[2]
    url = reverse("certificates:bundle", args=[bundle.pk])
    return redirect(f"{url}?{query}" if query else url)


@login_required
@require_GET
def bundle(request, pk: int):
    """The waiting page: progress, then the download link. Reloads itself through a script."""
    bundle = selectors.access_bundle(request.user, pk)
    return render(
        request,
        "certificates/bundle.html",
        {"bundle": bundle, "progress": selectors.bundle_progress(bundle), "list_url": _list_url(request)},
    )


@login_required
@require_GET
def bundle_status(request, pk: int):
    """The waiting page's progress as JSON, for the script that polls it."""
    bundle = selectors.access_bundle(request.user, pk)
    return JsonResponse(selectors.bundle_progress(bundle), headers={"Cache-Control": "no-store"})


@login_required
@require_GET
def bundle_download(request, pk: int):
    bundle = selectors.access_bundle(request.user, pk)
    if not selectors.may_list_certificates(request.user):  # no longer a manager since asking for it
        raise PermissionDenied
    if bundle.status == BundleStatus.EXPIRED:  # deleted after its retention period: say so
        context = {"bundle": bundle, "progress": selectors.bundle_progress(bundle), "list_url": _list_url(request)}
        return render(request, "certificates/bundle.html", context, status=410)
    if bundle.status != BundleStatus.DONE or not bundle.file:
        return redirect("certificates:bundle", pk=bundle.pk)
    try:
        handle = bundle.file.open("rb")
    except FileNotFoundError:
        messages.error(request, _("Deze ZIP is niet meer beschikbaar. Kies de certificaten opnieuw."))
        return redirect("certificates:list")
    day = timezone.localdate(bundle.finished_at or bundle.created_at)
    return FileResponse(handle, as_attachment=True, filename=f"certificaten-{day.isoformat()}.zip")
