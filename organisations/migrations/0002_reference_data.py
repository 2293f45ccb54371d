"""Reference data every installation needs: the 26 Veilig Thuis regions (DOMAIN §7), the job
functions (DOMAIN §2) and the Trainers group that opens the CMS.

Regions keep their slug forever; a merger sets `active_to` on the old rows instead of deleting.
"""

import datetime

from django.db import migrations

START = datetime.date(2015, 1, 1)

# slug, display name, CBS label, province, centrumgemeente
REGIONS = [
    ("groningen", "Groningen", "Groningen (VT)", "Groningen", "Groningen"),
    ("friesland", "Friesland", "Friesland (VT)", "Friesland", "Leeuwarden"),
    ("drenthe", "Drenthe", "Drenthe (VT)", "Drenthe", "Assen"),
    ("ijsselland", "IJsselland", "IJsselland (VT)", "Overijssel", "Zwolle"),
    ("twente", "Twente", "Twente (VT)", "Overijssel", "Enschede"),
    ("noord-en-oost-gelderland", "Noord- en Oost-Gelderland", "Noord- en Oost-Gelderland (VT)", "Gelderland",
     "Apeldoorn"),
    ("gelderland-midden", "Gelderland-Midden", "Gelderland-Midden (VT)", "Gelderland", "Arnhem"),
    ("gelderland-zuid", "Gelderland-Zuid", "Gelderland-Zuid (VT)", "Gelderland", "Nijmegen"),
    ("flevoland", "Flevoland", "Flevoland (VT)", "Flevoland", "Almere"),
    ("utrecht", "Utrecht", "Utrecht (VT)", "Utrecht", "Utrecht"),
    ("gooi-en-vechtstreek", "Gooi en Vechtstreek", "Gooi en Vechtstreek (VT)", "Noord-Holland", "Hilversum"),
    ("amsterdam-amstelland", "Amsterdam-Amstelland", "Amsterdam-Amstelland (VT)", "Noord-Holland", "Amsterdam"),
    ("zaanstreek-waterland", "Zaanstreek-Waterland", "Zaanstreek-Waterland (VT)", "Noord-Holland", "Zaanstad"),
    ("kennemerland", "Kennemerland", "Kennemerland (VT)", "Noord-Holland", "Haarlem"),
    ("noord-holland-noord", "Noord-Holland Noord", "Hollands Noorden (VT)", "Noord-Holland", "Alkmaar"),
    ("haaglanden", "Haaglanden", "Haaglanden (VT)", "Zuid-Holland", "Den Haag"),
    ("hollands-midden", "Hollands Midden", "Hollands Midden (VT)", "Zuid-Holland", "Leiden"),
    ("rotterdam-rijnmond", "Rotterdam-Rijnmond", "Rotterdam-Rijnmond (VT)", "Zuid-Holland", "Rotterdam"),
    ("zuid-holland-zuid", "Zuid-Holland-Zuid", "Zuid-Holland-Zuid (VT)", "Zuid-Holland", "Dordrecht"),
    ("zeeland", "Zeeland", "Zeeland (VT)", "Zeeland", "Vlissingen"),
    ("west-brabant", "West-Brabant", "West-Brabant (VT)", "Noord-Brabant", "Breda"),
    ("midden-brabant", "Midden-Brabant", "Midden-Brabant (VT)", "Noord-Brabant", "Tilburg"),
    ("brabant-noordoost", "Brabant Noordoost", "Brabant Noordoost (VT)", "Noord-Brabant", "'s-Hertogenbosch"),
    ("brabant-zuidoost", "Brabant Zuidoost", "Brabant Zuidoost (VT)", "Noord-Brabant", "Eindhoven"),
    ("limburg-noord", "Limburg-Noord", "Limburg-Noord (VT)", "Limburg", "Venlo"),
    ("zuid-limburg", "Zuid-Limburg", "Zuid-Limburg (VT)", "Limburg", "Maastricht"),
]

FUNCTIONS = [
    ("advies-en-meldingen", "Medewerker advies en meldingen",
     "Neemt 24/7 telefoon, chat en e-mail aan, onderscheidt advies van melding en adviseert professionals over "
     "de stappen van de meldcode."),
    ("veiligheidsbeoordeling", "Medewerker veiligheidsbeoordeling",
     "Voert binnen vijf werkdagen de veiligheidsbeoordeling uit, raadpleegt eerdere meldingen (radar) en kiest "
     "de route."),
    ("onderzoeker", "Onderzoeker",
     "Doet onderzoek: huisbezoeken, gesprekken met betrokkenen en professionals, analyse, veiligheidsvoorwaarden "
     "en overdracht."),
    ("vv-monitoring", "Medewerker Voorwaarden & Vervolg / monitoring",
     "Spreekt veiligheidsvoorwaarden af met het gezin en volgt of de veiligheid blijvend is."),
    ("gedragswetenschapper", "Gedragswetenschapper",
     "Beslist mee over vervolgstappen, bewaakt de methodische kwaliteit en ondersteunt risicotaxatie."),
    ("vertrouwensarts", "Vertrouwensarts",
     "Medisch sparringpartner, duidt letsel en onderzoekt samen met collega's; BIG-geregistreerd."),
    ("jurist", "Jurist", "Adviseert over verzoeken aan de Raad voor de Kinderbescherming, privacy en huisverboden."),
    ("teamleider", "Teamleider", "Stuurt op caseload, termijnen, kwaliteit en de opleidingsplanning van het team."),
]


def load(apps, schema_editor):
    Region = apps.get_model("organisations", "Region")
    Function = apps.get_model("organisations", "Function")
    Group = apps.get_model("auth", "Group")
    for slug, name, cbs, province, centre in REGIONS:
        Region.objects.update_or_create(
            slug=slug,
            defaults={"name": name, "cbs_label": cbs, "province": province, "centrumgemeente": centre,
                      "active_from": START},
        )
    for order, (slug, name, description) in enumerate(FUNCTIONS, start=1):
        Function.objects.update_or_create(
            slug=slug, defaults={"name": name, "description": description, "sort_order": order}
        )
    Group.objects.get_or_create(name="Trainers")


def unload(apps, schema_editor):
    apps.get_model("organisations", "Region").objects.filter(slug__in=[r[0] for r in REGIONS]).delete()
    apps.get_model("organisations", "Function").objects.filter(slug__in=[f[0] for f in FUNCTIONS]).delete()


class Migration(migrations.Migration):
    dependencies = [("organisations", "0001_initial"), ("auth", "0012_alter_user_first_name_max_length")]
    operations = [migrations.RunPython(load, unload)]
