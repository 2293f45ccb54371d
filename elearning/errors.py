"""Error pages in the site's own style. 500 renders without context processors that touch the DB."""

from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader


def permission_denied(request, exception=None):
    return render(request, "403.html", {"message": str(exception) if exception else ""}, status=403)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No RequestContext: the database may be the reason we are here.
    return HttpResponseServerError(loader.get_template("500.html").render({}))
