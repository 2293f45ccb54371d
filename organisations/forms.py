from __future__ import annotations

from django import forms
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _

from organisations.models import Background, Function, Region, Role, Team, User
from organisations.scoping import scope_for
from organisations.selectors import managed_regions, teams_visible_to
from organisations.services import MembershipData


class PersonForm(forms.Form):
    """Create or edit a person. Region choices are limited to the actor's own regions."""

    first_name = forms.CharField(label=_("Voornaam"), max_length=150)
    last_name = forms.CharField(label=_("Achternaam"), max_length=150)
    email = forms.EmailField(
        label=_("E-mailadres (werk)"),
        help_text=_("Hiermee logt de persoon in. Er gaat een uitnodiging naartoe."),
    )
    region = forms.ModelChoiceField(label=_("Regio"), queryset=Region.objects.none(), required=False)
    team = forms.ModelChoiceField(label=_("Team"), queryset=Team.objects.none(), required=False)
    function = forms.ModelChoiceField(label=_("Functie"), queryset=Function.objects.all(), required=False)
    background = forms.ChoiceField(
        label=_("Achtergrond"),
        choices=Background.choices,
        initial=Background.NEW,
        help_text=_("Bepaalt welke cursussen eerst komen: wie uit het AMK komt, leert eerst partnergeweld."),
    )
    role = forms.ChoiceField(label=_("Rol"), choices=Role.choices, initial=Role.EMPLOYEE)

    def __init__(self, *args, actor: User, person: User | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.actor = actor
        self.person = person
        regions = managed_regions(actor)
        self.fields["region"].queryset = regions
        self.fields["team"].queryset = teams_visible_to(actor)
        if not scope_for(actor).all_regions:
            # A manager works in one region: no choice to make, and no other region to pick.
            self.fields["region"].widget = forms.HiddenInput()
            self.fields["region"].initial = regions.first()
            self.fields["role"].choices = [c for c in Role.choices if c[0] != Role.PROGRAMME]
        if person is not None:
            self.fields["email"].disabled = True
            self.fields["email"].help_text = ""

    def clean(self):
        data = super().clean()
        role, region, team = data.get("role"), data.get("region"), data.get("team")
        if role and role != Role.PROGRAMME and region is None and "region" not in self.errors:
            self.add_error("region", _("Kies een regio."))
        if team is not None and region is not None and team.region_id != region.pk:
            self.add_error("team", _("Dit team hoort niet bij de gekozen regio."))
        if role == Role.PROGRAMME:
            data["region"], data["team"] = None, None
        return data

    def membership_data(self) -> MembershipData:
        data = self.cleaned_data
        return MembershipData(
            region=data.get("region"),
            team=data.get("team"),
            function=data.get("function"),
            background=data["background"],
            role=data["role"],
        )


class PeopleFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Zoeken"),
        required=False,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": _("Naam of e-mail")}),
    )
    region = forms.ModelChoiceField(
        label=_("Regio"), queryset=Region.objects.none(), required=False, empty_label=_("Alle regio's")
    )
    team = forms.ModelChoiceField(
        label=_("Team"), queryset=Team.objects.none(), required=False, empty_label=_("Alle teams")
    )
    function = forms.ModelChoiceField(
        label=_("Functie"), queryset=Function.objects.all(), required=False, empty_label=_("Alle functies")
    )
    role = forms.ChoiceField(label=_("Rol"), choices=[("", _("Alle rollen")), *Role.choices], required=False)
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("active", _("Actief")), ("inactive", _("Gedeactiveerd")), ("all", _("Iedereen"))],
        required=False,
    )

    def __init__(self, *args, actor: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].queryset = managed_regions(actor)
        self.fields["team"].queryset = teams_visible_to(actor)
        if not scope_for(actor).all_regions:
            del self.fields["region"]

    def filters(self) -> dict:
        if not self.is_valid():
            return {"status": "active"}
        data = self.cleaned_data
        return {
            "query": data.get("q", ""),
            "region": data.get("region"),
            "team": data.get("team"),
            "function": data.get("function"),
            "role": data.get("role", ""),
            "status": data.get("status") or "active",
        }


class SetPasswordForm(forms.Form):
    password1 = forms.CharField(
        label=_("Nieuw wachtwoord"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("Minstens 12 tekens. Een zin van een paar woorden is sterk en goed te onthouden."),
    )
    password2 = forms.CharField(
        label=_("Herhaal het wachtwoord"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean(self):
        data = super().clean()
        first, second = data.get("password1"), data.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("De twee wachtwoorden zijn niet gelijk."))
        elif first:
            try:
                password_validation.validate_password(first, self.user)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return data
