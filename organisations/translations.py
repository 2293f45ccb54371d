"""Strings from Django and allauth whose upstream Dutch translation is missing or uses "je/jij".

Marked here so that `makemessages` puts them in locale/nl, where our translation takes precedence
over the packages' own catalogues. Nothing imports this module.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

# Django 6.1 changed these message ids (%(min_length)d → %d); its nl catalogue has not caught up.
ngettext_lazy(
    "This password is too short. It must contain at least %d character.",
    "This password is too short. It must contain at least %d characters.",
)
gettext_noop("This password is too common.")
gettext_noop("This password is entirely numeric.")
gettext_noop("The password is too similar to the %(verbose_name)s.")

# allauth addresses people with "je"; the platform uses "u" throughout.
gettext_noop("The email address and/or password you specified are not correct.")
gettext_noop("Too many failed login attempts. Try again later.")
