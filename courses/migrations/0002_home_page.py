"""Replace Wagtail's welcome page with the platform's home page and point the default site at it."""

from django.db import migrations

LEAD = (
    "AMHK Academie is de leeromgeving voor medewerkers van Veilig Thuis. Sinds de AMK's en de steunpunten "
    "huiselijk geweld samen Veilig Thuis vormen, werkt iedere medewerker met beide kanten van het vak: "
    "kindermishandeling én huiselijk geweld, van kind tot oudere."
)

BODY = (
    "<h2>Wat u hier doet</h2>"
    "<ul>"
    "<li><b>Leren tussen het casuswerk door.</b> Korte modules over de meldcode, het afwegingskader, de "
    "veiligheidsbeoordeling binnen vijf werkdagen, onderzoek, Voorwaarden &amp; Vervolg en monitoring.</li>"
    "<li><b>Oefenen met casussen.</b> Verzonnen, maar herkenbare situaties waarin u stap voor stap beslist: "
    "advies of melding, hoe urgent, welke route, wie u erbij betrekt.</li>"
    "<li><b>Certificaten halen en bijhouden.</b> Voor uw werkgever, de inspectie en uw herregistratie in het "
    "kwaliteitsregister (SKJ of BIG).</li>"
    "</ul>"
    "<h2>Voor wie</h2>"
    "<p>Medewerkers volgen hun leerpad, dat past bij hun functie en achtergrond: wie uit het AMK komt, begint "
    "met partnergeweld en ouderenmishandeling; wie uit het steunpunt huiselijk geweld komt, met "
    "kindermishandeling en letselduiding. Trainers schrijven en verbeteren de modules. Managers zien hoe "
    "gereed hun regio is en waar actie nodig is. Het landelijk programma vergelijkt regio's alleen op "
    "geanonimiseerde totalen.</p>"
    "<h2>Privacy</h2>"
    "<p>Alle casussen op dit platform zijn verzonnen. Typ in open antwoorden en reflecties nooit gegevens van "
    "echte cliënten. Uw manager ziet uw voortgang; landelijk ziet niemand uw persoonlijke resultaten.</p>"
)


def create_home(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Locale = apps.get_model("wagtailcore", "Locale")
    HomePage = apps.get_model("courses", "HomePage")

    if HomePage.objects.exists():
        return
    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
    content_type, _ = ContentType.objects.get_or_create(app_label="courses", model="homepage")
    home = HomePage.objects.create(
        title="AMHK Academie",
        draft_title="AMHK Academie",
        slug="home",
        content_type=content_type,
        locale=Locale.objects.first(),
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/home/",
        live=True,
        lead=LEAD,
        body=BODY,
    )
    Page.objects.filter(depth=1).update(numchild=1)
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home,
                                        "site_name": "AMHK Academie"}
    )


class Migration(migrations.Migration):
    dependencies = [("courses", "0001_initial"), ("wagtailcore", "0098_apitoken")]
    operations = [migrations.RunPython(create_home, migrations.RunPython.noop)]
