"""`manage.py erase_person <email> --yes`: erase (anonymise) one person from the command line.

For the embedded mode and for operators; the web page (/mensen/<pk>/wissen/) does the same for
programme administrators. What erasure removes and keeps is described in organisations/erasure.py.
The audit log records the erasure with no actor ("het systeem"): the operator is on the server.
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from organisations.erasure import erase_person
from organisations.models import User


class Command(BaseCommand):
    help = "Wist (anonimiseert) de gegevens van één persoon. Onomkeerbaar; bevestig met --yes."

    def add_arguments(self, parser):
        parser.add_argument("email", help="Het e-mailadres van de persoon (of gewist-<nummer>@invalid).")
        parser.add_argument("--yes", action="store_true", help="Bevestig dat u deze persoon wilt wissen.")

    def handle(self, *args, email, yes, **options):
        person = User.objects.filter(email__iexact=email.strip()).first()
        if person is None:
            raise CommandError(_("Er is geen persoon met dit e-mailadres."))
        if not yes:
            raise CommandError(
                _(
                    "Wissen is onomkeerbaar: naam, e-mailadres, open antwoorden, reflecties en certificaat-PDF's "
                    "van persoon %(pk)s verdwijnen. Herhaal de opdracht met --yes om te bevestigen."
                )
                % {"pk": person.pk}
            )
        result = erase_person(actor=None, person=person)
        if result.already_erased:
            self.stdout.write(_("Persoon %(pk)s was al gewist; er is niets meer veranderd.") % {"pk": result.person_id})
        else:
            self.stdout.write(self.style.SUCCESS(_("Persoon %(pk)s is gewist.") % {"pk": result.person_id}))
        for key, value in sorted(result.counts.items()):
            if value:
                self.stdout.write(f"  {key}: {value}")
