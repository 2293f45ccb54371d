"""The CMS's user screens: people are deactivated or erased, never deleted."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks


@hooks.register("before_delete_user")
def refuse_deleting_people_with_a_history(request, user):
    # Memberships, attempts and certificates point at the person (PROTECT): deleting would fail
    # half-way, and the history is what readiness and certificate verification rest on. A person
    # who leaves is deactivated; one who asks for erasure is anonymised (organisations.erasure).
    if not user.memberships.exists():
        return None
    messages.error(
        request,
        _(
            "Mensen worden niet verwijderd: hun leergeschiedenis en certificaten blijven bewaard. "
            "Deactiveer de persoon via Mensen, of wis de persoonsgegevens op verzoek (AVG) via de "
            "persoonspagina."
        ),
    )
    return redirect("wagtailusers_users:index")
