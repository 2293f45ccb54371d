from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from organisations import selectors, services
from organisations.erasure import is_erased, may_erase
from organisations.forms import PeopleFilterForm, PersonForm, SetPasswordForm

PAGE_SIZE = 50


def _require_people_manager(request) -> None:
    if not selectors.can_manage_people(request.user):
        raise PermissionDenied(_("Alleen managers en programmamedewerkers beheren mensen."))


def _apply_validation_error(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


@login_required
def people_list(request):
    _require_people_manager(request)
    filter_form = PeopleFilterForm(request.GET or None, actor=request.user)
    people = selectors.people_visible_to(request.user, **filter_form.filters())
    page = Paginator(people, PAGE_SIZE).get_page(request.GET.get("pagina"))
    query = request.GET.copy()
    query.pop("pagina", None)
    return render(
        request,
        "organisations/people_list.html",
        {"filter_form": filter_form, "page": page, "querystring": query.urlencode()},
    )


@login_required
def person_detail(request, pk: int):
    _require_people_manager(request)
    person = selectors.access_person(request.user, pk)
    return render(
        request,
        "organisations/person_detail.html",
        {
            "person": person,
            "history": selectors.membership_history(person),
            "pending_invitation": selectors.pending_invitation(person),
            "erased": is_erased(person),
            "may_erase": may_erase(request.user),
        },
    )


@login_required
def person_create(request):
    _require_people_manager(request)
    form = PersonForm(request.POST or None, actor=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            person = services.invite_person(
                actor=request.user,
                email=form.cleaned_data["email"],
                first_name=form.cleaned_data["first_name"],
                last_name=form.cleaned_data["last_name"],
                membership=form.membership_data(),
            )
        except ValidationError as error:
            _apply_validation_error(form, error)
        except PermissionDenied as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _("%(name)s is aangemaakt en krijgt een uitnodiging per e-mail.") % {"name": person.get_full_name()},
            )
            return redirect("organisations:person_detail", pk=person.pk)
    return render(request, "organisations/person_form.html", {"form": form, "person": None})


@login_required
def person_edit(request, pk: int):
    _require_people_manager(request)
    person = selectors.access_person(request.user, pk)
    if is_erased(person):  # a name typed here would undo the anonymisation
        messages.error(request, _("De gegevens van deze persoon zijn gewist en kunnen niet meer worden gewijzigd."))
        return redirect("organisations:person_detail", pk=person.pk)
    membership = person.current_membership
    initial = {
        "first_name": person.first_name,
        "last_name": person.last_name,
        "email": person.email,
        "region": membership.region if membership else None,
        "team": membership.team if membership else None,
        "function": membership.function if membership else None,
        "background": membership.background if membership else None,
        "role": membership.role if membership else None,
    }
    form = PersonForm(request.POST or None, actor=request.user, person=person, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_person(
                actor=request.user,
                person=person,
                first_name=form.cleaned_data["first_name"],
                last_name=form.cleaned_data["last_name"],
                membership=form.membership_data(),
            )
        except ValidationError as error:
            _apply_validation_error(form, error)
        except PermissionDenied as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("De gegevens van %(name)s zijn opgeslagen.") % {"name": person.get_full_name()})
            return redirect("organisations:person_detail", pk=person.pk)
    return render(request, "organisations/person_form.html", {"form": form, "person": person})


def _person_action(request, pk: int, action, success: str):
    _require_people_manager(request)
    person = selectors.access_person(request.user, pk)
    try:
        action(actor=request.user, person=person)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, success % {"name": person.get_full_name()})
    return redirect("organisations:person_detail", pk=person.pk)


@login_required
@require_POST
def person_deactivate(request, pk: int):
    return _person_action(request, pk, services.deactivate_person, _("%(name)s is gedeactiveerd en overal uitgelogd."))


@login_required
@require_POST
def person_reactivate(request, pk: int):
    return _person_action(request, pk, services.reactivate_person, _("%(name)s is weer actief."))


@login_required
@require_POST
def person_resend_invitation(request, pk: int):
    return _person_action(
        request, pk, services.resend_invitation, _("Er is een nieuwe uitnodiging naar %(name)s gestuurd.")
    )


def accept_invitation(request, token: str):
    """Public: the one-time link from the invitation e-mail."""
    invitation = selectors.find_usable_invitation(token)
    if invitation is None or not invitation.is_usable or not invitation.user.is_active:
        reason = "unknown"
        if invitation is not None:
            reason = "used" if invitation.used_at else ("expired" if invitation.revoked_at is None else "revoked")
        return render(request, "organisations/invitation_invalid.html", {"reason": reason}, status=410)
    form = SetPasswordForm(request.POST or None, user=invitation.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.accept_invitation(invitation=invitation, password=form.cleaned_data["password1"])
        except ValidationError:
            return render(request, "organisations/invitation_invalid.html", {"reason": "used"}, status=410)
        messages.success(request, _("Uw wachtwoord is ingesteld. U kunt nu inloggen."))
        return redirect("account_login")
    return render(request, "organisations/invitation_accept.html", {"form": form, "person": invitation.user})
