from __future__ import annotations

COURSE = {
    "code": "M09",
    "slug": "overdracht-voorwaarden-vervolg-monitoring",
    "title": "Overdracht, Voorwaarden & Vervolg en monitoring",
    "summary": (
        "U leert hoe Veilig Thuis zicht op veiligheid houdt nadat de route is gekozen: bij "
        "overdracht, bij Voorwaarden & Vervolg en tijdens monitoring. Een zorgvuldige, warme "
        "overdracht en goed geformuleerde veiligheidsvoorwaarden voorkomen dat een gezin tussen "
        "twee organisaties uit beeld raakt."
    ),
    "learning_objectives": [
        "U past de eisen uit het Kwaliteitskader toe over het begin en einde van de "
        "verantwoordelijkheid van Veilig Thuis voor veiligheid en over overdracht.",
        "U organiseert een warme overdracht aan het lokale team of de al betrokken hulp: een "
        "gezamenlijk gesprek, heldere veiligheidsvoorwaarden en afspraken over monitoring.",
        "U gaat na of veiligheid wordt bereikt en blijft, en handelt passend bij een vervolgmelding.",
        "U geeft de melder op de juiste momenten terugkoppeling met de juiste inhoud.",
    ],
    "study_load_hours": 6,
    "functions": ["vv-monitoring", "onderzoeker", "teamleider"],
    "forms_of_violence": ["huiselijk-geweld", "kindermishandeling", "partnergeweld"],
    "competences": ["C6", "C4", "C7"],
    "accreditation": {"body": "SKJ", "number": "VT-2026-M09", "points": 6},
    "prerequisites": ["M04"],
    "certificate_validity_months": 36,
    "lessons": [
        # ------------------------------------------------------------------ les 1
        {
            "slug": "zicht-op-veiligheid-begin-en-einde",
            "title": "Zicht op veiligheid: begin en einde van de verantwoordelijkheid",
            "summary": (
                "Wanneer Veilig Thuis verantwoordelijk wordt voor zicht op veiligheid, welke "
                "routes er zijn en wanneer die verantwoordelijkheid overgaat of eindigt."
            ),
            "duration_minutes": 40,
            "body": [
                (
                    "text",
                    "<p>Met een melding gaat de verantwoordelijkheid voor zicht op veiligheid over van "
                    "de melder naar Veilig Thuis. Dat is precies wat een melding onderscheidt van een "
                    "adviesvraag. Die verantwoordelijkheid houdt niet vanzelf op. Het Kwaliteitskader "
                    "Veilig Thuis, onderdeel 'Zicht op veiligheid' (2016), beschrijft wanneer de "
                    "verantwoordelijkheid van Veilig Thuis begint en eindigt, en welke eisen gelden "
                    "bij overdracht. Deze module bouwt voort op de veiligheidsbeoordeling uit M04: het "
                    "kiezen van een route is pas het begin van het werk.</p>"
                    "<h3>De routes na de veiligheidsbeoordeling</h3>"
                    "<p>De veiligheidsbeoordeling wordt zo snel mogelijk en uiterlijk binnen vijf "
                    "werkdagen afgerond. Volgens het Handelingsprotocol Veilig Thuis (2019) volgt dan "
                    "een van deze routes:</p>"
                    "<ul>"
                    "<li><b>Overdracht</b> aan het lokale team, aan hulp die al betrokken is, aan een "
                    "multidisciplinair team of aan de directbetrokkenen zelf;</li>"
                    "<li><b>Voorwaarden &amp; Vervolg</b>: Veilig Thuis stelt veiligheidsvoorwaarden "
                    "vast en een ketenpartner werkt die met het gezin uit;</li>"
                    "<li><b>Onderzoek</b> door Veilig Thuis zelf, dat na afloop doorgaans uitmondt in "
                    "een overdracht;</li>"
                    "<li>een <b>verzoek aan de Raad voor de Kinderbescherming</b> om onderzoek te "
                    "doen;</li>"
                    "<li><b>geen vervolg</b>: de melding wordt omgezet in een advies of de "
                    "betrokkenheid wordt beëindigd.</li>"
                    "</ul>"
                    "<h3>Overdragen is meer dan doorsturen</h3>"
                    "<p>Bij elke route waarin een ander de hulp oppakt, moet vaststaan dat die ander "
                    "de verantwoordelijkheid ook werkelijk overneemt. Een dossier versturen of een "
                    "organisatie noemen is daarvoor niet genoeg. Een zorgvuldige overdracht betekent "
                    "in de praktijk dat de ontvangende partij:</p>"
                    "<ul>"
                    "<li>weet welke zorgen er zijn en waarop die zijn gebaseerd;</li>"
                    "<li>de veiligheidsvoorwaarden kent en onderschrijft;</li>"
                    "<li>uitdrukkelijk heeft ingestemd met de overdracht;</li>"
                    "<li>afspraken heeft gemaakt over monitoring en over wat er gebeurt als de "
                    "veiligheid opnieuw in het geding komt.</li>"
                    "</ul>"
                    "<p>Zolang deze punten niet rond zijn, houdt Veilig Thuis zicht op veiligheid. "
                    "Leg in het dossier vast wanneer en met wie de overdracht is bevestigd. Dan kan een "
                    "collega, teamleider of inspecteur later nagaan op welk moment de "
                    "verantwoordelijkheid is overgegaan.</p>"
                    "<p>Informeer het gezin vooraf over de overdracht: wie de hulp overneemt, welke "
                    "informatie u deelt en waarom. Geef de ontvangende partij wat nodig is om de "
                    "veiligheid te bewaken, niet automatisch het volledige dossier. Na een onderzoek "
                    "horen de conclusies en de vastgestelde veiligheidsvoorwaarden in elk geval bij de "
                    "overdracht.</p>"
                    "<h3>Wanneer eindigt de betrokkenheid?</h3>"
                    "<p>Heeft Veilig Thuis zelf veiligheidsvoorwaarden vastgesteld, dan volgt "
                    "monitoring: Veilig Thuis gaat samen met het gezin en de betrokken professionals na "
                    "of de veiligheid is bereikt en ook blijft. De betrokkenheid eindigt pas als dat "
                    "voldoende vaststaat en er bewust een besluit over is genomen, bij voorkeur samen "
                    "met de gedragswetenschapper. Een dossier dat wordt gesloten zonder expliciet "
                    "besluit, is een risico voor het gezin én voor de organisatie.</p>"
                    "<p>Voor teamleiders ligt hier een duidelijke taak. Bewaak dat lopende overdrachten "
                    "niet ongemerkt blijven hangen, en dat wachttijden bij Veilig Thuis of bij "
                    "ketenpartners niet leiden tot zaken waarvoor niemand zich verantwoordelijk "
                    "voelt. Een overzicht van openstaande overdrachten in het teamoverleg helpt "
                    "daarbij.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Let op",
                        "body": (
                            "<p>Kan een ontvangende partij de zaak nog niet oppakken, bijvoorbeeld door "
                            "een wachtlijst, dan is er geen overdracht. De verantwoordelijkheid blijft "
                            "bij Veilig Thuis. Maak tussentijdse afspraken over veiligheid, spreek af "
                            "wie het gezin in de tussentijd ziet, en bespreek de situatie met uw "
                            "teamleider.</p>"
                        ),
                    },
                ),
                (
                    "image",
                    {
                        "key": "proces-veilig-thuis",
                        "alt": (
                            "Stroomschema van het proces bij Veilig Thuis: melding, "
                            "veiligheidsbeoordeling, de vervolgroutes en monitoring."
                        ),
                        "caption": ("Van melding via veiligheidsbeoordeling en vervolgroute naar monitoring."),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": (
                            "U hebt een overdrachtsbrief naar het lokale team gestuurd, maar het team "
                            "heeft nog niet gereageerd. Bij wie ligt nu de verantwoordelijkheid voor "
                            "zicht op veiligheid?"
                        ),
                        "options": [
                            {
                                "text": "Bij Veilig Thuis, totdat het lokale team de overdracht "
                                "uitdrukkelijk heeft aanvaard.",
                                "correct": True,
                                "feedback": "Juist. Het Kwaliteitskader (onderdeel Zicht op veiligheid) stelt "
                                "eisen aan overdracht. Zolang de ontvangende partij de zaak niet "
                                "heeft aanvaard, is er geen overdracht en houdt Veilig Thuis zicht "
                                "op veiligheid.",
                            },
                            {
                                "text": "Bij het lokale team, vanaf het moment dat de brief is verstuurd.",
                                "correct": False,
                                "feedback": "Niet juist. Versturen is nog geen overdracht. Zonder bevestiging "
                                "weet u niet of het lokale team de zorgen en veiligheidsvoorwaarden "
                                "kent en de zaak oppakt.",
                            },
                            {
                                "text": "Bij de melder, omdat die het gezin het beste kent.",
                                "correct": False,
                                "feedback": "Niet juist. Volgens het Handelingsprotocol gaat de "
                                "verantwoordelijkheid voor zicht op veiligheid bij een melding "
                                "over van de melder naar Veilig Thuis. Die gaat niet terug naar de melder.",
                            },
                            {
                                "text": "Bij niemand, totdat er een nieuwe melding binnenkomt.",
                                "correct": False,
                                "feedback": "Niet juist. Zo ontstaat precies het gat dat het Kwaliteitskader "
                                "wil voorkomen. Veilig Thuis blijft verantwoordelijk tot de "
                                "overdracht rond is of de betrokkenheid bewust is beëindigd.",
                            },
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ les 2
        {
            "slug": "warme-overdracht-en-voorwaarden-vervolg",
            "title": "Warme overdracht en Voorwaarden & Vervolg",
            "summary": ("Veiligheidsvoorwaarden formuleren en een gezin samen met het lokale team warm overdragen."),
            "duration_minutes": 45,
            "body": [
                (
                    "content_warning",
                    "Deze les bevat een casus over partnergeweld waarbij kinderen aanwezig waren. "
                    "Neem gerust even pauze als u dat nodig hebt.",
                ),
                (
                    "text",
                    "<p>Bij Voorwaarden &amp; Vervolg stelt Veilig Thuis met het gezin of huishouden "
                    "veiligheidsvoorwaarden vast. Dat zijn de minimale eisen waaraan de situatie moet "
                    "voldoen om veilig genoeg te zijn. Ketenpartners, vaak het lokale team, maken "
                    "vervolgens samen met het gezin en het netwerk een veiligheidsplan en werken aan "
                    "herstel. De veiligheidsvoorwaarden vormen ook de basis voor de monitoring door "
                    "Veilig Thuis. Deze route past vooral wanneer de feiten voldoende duidelijk zijn en "
                    "de betrokkenen de zorgen erkennen en willen meewerken.</p>"
                    "<h3>Goede veiligheidsvoorwaarden</h3>"
                    "<p>Een veiligheidsvoorwaarde is geen hulpdoel en geen wens. Zij beschrijft "
                    "waarneembaar gedrag of een concrete situatie, zodat iedereen kan nagaan of eraan "
                    "wordt voldaan. Vergelijk:</p>"
                    "<ul>"
                    "<li>Vaag: 'De ouders gaan beter met elkaar om.'</li>"
                    "<li>Concreet: 'Er wordt niet geslagen, geduwd of gedreigd. Als een ruzie oploopt, "
                    "verlaat vader het huis en belt hij zijn broer.'</li>"
                    "<li>Vaag: 'De kinderen krijgen hulp.'</li>"
                    "<li>Concreet: 'De kinderen kunnen hun verhaal doen bij een vaste "
                    "hulpverlener van het lokale team, die hen binnen twee weken spreekt.'</li>"
                    "</ul>"
                    "<p>Formuleer de voorwaarden in taal die het gezin begrijpt, en vraag de ouders ze "
                    "in eigen woorden te herhalen. Zo ziet u of de afspraken echt zijn aangekomen.</p>"
                    "<h3>Wat maakt een overdracht warm?</h3>"
                    "<p>Bij een warme overdracht voert Veilig Thuis een gezamenlijk gesprek met het "
                    "gezin en de professional die de hulp overneemt. Het gezin hoort zo hetzelfde "
                    "verhaal van beide organisaties, de veiligheidsvoorwaarden worden samen "
                    "doorgenomen en de rollen zijn duidelijk: wie doet wat, wie monitort, en wat "
                    "gebeurt er als een voorwaarde niet wordt nagekomen. Leg ook vast hoe het lokale "
                    "team Veilig Thuis informeert bij nieuwe zorgen. De checklist hieronder helpt u "
                    "om niets te vergeten.</p>"
                    "<h3>Als voorwaarden niet worden nagekomen</h3>"
                    "<p>Spreek bij de overdracht af wat er gebeurt als een voorwaarde niet wordt "
                    "nagekomen. Het lokale team informeert Veilig Thuis, en Veilig Thuis weegt opnieuw "
                    "of de situatie veilig genoeg is. Vertel het gezin dit eerlijk: de voorwaarden zijn "
                    "geen vrijblijvende afspraken, maar de ondergrens waaronder Veilig Thuis opnieuw in "
                    "actie komt, bijvoorbeeld met een eigen onderzoek. Die duidelijkheid voorkomt "
                    "verrassingen en is ook een vorm van respect voor het gezin.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Let op",
                        "body": (
                            "<p>Schat bij partnergeweld vooraf in of een gezamenlijk gesprek veilig is. "
                            "Kan een van de partners niet vrijuit spreken, voer dan eerst aparte "
                            "gesprekken en bespreek de voorwaarden afzonderlijk. Veiligheid gaat voor "
                            "efficiëntie.</p>"
                        ),
                    },
                ),
                (
                    "casus",
                    {
                        "title": "Gezin Dekker, warme overdracht in Kwelderzand",
                        "situation": (
                            "<p>De politie meldt dat Bas Dekker (35) zijn partner Sanne (33) tijdens een "
                            "ruzie heeft geduwd; Jesse (6) en Mila (3) waren thuis. Beide ouders "
                            "erkennen dat de ruzies uit de hand lopen en willen hulp. Na de "
                            "veiligheidsbeoordeling kiest Veilig Thuis voor Voorwaarden &amp; Vervolg "
                            "en een warme overdracht aan wijkteammedewerker Yara Haddad.</p>"
                            "<p>In het gezamenlijke gesprek vertellen Sanne en Bas in eigen woorden wat "
                            "de voorwaarden betekenen. Yara Haddad legt uit wat het lokale team gaat "
                            "doen en hoe Jesse en Mila gehoord worden. Afgesproken wordt dat het lokale "
                            "team Veilig Thuis direct informeert als een voorwaarde niet wordt "
                            "nagekomen.</p>"
                        ),
                        "people": [
                            {"name": "Sanne Dekker", "role": "moeder, 33 jaar"},
                            {"name": "Bas Dekker", "role": "vader, 35 jaar"},
                            {"name": "Jesse en Mila", "role": "kinderen, 6 en 3 jaar"},
                            {"name": "Yara Haddad", "role": "medewerker lokaal team"},
                        ],
                        "timeline": [
                            {
                                "moment": "Dag 1",
                                "event": "Politiemelding komt binnen; de veiligheidsbeoordeling start.",
                            },
                            {
                                "moment": "Dag 3",
                                "event": "Besluit: Voorwaarden & Vervolg. Terugkoppeling aan de politie als melder.",
                            },
                            {
                                "moment": "Dag 6",
                                "event": "Aparte gesprekken met Sanne en Bas; veiligheidsvoorwaarden worden vastgesteld.",
                            },
                            {
                                "moment": "Dag 10",
                                "event": "Gezamenlijk gesprek met ouders en Yara Haddad; het lokale team "
                                "bevestigt de overdracht schriftelijk.",
                            },
                            {"moment": "Dag 10", "event": "Monitoringafspraken worden in het dossier vastgelegd."},
                        ],
                    },
                ),
                (
                    "document",
                    {
                        "key": "checklist-overdracht",
                        "description": (
                            "Checklist voor een warme overdracht: zorgen en bronnen, "
                            "veiligheidsvoorwaarden, bevestiging door de ontvangende partij, "
                            "monitoringafspraken en terugkoppeling aan de melder."
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": "Welke formulering is het best bruikbaar als veiligheidsvoorwaarde voor gezin Dekker?",
                        "options": [
                            {
                                "text": "Er wordt in huis niet geslagen, geduwd of gedreigd; loopt een ruzie "
                                "op, dan verlaat Bas het huis en belt hij zijn broer.",
                                "correct": True,
                                "feedback": "Juist. Deze voorwaarde beschrijft waarneembaar gedrag en een "
                                "concrete afspraak. Binnen de V&V-route uit het Handelingsprotocol "
                                "vormen de voorwaarden de basis voor monitoring; daarom moeten ze "
                                "toetsbaar zijn.",
                            },
                            {
                                "text": "Sanne en Bas communiceren respectvoller met elkaar.",
                                "correct": False,
                                "feedback": "Niet juist. Dit is een hulpdoel, geen minimale eis. Niemand kan "
                                "eenduidig vaststellen wanneer eraan is voldaan, zodat monitoring "
                                "erop niet mogelijk is.",
                            },
                            {
                                "text": "Het gezin accepteert hulp van het lokale team.",
                                "correct": False,
                                "feedback": "Niet volledig. Hulp accepteren is belangrijk (vergelijk "
                                "afwegingsvraag 4), maar zegt niets over wat er in huis moet "
                                "veranderen om veilig te zijn.",
                            },
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ les 3
        {
            "slug": "monitoring-vervolgmeldingen-terugkoppeling",
            "title": "Monitoring, vervolgmeldingen en terugkoppeling",
            "summary": (
                "Nagaan of veiligheid blijft, nieuwe signalen wegen en de melder op het juiste moment informeren."
            ),
            "duration_minutes": 40,
            "body": [
                (
                    "content_warning",
                    "Deze les verwijst naar nieuwe incidenten van huiselijk geweld tijdens monitoring. "
                    "Neem gerust even pauze als u dat nodig hebt.",
                ),
                (
                    "text",
                    "<p>Monitoring is onderdeel van de radarfunctie van Veilig Thuis. Samen met het "
                    "gezin en de betrokken professionals gaat u na of de situatie veilig wordt en ook "
                    "veilig blijft. Monitoring geldt voor zaken waarin Veilig Thuis de "
                    "veiligheidsvoorwaarden heeft vastgesteld. Hoe vaak en hoe lang u monitort, hangt "
                    "af van de afspraken in het Handelingsprotocol en de werkwijze in uw regio; "
                    "controleer de actuele versie.</p>"
                    "<h3>Monitoren is toetsen</h3>"
                    "<p>De vraag 'Gaat het goed?' levert weinig op. Neem de veiligheidsvoorwaarden een "
                    "voor een door en vraag per voorwaarde wat er is gebeurd en hoe iemand dat weet. "
                    "Gebruik meerdere bronnen: de ouders afzonderlijk, de hulpverlener van het lokale "
                    "team, en waar passend school of huisarts. Vergeet het perspectief van de kinderen "
                    "niet. Let ook op momenten waarop het risico kan toenemen, zoals een scheiding, het "
                    "afronden van hulp of een nieuwe partner. Een rustige periode direct na een "
                    "interventie betekent nog niet dat de veiligheid duurzaam is.</p>"
                    "<h3>Vervolgmeldingen</h3>"
                    "<p>Een aanzienlijk deel van de meldingen gaat over gezinnen die al bekend zijn: "
                    "volgens het CBS was in 2023 28,5 procent van de meldingen een vervolgmelding over "
                    "een zaak waarbij Veilig Thuis al betrokken was. Beoordeel een nieuwe melding "
                    "daarom nooit los van wat eerder is gebeurd. Leg nieuwe signalen naast de "
                    "geschiedenis en naast de afgesproken voorwaarden. Worden voorwaarden niet "
                    "nagekomen, of blijkt de hulp niet tijdig het nodige resultaat te geven, dan volgt "
                    "een nieuwe weging. Dat kan betekenen dat Veilig Thuis alsnog zelf onderzoek doet "
                    "of een verzoek doet aan de Raad voor de Kinderbescherming.</p>"
                    "<h3>Terugkoppeling aan de melder</h3>"
                    "<p>Veilig Thuis koppelt minstens twee keer terug aan de melder: na de "
                    "veiligheidsbeoordeling en, als er onderzoek is gedaan, na het onderzoek. De "
                    "melder hoort of er vervolg is ingezet, welke partijen de zaak overnemen en, als "
                    "de melder daarin een rol heeft, welke veiligheidsvoorwaarden en "
                    "monitoringafspraken er zijn. U deelt niet alle bevindingen: de melder krijgt wat "
                    "nodig is voor de eigen rol. Heeft een arts als informant informatie gegeven, dan "
                    "is standaard terugkoppeling niet aan de orde. Leg vast wat u wanneer aan wie hebt "
                    "teruggekoppeld.</p>"
                    "<h3>Monitoring afronden</h3>"
                    "<p>Sluit monitoring af met een expliciet besluit. Ga na of de voorwaarden "
                    "duurzaam worden nageleefd, of het netwerk rond het gezin weet wat het moet doen "
                    "als het misgaat, en of de hulp die nog nodig is, geborgd is. Bespreek het besluit "
                    "met de gedragswetenschapper en leg de onderbouwing vast. Laat het gezin en de "
                    "betrokken professionals weten dat de betrokkenheid van Veilig Thuis eindigt en "
                    "dat zij bij nieuwe zorgen opnieuw contact kunnen opnemen.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Let op",
                        "body": (
                            "<p>Is de melder een buurman, familielid of iemand anders dicht bij het "
                            "gezin, bedenk dan dat informatie de pleger kan bereiken. Beperk de "
                            "terugkoppeling tot wat de melder echt nodig heeft, en bespreek twijfel met "
                            "een collega of de gedragswetenschapper.</p>"
                        ),
                    },
                ),
                (
                    "casus",
                    {
                        "title": "Gezin Dekker, drie maanden later",
                        "situation": (
                            "<p>Tijdens de monitoring belt de leerkracht van Jesse. Hij vertelde in de "
                            "kring dat 'papa en mama weer heel hard schreeuwden' en dat mama huilde. "
                            "Het lokale team heeft sinds twee weken geen contact meer met het gezin, "
                            "omdat afspraken steeds worden afgezegd.</p>"
                        ),
                        "people": [
                            {"name": "Jesse Dekker", "role": "kind, 6 jaar"},
                            {"name": "Leerkracht van Jesse", "role": "melder"},
                            {"name": "Yara Haddad", "role": "medewerker lokaal team"},
                        ],
                        "timeline": [
                            {
                                "moment": "Week 12, maandag",
                                "event": "De school meldt wat Jesse vertelde; de melding wordt als vervolgmelding geregistreerd.",
                            },
                            {
                                "moment": "Week 12, maandag",
                                "event": "De monitoringsmedewerker legt de melding naast de voorwaarden en de eerdere politiemelding.",
                            },
                            {
                                "moment": "Week 12, dinsdag",
                                "event": "Overleg met Yara Haddad en de gedragswetenschapper over een nieuwe weging.",
                            },
                        ],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": (
                            "Stel dat Veilig Thuis na deze vervolgmelding onderzoek doet. Na afloop "
                            "vraagt de leerkracht van Jesse wat er in het gezin aan de hand is. Wat "
                            "koppelt u terug?"
                        ),
                        "options": [
                            {
                                "text": "Of er vervolg is ingezet, welke partijen betrokken zijn en welke "
                                "rol de school heeft bij voorwaarden en monitoring.",
                                "correct": True,
                                "feedback": "Juist. Dit is de inhoud van de terugkoppeling volgens het "
                                "Handelingsprotocol. U deelt alleen wat de school nodig heeft voor "
                                "de eigen rol (AVG: dataminimalisatie en need-to-know).",
                            },
                            {
                                "text": "Het volledige onderzoeksrapport, zodat de school alles weet.",
                                "correct": False,
                                "feedback": "Niet juist. Het rapport bevat gegevens die de school niet nodig "
                                "heeft. Dat strijdt met het AVG-beginsel van dataminimalisatie en "
                                "met het need-to-know-principe.",
                            },
                            {
                                "text": "Niets, vanwege de privacy van het gezin.",
                                "correct": False,
                                "feedback": "Niet juist. Het Handelingsprotocol vraagt terugkoppeling na de "
                                "veiligheidsbeoordeling en na het onderzoek. Zonder terugkoppeling "
                                "kan de school haar rol bij monitoring niet vervullen.",
                            },
                            {
                                "text": "Alleen dat de zaak is afgesloten.",
                                "correct": False,
                                "feedback": "Niet juist. Dit is onvolledig en mogelijk onjuist: na onderzoek "
                                "volgt vaak overdracht met voorwaarden en monitoring, waarin de "
                                "school een rol kan hebben (Handelingsprotocol).",
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "question": (
                            "Hoe weet u in uw team op elk moment welke zaken in overdracht zijn en wie "
                            "er verantwoordelijk is voor zicht op veiligheid? Wat zou u willen "
                            "verbeteren?"
                        ),
                        "guidance": (
                            "Denk aan werkafspraken, overleggen en registratie. Beschrijf de werkwijze, "
                            "niet concrete zaken, en schrijf geen cliëntgegevens op."
                        ),
                    },
                ),
            ],
        },
    ],
}
