"""The programme administrator's page to erase (anonymise) a person, reached from their page in the
people list. The work is `organisations.erasure.erase_person`; this page asks for the person's
e-mail address to be typed again, because erasure cannot be undone."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from organisations import selectors
from organisations.erasure import erase_person, is_erased, may_erase


class EraseConfirmForm(forms.Form):
    email = forms.CharField(
        label=gettext_lazy("Typ het e-mailadres van deze persoon om te bevestigen"),
        max_length=254,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false", "inputmode": "email"}),
    )

    def __init__(self, *args, person, **kwargs):
        super().__init__(*args, **kwargs)
        self.person = person

    def clean_email(self) -> str:
        typed = self.cleaned_data["email"].strip()
        if typed.lower() != self.person.email.lower():
            raise ValidationError(_("Dit is niet het e-mailadres van deze persoon. Er is niets gewist."))
        return typed


@login_required
@require_http_methods(["GET", "POST"])
def person_erase(request, pk: int):
    if not may_erase(request.user):
        raise PermissionDenied(_("Alleen programmabeheerders kunnen de gegevens van een persoon wissen."))
    person = selectors.access_person(request.user, pk)
    erased = is_erased(person)
    form = EraseConfirmForm(request.POST or None, person=person)
    status = 200
    if request.method == "POST" and not erased:
        if form.is_valid():
            try:
                erase_person(actor=request.user, person=person)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                # No name in the message: it would travel in the message cookie after the erasure.
                messages.success(request, _("De gegevens van persoon %(pk)s zijn gewist.") % {"pk": person.pk})
                return redirect("organisations:person_detail", pk=person.pk)
        status = 400
    return render(
        request,
        "organisations/person_erase.html",
        {
            "person": person,
            "erased": erased,
            "form": form,
            "own_account": person.pk == request.user.pk,
        },
        status=status,
    )
