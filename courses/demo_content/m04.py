"""Demo course M04: De veiligheidsbeoordeling binnen vijf werkdagen (fictieve casus, eigen tekst)."""

from __future__ import annotations

COURSE = {
    "code": "M04",
    "slug": "veiligheidsbeoordeling-binnen-vijf-werkdagen",
    "title": "De veiligheidsbeoordeling binnen vijf werkdagen",
    "summary": (
        "U leert hoe Veilig Thuis na ontvangst van een melding zo snel als nodig, en uiterlijk binnen vijf "
        "werkdagen, beoordeelt hoe veilig de betrokkenen zijn en welke route volgt. U oefent met het wegen "
        "van eerdere signalen, het inschakelen van deskundigen en het navolgbaar vastleggen van uw besluit."
    ),
    "learning_objectives": [
        (
            "Een veiligheidsbeoordeling binnen vijf werkdagen afronden en meldingen met acute signalen "
            "dezelfde dag oppakken."
        ),
        ("Eerdere meldingen en eerdere betrokkenheid nagaan (radarfunctie, landelijk register) en deze meewegen."),
        (
            "De criteria toepassen voor onderzoek door Veilig Thuis zelf: direct ingrijpen nodig, "
            "onvoldoende zekerheid, ontkenning of weigering van hulp, te weinig informatie, of toegezegde "
            "anonimiteit."
        ),
        (
            "Een route kiezen en onderbouwen: overdracht, Voorwaarden & Vervolg, onderzoek, een verzoek aan "
            "de Raad voor de Kinderbescherming of geen vervolgstappen."
        ),
        ("Een korte, navolgbare besluitonderbouwing schrijven die een teamleider of toezichthouder kan controleren."),
    ],
    "study_load_hours": 8,
    "functions": ["veiligheidsbeoordeling", "gedragswetenschapper", "teamleider"],
    "forms_of_violence": ["kindermishandeling", "huiselijk-geweld"],
    "competences": ["C3", "C4", "C1", "C7"],
    "accreditation": {
        "body": "SKJ",
        "number": "VT-2026-M04",
        "points": 8,
    },
    "prerequisites": ["M02"],
    "certificate_validity_months": 36,
    "lessons": [
        {
            "slug": "plaats-doel-en-termijn",
            "title": "Plaats, doel en termijn van de veiligheidsbeoordeling",
            "summary": (
                "Wat de veiligheidsbeoordeling is, waarom vijf werkdagen een uiterste grens is en wie welke rol heeft."
            ),
            "duration_minutes": 45,
            "body": [
                (
                    "content_warning",
                    (
                        "Deze les noemt voorbeelden van geweld tegen kinderen, zoals een kind dat vertelt "
                        "thuis geslagen te worden. Neem gerust even pauze als dat nodig is."
                    ),
                ),
                (
                    "text",
                    (
                        "<p>Iedere melding die Veilig Thuis aanneemt, gaat door de fase die het "
                        "Handelingsprotocol Veilig Thuis (LNVT, 2019) de veiligheidsbeoordeling noemt. "
                        "Vroeger heette deze fase triage, en in veel teams hoort u dat woord nog dagelijks. "
                        "In deze fase beantwoordt u twee vragen: hoe veilig zijn de betrokkenen op dit "
                        "moment, en welke vervolgstappen zijn nodig? Bij de tweede vraag hoort altijd ook de "
                        "vraag wie verantwoordelijk wordt voor die stappen. De veiligheidsbeoordeling is dus "
                        "geen administratieve tussenstap, maar het eerste inhoudelijke besluit over de "
                        "veiligheid van een kind of volwassene.</p><h3>Wat er in deze fase gebeurt</h3><p>U "
                        "gebruikt de informatie uit de melding en maakt een taxatie van de veiligheid. "
                        "Daarbij onderscheidt u twee begrippen. Van <b>acute onveiligheid</b> is sprake bij "
                        "direct lichamelijk gevaar, wanneer niet vaststaat dat iemand de komende dagen "
                        "veilig is. Van <b>structurele onveiligheid</b> is sprake wanneer onveilige "
                        "situaties of geweld zich herhalen of blijven voortduren. U kijkt ook terug in de "
                        "tijd: is dit gezin of huishouden al eerder bij Veilig Thuis bekend geweest? Die "
                        "controle hoort tot de kern van de radarfunctie. Veilig Thuis brengt signalen van "
                        "verschillende melders over een langere periode samen, en via een landelijk register "
                        "kunt u nagaan of een van de 26 Veilig Thuis-organisaties al eerder betrokken was. "
                        "De beoordeling mondt uit in een besluit over de route; daarover gaat les 3.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "key": "proces-veilig-thuis",
                        "alt": (
                            "Stroomschema: melding, dan veiligheidsbeoordeling, dan een van de routes, dan monitoring."
                        ),
                        "caption": ("De veiligheidsbeoordeling is de schakel tussen de melding en de gekozen route."),
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Zo snel als nodig, uiterlijk binnen vijf werkdagen</h3><p>De norm staat in het "
                        "Uitvoeringsbesluit Wmo 2015 (artikel 4.1.7, eerste lid): de veiligheidsbeoordeling "
                        "vindt zo spoedig mogelijk plaats, maar uiterlijk binnen vijf werkdagen na ontvangst "
                        "van de melding. Twee onderdelen van die norm verdienen aandacht. Het woord "
                        "'uiterlijk' maakt van vijf werkdagen een bovengrens en geen streeftermijn. En 'zo "
                        "spoedig mogelijk' betekent dat een melding met acute signalen voorrang krijgt, zo "
                        "nodig dezelfde dag, met direct de maatregelen die de veiligheid vraagt. De termijn "
                        "begint bij ontvangst van de melding, niet pas wanneer een medewerker het dossier "
                        "oppakt.</p><p>Tijdigheid is geen formaliteit. De inspectie, tegenwoordig de IGJ, "
                        "weegt de wettelijke termijnen zwaar in haar toezicht. In december 2023 stelde zij "
                        "vast dat geen enkele Veilig Thuis-organisatie aan de wettelijke termijnen voldeed "
                        "en dat wachtlijsten bleven bestaan. Voor u betekent dat: bewaak niet alleen uw "
                        "eigen dossiers, maar maak ook tijdig zichtbaar wanneer de werkvoorraad de termijn "
                        "in gevaar brengt.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "key": "tijdlijn-vijf-werkdagen",
                        "alt": (
                            "Tijdlijn van dag 0 (ontvangst melding) tot en met werkdag 5, met acute meldingen op dag 0."
                        ),
                        "caption": "Acute meldingen pakt u dezelfde dag op; vijf werkdagen is het uiterste.",
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Wie doet wat</h3><p>De veiligheidsbeoordeling is teamwerk. De medewerker "
                        "veiligheidsbeoordeling verzamelt en ordent de informatie, gaat de eerdere "
                        "betrokkenheid na en doet een voorstel voor de route. De gedragswetenschapper "
                        "beslist mee over de vervolgstappen, bewaakt de methodische kwaliteit en helpt bij "
                        "het taxeren van risico's. De vertrouwensarts is de medische sparringpartner, "
                        "bijvoorbeeld wanneer letsel geduid moet worden. De teamleider bewaakt caseload, "
                        "termijnen en kwaliteit, en grijpt in wanneer meldingen dreigen te blijven liggen. "
                        "Hoe deze functies precies heten en hoe de taken verdeeld zijn, verschilt per regio; "
                        "ga na hoe dat in uw eigen organisatie is geregeld.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "title": "Let op",
                        "body": (
                            "<p>Komt er tijdens de beoordeling informatie binnen die wijst op direct gevaar, "
                            "wacht dan niet op het geplande overleg. Schakel meteen de gedragswetenschapper "
                            "of de achterwacht in en neem, zo nodig samen met de crisisdienst of de politie, "
                            "direct maatregelen. De vijfdagentermijn is nooit een reden om een acute "
                            "situatie te laten liggen.</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": (
                            "Op donderdagmiddag komt een melding binnen. De melder vertelt dat een kind haar "
                            "vandaag zei thuis geslagen te worden. Wat is juist?"
                        ),
                        "options": [
                            {
                                "text": (
                                    "U pakt de melding met voorrang op, zo nodig vandaag nog, en overlegt "
                                    "direct met de gedragswetenschapper."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Juist. Het Handelingsprotocol vraagt acute situaties met voorrang op te "
                                    "pakken; vijf werkdagen is een maximum. Wat het kind vertelde, geldt als "
                                    "onthulling, en het afwegingskader (vraag 2) behandelt een onthulling "
                                    "als acute onveiligheid."
                                ),
                            },
                            {
                                "text": (
                                    "U hebt tot en met volgende week donderdag de tijd en plant de melding "
                                    "in de gewone werkvoorraad."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Niet juist. Volgens het Handelingsprotocol en het Uitvoeringsbesluit "
                                    "Wmo 2015 is vijf werkdagen een uiterste termijn, geen planningsnorm. "
                                    "Bij signalen van acute onveiligheid (afwegingskader, vraag 2) krijgt de "
                                    "melding voorrang."
                                ),
                            },
                            {
                                "text": (
                                    "De termijn begint pas te lopen zodra de melding aan een medewerker is toegewezen."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Niet juist. De termijn loopt vanaf de ontvangst van de melding "
                                    "(Handelingsprotocol; Uitvoeringsbesluit Wmo 2015). Hoe het team de "
                                    "melding intern verdeelt, verandert daar niets aan."
                                ),
                            },
                            {
                                "text": (
                                    "U vraagt de melder eerst zelf met de ouders te praten, zoals stap 3 van "
                                    "de meldcode voorschrijft."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Niet juist. Meldcodestap 3 hoort bij de melder vóór de melding, en mag "
                                    "worden overgeslagen als het gesprek de veiligheid in gevaar brengt. Nu "
                                    "de melding bij Veilig Thuis ligt, draagt Veilig Thuis volgens het "
                                    "Handelingsprotocol de verantwoordelijkheid voor zicht op veiligheid."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "informatie-verzamelen-en-wegen",
            "title": "Informatie verzamelen en wegen: radar, voorgeschiedenis en deskundigheid",
            "summary": (
                "Aan de hand van de casus van Sem oefent u met urgentie, eerdere betrokkenheid en medische duiding."
            ),
            "duration_minutes": 50,
            "body": [
                (
                    "content_warning",
                    (
                        "Deze les beschrijft een casus over een jong kind met herhaald letsel en mogelijk "
                        "geweld door een ouder. Neem gerust even pauze als dat nodig is."
                    ),
                ),
                (
                    "text",
                    (
                        "<p>Een melding is een momentopname. In de veiligheidsbeoordeling plaatst u die "
                        "momentopname in een breder beeld: wat weet Veilig Thuis al, wat weten anderen, en "
                        "welke deskundigheid is nodig om de signalen goed te duiden? In deze les doorloopt u "
                        "die stappen aan de hand van een fictieve casus.</p>"
                    ),
                ),
                (
                    "casus",
                    {
                        "title": "Sem (7), blauwe plekken",
                        "situation": (
                            "<p>Op een dinsdagochtend belt Marieke Doornbos, leerkracht op basisschool De "
                            "Wilgenhoek in Brekkenveen. Zij maakt zich zorgen over Sem Hofstra van zeven. "
                            "Voor de tweede keer in drie weken heeft hij een blauwe plek op zijn bovenarm. "
                            "Toen zij er vanochtend naar vroeg, zei Sem dat papa heel erg boos wordt als hij "
                            "niet luistert. Sem woont bij zijn vader Jeroen, samen met zijn zusje Noor van "
                            "vier; zijn moeder is een halfjaar geleden vertrokken. De leerkracht heeft nog "
                            "niet met de vader gesproken, omdat zij bang is dat Sem daar thuis last van "
                            "krijgt. De aandachtsfunctionaris van de school is ziek. Mevrouw Doornbos noemt "
                            "haar naam en telefoonnummer en vraagt of Veilig Thuis de zorg kan overnemen. "
                            "Over de eerste blauwe plek maakte zij destijds een korte notitie; foto's of "
                            "andere aantekeningen zijn er niet.</p>"
                        ),
                        "people": [
                            {
                                "name": "Sem Hofstra",
                                "role": "kind, 7 jaar",
                            },
                            {
                                "name": "Noor Hofstra",
                                "role": "zusje van Sem, 4 jaar",
                            },
                            {
                                "name": "Jeroen Hofstra",
                                "role": "vader, 38 jaar",
                            },
                            {
                                "name": "Marieke Doornbos",
                                "role": "leerkracht en melder",
                            },
                        ],
                        "timeline": [
                            {
                                "moment": "Dinsdag 08.45",
                                "event": (
                                    "Sem vertelt zijn leerkracht over de blauwe plek en over de boosheid van "
                                    "zijn vader."
                                ),
                            },
                            {
                                "moment": "Dinsdag 09.30",
                                "event": (
                                    "De leerkracht belt Veilig Thuis; het gesprek wordt als melding geregistreerd."
                                ),
                            },
                            {
                                "moment": "Dinsdag 11.00",
                                "event": (
                                    "De medewerker veiligheidsbeoordeling weegt met de gedragswetenschapper "
                                    "de urgentie."
                                ),
                            },
                            {
                                "moment": "Dinsdag 13.00",
                                "event": (
                                    "Het register laat een melding van veertien maanden geleden zien: de "
                                    "huisarts meldde partnergeweld tussen de ouders. Die melding ging naar "
                                    "het lokale team, dat de zaak vier maanden geleden afsloot."
                                ),
                            },
                            {
                                "moment": "Dinsdag 15.00",
                                "event": "Overleg met de vertrouwensarts over het letselpatroon.",
                            },
                        ],
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Eerst: hoe urgent is dit?</h3><p>Nog op de dag van de melding weegt u de "
                        "urgentie. Sem deed zijn uitspraak spontaan tegenover een vertrouwde volwassene. "
                        "Zo'n uitspraak kan gelden als onthulling, en het afwegingskader behandelt een "
                        "onthulling als acute onveiligheid. Daarnaast wijst herhaald letsel binnen korte "
                        "tijd op mogelijk structurele onveiligheid. Dat betekent niet dat vaststaat wat er "
                        "is gebeurd; het betekent wel dat deze melding niet in de gewone wachtrij hoort. "
                        "Vraag de melder om Sems letterlijke woorden en haar eigen waarnemingen feitelijk op "
                        "te schrijven, met datum en tijd en los van haar interpretaties.</p><h3>Dan: wat "
                        "weet Veilig Thuis al?</h3><p>De radarfunctie bestaat om losse signalen in samenhang "
                        "te kunnen zien. Raadpleeg daarom altijd de eigen registratie en het landelijk "
                        "register. In Sems geval levert dat een eerdere melding op over partnergeweld tussen "
                        "de ouders. De hulp via het lokale team is inmiddels afgesloten. Die "
                        "voorgeschiedenis verandert de weging: er is eerder onveiligheid geweest in dit "
                        "gezin, kinderen die getuige zijn van partnergeweld zijn zelf slachtoffer van "
                        "kindermishandeling, en de vraag rijst of de eerdere hulp tot blijvende veiligheid "
                        "heeft geleid. Noteer ook wat u niet weet, bijvoorbeeld hoe het contact met de "
                        "moeder nu verloopt en hoe het met Noor gaat.</p><h3>En: welke deskundigheid is "
                        "nodig?</h3><p>Blauwe plekken duiden is medisch werk. Leg het letselpatroon voor aan "
                        "de vertrouwensarts: de plaats van het letsel, de herhaling en de vraag of een "
                        "eventuele uitleg past bij wat gezien is. Zo nodig adviseert de vertrouwensarts over "
                        "forensische letselduiding. De gedragswetenschapper helpt de informatie te ordenen "
                        "en helpt voorkomen dat u te snel een conclusie trekt, in welke richting dan ook. "
                        "Een gestructureerd hulpmiddel, zoals het Triage-instrument Veilig Thuis, kan uw "
                        "afweging ordenen en uitlegbaar maken. Zo'n instrument vervangt echter niet het "
                        "teamoverleg, het gesprek met het gezin en de kritische blik op uw eigen "
                        "aannames.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "title": "Let op",
                        "body": (
                            "<p>Bel de vader niet even om uitleg te vragen voordat de veiligheid is "
                            "beoordeeld. Een onvoorbereid contact kan Sem in gevaar brengen, juist nu hij "
                            "zelf iets heeft verteld. Bespreek eerst met de gedragswetenschapper wie met de "
                            "vader spreekt, wanneer en hoe, en wat er nodig is om Sem en Noor in de "
                            "tussentijd te beschermen.</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": (
                            "Wat zijn in de casus van Sem de juiste eerste stappen nadat de melding is geregistreerd?"
                        ),
                        "options": [
                            {
                                "text": (
                                    "Dezelfde dag de urgentie wegen, eerdere betrokkenheid nagaan in het "
                                    "register en het letsel bespreken met de vertrouwensarts."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Juist. Het Handelingsprotocol vraagt signalen van acute onveiligheid "
                                    "met voorrang op te pakken. Signalen over tijd samenbrengen is de kern "
                                    "van de radarfunctie, en letselduiding vraagt medische deskundigheid "
                                    "(meldcode, stap 2)."
                                ),
                            },
                            {
                                "text": "De vader direct bellen en hem om een verklaring vragen.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist. Zo waarschuwt u de vader voordat de veiligheid is "
                                    "beoordeeld. Ook meldcodestap 3 laat toe het gesprek over te slaan als "
                                    "het de veiligheid van het kind in gevaar brengt; bij de "
                                    "veiligheidsbeoordeling geldt dezelfde voorzichtigheid."
                                ),
                            },
                            {
                                "text": (
                                    "De melding registreren en later in de week beoordelen; de vijf "
                                    "werkdagen bieden ruimte."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Niet juist. Een mogelijke onthulling geldt in het afwegingskader (vraag "
                                    "2) als acute onveiligheid, en het Handelingsprotocol vraagt dan om "
                                    "voorrang. Vijf werkdagen is een maximum."
                                ),
                            },
                            {
                                "text": "De leerkracht adviseren om naar de politie te gaan.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist. Daarmee schuift u de verantwoordelijkheid door zonder dat "
                                    "de veiligheid is beoordeeld. Met de melding is de verantwoordelijkheid "
                                    "voor zicht op veiligheid volgens het Handelingsprotocol overgegaan naar "
                                    "Veilig Thuis."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "route-kiezen-en-verantwoorden",
            "title": "De route kiezen en uw besluit verantwoorden",
            "summary": (
                "De vijf mogelijke uitkomsten, de criteria voor eigen onderzoek en een navolgbare onderbouwing."
            ),
            "duration_minutes": 50,
            "body": [
                (
                    "content_warning",
                    (
                        "Deze les bouwt voort op de casus van Sem, een kind met herhaald letsel. Neem gerust "
                        "even pauze als dat nodig is."
                    ),
                ),
                (
                    "text",
                    (
                        "<p>De veiligheidsbeoordeling eindigt met een besluit over de route. Het "
                        "Handelingsprotocol kent vijf mogelijke uitkomsten. Welke u kiest, hangt af van de "
                        "ernst van de onveiligheid, van wat er al bekend is en van de vraag of de "
                        "betrokkenen en de hulpverleners de veiligheid zelf kunnen herstellen.</p><h3>De "
                        "vijf routes</h3><ul><li><b>Overdracht</b> aan het lokale team, aan hulp die al "
                        "betrokken is, aan een multidisciplinair team of aan de directbetrokkenen, wanneer "
                        "de veiligheid daar voldoende geborgd kan worden.</li><li><b>Voorwaarden & "
                        "Vervolg</b>: Veilig Thuis stelt met het gezin of huishouden minimale "
                        "veiligheidsvoorwaarden vast; ketenpartners werken die uit in een veiligheids- en "
                        "herstelplan. De voorwaarden vormen ook de basis voor "
                        "monitoring.</li><li><b>Onderzoek</b> door Veilig Thuis zelf, dat in de regel "
                        "maximaal tien weken duurt.</li><li><b>Een verzoek aan de Raad voor de "
                        "Kinderbescherming</b> om onderzoek te doen, wanneer een kinderbeschermingsmaatregel "
                        "in beeld komt.</li><li><b>Geen vervolgstappen</b>: de melding wordt omgezet in een "
                        "advies, of de betrokkenheid eindigt.</li></ul><h3>Wanneer doet Veilig Thuis zelf "
                        "onderzoek?</h3><p>Het Handelingsprotocol noemt vijf situaties waarin onderzoek door "
                        "Veilig Thuis aangewezen is: de bedreiging van de veiligheid vraagt om direct "
                        "ingrijpen; er is onvoldoende zekerheid of er sprake is van geweld of mishandeling; "
                        "betrokkenen ontkennen of bagatelliseren, of weigeren hulp; er is te weinig "
                        "informatie om een route te kiezen; of de melder is anonimiteit toegezegd. Als een "
                        "van deze situaties zich voordoet, hoort onderzoek nadrukkelijk in uw "
                        "afweging.</p><h3>Terug naar Sem</h3><p>In de casus van Sem wegen drie dingen zwaar. "
                        "Sem heeft zelf iets verteld. De hulp na de eerdere melding over partnergeweld heeft "
                        "niet aantoonbaar tot blijvende veiligheid geleid; in de taal van het afwegingskader "
                        "(vraag 5) is het nodige resultaat niet bereikt. En over de rol en de houding van de "
                        "vader is nog niets bekend, zodat er onvoldoende zekerheid is over wat er thuis "
                        "gebeurt. Dat pleit voor onderzoek door Veilig Thuis. Opnieuw overdragen aan het "
                        "lokale team herhaalt een route die eerder niet volstond. Voorwaarden & Vervolg kan "
                        "passen als de feiten helder zijn en de vader het probleem erkent en meewerkt, maar "
                        "dat weet u nu juist niet. Een verzoek aan de Raad is voorbarig zolang niet "
                        "duidelijk is dat een beschermingsmaatregel nodig is.</p><h3>Een besluit dat een "
                        "ander kan volgen</h3><p>Leg uw besluit zo vast dat een collega, de teamleider of "
                        "een toezichthouder het kan navolgen. Een bruikbare onderbouwing is kort en bevat in "
                        "elk geval:</p><ol><li>de datum van ontvangst en de datum van het "
                        "besluit;</li><li>de feiten met de bron van elk feit, gescheiden van "
                        "interpretaties;</li><li>uw taxatie: is er acute of structurele onveiligheid, en "
                        "waarop baseert u dat;</li><li>de gekozen route, het criterium dat de doorslag gaf "
                        "en de verworpen routes met de reden;</li><li>wie u hebt geraadpleegd en wie "
                        "verantwoordelijk is voor de volgende stap.</li></ol><p>Voor teamleiders is deze "
                        "onderbouwing ook een sturingsmiddel. Zij zien erin of termijnen gehaald worden, of "
                        "de gedragswetenschapper is betrokken en of vergelijkbare meldingen op vergelijkbare "
                        "wijze worden beoordeeld.</p><p>Na de veiligheidsbeoordeling krijgt de melder een "
                        "eerste terugkoppeling; het Handelingsprotocol noemt daarvoor twee momenten, na de "
                        "veiligheidsbeoordeling en na het onderzoek. U vertelt of er een vervolg is gestart, "
                        "welke partijen betrokken zijn en welke rol de melder eventueel heeft bij "
                        "veiligheidsvoorwaarden of monitoring. Inhoudelijke bevindingen over het gezin horen "
                        "daar niet bij.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "title": "Let op",
                        "body": (
                            "<p>Het Kwaliteitskader Veilig Thuis (het deel 'Zicht op veiligheid') beschrijft "
                            "wanneer de verantwoordelijkheid van Veilig Thuis voor de veiligheid begint en "
                            "eindigt, en welke eisen gelden bij overdracht. Sluit een melding pas af als aan "
                            "die eisen is voldaan; anders verliest iedereen het zicht op de veiligheid.</p>"
                        ),
                    },
                ),
                (
                    "document",
                    {
                        "key": "checklist-overdracht",
                        "description": ("Checklist voor een zorgvuldige overdracht na de veiligheidsbeoordeling."),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": ("Welke route past in de casus van Sem het best na de veiligheidsbeoordeling?"),
                        "options": [
                            {
                                "text": "Opnieuw overdragen aan het lokale team.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist. De eerdere hulp heeft het nodige resultaat niet aantoonbaar "
                                    "bereikt (afwegingskader, vraag 5). Dezelfde route opnieuw kiezen, "
                                    "zonder meer zekerheid over de situatie, biedt Sem onvoldoende "
                                    "bescherming."
                                ),
                            },
                            {
                                "text": (
                                    "Voorwaarden & Vervolg: met de vader veiligheidsvoorwaarden vaststellen "
                                    "en overdragen."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Niet helemaal. Deze route uit het Handelingsprotocol past als de feiten "
                                    "helder zijn en de vader het probleem erkent en meewerkt. Over zijn rol "
                                    "en houding is nu nog niets bekend."
                                ),
                            },
                            {
                                "text": "Onderzoek door Veilig Thuis.",
                                "correct": True,
                                "feedback": (
                                    "Juist. Er is een onthulling, de eerdere hulp leidde niet aantoonbaar "
                                    "tot blijvende veiligheid (afwegingskader, vraag 5) en er is onvoldoende "
                                    "zekerheid over wat er thuis gebeurt. Dat is een van de criteria uit het "
                                    "Handelingsprotocol voor onderzoek door Veilig Thuis zelf."
                                ),
                            },
                            {
                                "text": ("Direct een verzoek tot onderzoek bij de Raad voor de Kinderbescherming."),
                                "correct": False,
                                "feedback": (
                                    "Niet juist. Het verzoek aan de Raad is een van de routes uit het "
                                    "Handelingsprotocol, maar het is voorbarig zolang niet vaststaat dat een "
                                    "kinderbeschermingsmaatregel nodig is."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "question": (
                            "Denk aan een melding waarbij u twijfelde tussen twee routes. Welk criterium gaf "
                            "uiteindelijk de doorslag, en hoe zichtbaar was dat in de vastlegging?"
                        ),
                        "guidance": (
                            "Beschrijf de afweging in algemene termen. Schrijf geen namen, woonplaatsen of "
                            "andere cliëntgegevens op."
                        ),
                    },
                ),
            ],
        },
    ],
}
