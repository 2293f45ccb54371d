from __future__ import annotations

# Toetsvragen per competentie (DOMAIN §10). De eerste competentiecode bepaalt de pool. Alle namen en
# situaties zijn verzonnen.

QUESTIONS = [
    # ==========================================================================================
    # C1 — Wettelijk en methodisch kader toepassen
    # ==========================================================================================
    {
        "key": "c1-vijf-werkdagen",
        "kind": "single",
        "title": "Termijn veiligheidsbeoordeling",
        "stem": "<p>Binnen welke termijn moet Veilig Thuis de veiligheidsbeoordeling van een melding afronden?</p>",
        "competences": ["C1", "C3"],
        "forms": [],
        "difficulty": "easy",
        "points": 1,
        "explanation": (
            "De vijf werkdagen zijn een wettelijke bovengrens, gerekend vanaf ontvangst van de melding. Bij "
            "signalen van acute onveiligheid beoordeelt Veilig Thuis met voorrang en neemt het direct maatregelen."
        ),
        "options": [
            {
                "text": "Zo spoedig mogelijk, maar uiterlijk binnen vijf werkdagen na ontvangst van de melding.",
                "correct": True,
                "feedback": (
                    "Juist: ‘zo spoedig mogelijk, doch uiterlijk binnen vijf werkdagen’. Acute situaties pakt "
                    "Veilig Thuis met voorrang op, vaak op dezelfde dag."
                ),
                "reference": "Handelingsprotocol 2019, veiligheidsbeoordeling; Uitvoeringsbesluit Wmo 2015, art. 4.1.7",
            },
            {
                "text": "Uiterlijk binnen vijf kalenderdagen na ontvangst van de melding.",
                "correct": False,
                "feedback": "Nee: de termijn is uitgedrukt in werkdagen, niet in kalenderdagen.",
                "reference": "Uitvoeringsbesluit Wmo 2015, art. 4.1.7",
            },
            {
                "text": "Uiterlijk binnen tien werkdagen, zodat er tijd is voor overleg met de gedragswetenschapper.",
                "correct": False,
                "feedback": (
                    "Nee: de bovengrens is vijf werkdagen. Overleg met de gedragswetenschapper hoort binnen die "
                    "termijn plaats te vinden."
                ),
                "reference": "Handelingsprotocol 2019, veiligheidsbeoordeling",
            },
            {
                "text": "Uiterlijk binnen vijf werkdagen na het eerste contact met het gezin.",
                "correct": False,
                "feedback": (
                    "Nee: de termijn begint bij ontvangst van de melding. Anders zou de tijd kunnen verstrijken "
                    "zonder dat iemand de veiligheid beoordeelt."
                ),
                "reference": "Uitvoeringsbesluit Wmo 2015, art. 4.1.7",
            },
        ],
    },
    {
        "key": "c1-meldrecht-geen-meldplicht",
        "kind": "single",
        "title": "Meldrecht of meldplicht",
        "stem": (
            "<p>Een nieuwe collega zegt: ‘Door de Wet verplichte meldcode moeten professionals elk vermoeden van "
            "kindermishandeling melden bij Veilig Thuis.’ Wat is juist?</p>"
        ),
        "competences": ["C1"],
        "forms": ["kindermishandeling", "huiselijk-geweld"],
        "difficulty": "easy",
        "points": 1,
        "explanation": (
            "De wet verplicht tot het werken met een meldcode, niet tot melden. Wel is melden bij acute of "
            "structurele onveiligheid sinds 2019 de professionele norm, ook als de professional zelf hulp biedt."
        ),
        "options": [
            {
                "text": (
                    "De wet verplicht professionals te werken met een meldcode. Er is een meldrecht, geen "
                    "meldplicht; wel is melden bij acute of structurele onveiligheid sinds 2019 de norm."
                ),
                "correct": True,
                "feedback": (
                    "Juist: de meldcode is een stappenplan. Het afwegingskader maakt melden de norm bij acute of "
                    "structurele onveiligheid, maar de wet kent geen meldplicht."
                ),
                "reference": "Wet verplichte meldcode; Afwegingskader, vraag 2",
            },
            {
                "text": "Dat klopt: elk vermoeden moet binnen vijf werkdagen worden gemeld.",
                "correct": False,
                "feedback": (
                    "Nee: er is geen meldplicht. De termijn van vijf werkdagen geldt voor de veiligheidsbeoordeling "
                    "door Veilig Thuis, niet voor de melder."
                ),
                "reference": "Wet verplichte meldcode",
            },
            {
                "text": "De wet geldt alleen voor artsen en verpleegkundigen; andere professionals mogen zelf kiezen.",
                "correct": False,
                "feedback": (
                    "Nee: de wet geldt voor professionals in verschillende sectoren, zoals zorg, onderwijs, "
                    "kinderopvang en jeugdhulp. En ook voor hen geldt een meldrecht, geen meldplicht."
                ),
                "reference": "Wet verplichte meldcode",
            },
            {
                "text": "De meldcode verplicht professionals eerst zelf hulp te bieden en pas te melden als die hulp niet werkt.",
                "correct": False,
                "feedback": (
                    "Nee: bij acute of structurele onveiligheid is melden de norm, ook als er al hulp is. Eigen hulp "
                    "komt pas aan bod bij de afwegingsvragen 3 tot en met 5."
                ),
                "reference": "Afwegingskader, vraag 2 tot en met 5",
            },
        ],
    },
    {
        "key": "c1-afwegingskader-verplicht",
        "kind": "single",
        "title": "Status van het afwegingskader",
        "stem": (
            "<p>Een huisarts belt voor advies en zegt: ‘Dat afwegingskader gebruik ik alleen als ik echt twijfel. "
            "Het is toch een hulpmiddel?’ Wat antwoordt u?</p>"
        ),
        "competences": ["C1", "C4"],
        "forms": [],
        "difficulty": "medium",
        "points": 1,
        "explanation": (
            "Sinds 1 januari 2019 is het afwegingskader een verplicht onderdeel van de meldcode. Het ondersteunt "
            "stap 4 (wegen) en stap 5 (beslissen)."
        ),
        "options": [
            {
                "text": (
                    "Sinds 1 januari 2019 is het afwegingskader een verplicht onderdeel van de meldcode; het hoort "
                    "bij stap 4 en 5 en is dus geen vrijblijvend hulpmiddel."
                ),
                "correct": True,
                "feedback": "Juist: sinds 2019 hoort het afwegingskader verplicht bij de meldcode.",
                "reference": "Wet verplichte meldcode; Afwegingskader",
            },
            {
                "text": "Dat klopt: het afwegingskader is een aanbevolen hulpmiddel dat professionals naar eigen inzicht gebruiken.",
                "correct": False,
                "feedback": "Nee: het afwegingskader is sinds 1 januari 2019 verplicht, niet alleen aanbevolen.",
                "reference": "Afwegingskader",
            },
            {
                "text": "Het afwegingskader is alleen verplicht voor medewerkers van Veilig Thuis zelf.",
                "correct": False,
                "feedback": (
                    "Nee: het afwegingskader is onderdeel van de meldcode die professionals gebruiken. Veilig Thuis "
                    "helpt bellers de vragen te beantwoorden."
                ),
                "reference": "Afwegingskader",
            },
            {
                "text": "Het afwegingskader is verplicht sinds 2015, toen Veilig Thuis werd opgericht.",
                "correct": False,
                "feedback": (
                    "Nee: in 2015 ontstond Veilig Thuis uit de samenvoeging van AMK en SHG. Het afwegingskader werd "
                    "per 1 januari 2019 verplicht."
                ),
                "reference": "Afwegingskader",
            },
        ],
    },
    {
        "key": "c1-meldcode-stappen",
        "kind": "ordering",
        "title": "De vijf stappen van de meldcode",
        "stem": "<p>Zet de vijf stappen van de meldcode huiselijk geweld en kindermishandeling in de juiste volgorde.</p>",
        "competences": ["C1"],
        "forms": ["huiselijk-geweld", "kindermishandeling"],
        "difficulty": "easy",
        "points": 2,
        "explanation": (
            "De volgorde is een leidraad, geen afvinklijst. Bij acute onveiligheid adviseert Veilig Thuis direct te "
            "melden, ook als nog niet alle stappen zijn doorlopen."
        ),
        "options": [
            {
                "text": "Signalen in kaart brengen, zo nodig met de kindcheck",
                "feedback": (
                    "Stap 1: de professional legt feitelijk vast wat hij of zij ziet en hoort. Bij ernstige problemen "
                    "van een volwassene hoort daar de kindcheck bij."
                ),
                "reference": "Meldcode stap 1",
            },
            {
                "text": "Collegiale consultatie en zo nodig Veilig Thuis of een deskundige op het gebied van letselduiding raadplegen",
                "feedback": (
                    "Stap 2: de professional toetst de signalen bij een collega, vaak de aandachtsfunctionaris, en "
                    "zo nodig bij Veilig Thuis of een forensisch arts."
                ),
                "reference": "Meldcode stap 2",
            },
            {
                "text": "Gesprek met de cliënt of de ouders",
                "feedback": (
                    "Stap 3: de professional bespreekt de zorgen met de betrokkene. Deze stap mag vervallen als het "
                    "gesprek iemands veiligheid in gevaar brengt."
                ),
                "reference": "Meldcode stap 3",
            },
            {
                "text": "Het geweld of de kindermishandeling wegen met het afwegingskader",
                "feedback": "Stap 4: de professional weegt aard, ernst en risico; bij twijfel raadpleegt hij of zij Veilig Thuis.",
                "reference": "Meldcode stap 4; Afwegingskader",
            },
            {
                "text": "Beslissen: is melden noodzakelijk, en is hulp bieden of organiseren (ook) mogelijk?",
                "feedback": "Stap 5: sinds 2019 bestaat deze stap uit twee besluiten, over melden en over hulp.",
                "reference": "Meldcode stap 5",
            },
        ],
    },
    {
        "key": "c1-wettelijke-taken",
        "kind": "multiple",
        "title": "Wettelijke taken van Veilig Thuis",
        "stem": "<p>Welke van de onderstaande taken zijn wettelijke taken van Veilig Thuis? Kies alle juiste antwoorden.</p>",
        "competences": ["C1"],
        "forms": [],
        "difficulty": "medium",
        "points": 2,
        "explanation": (
            "Veilig Thuis adviseert, ontvangt meldingen, onderzoekt, zet vervolg in gang en koppelt terug aan de "
            "melder. Het biedt zelf geen behandeling, maar organiseert hulp."
        ),
        "options": [
            {
                "text": "Advies en informatie geven aan burgers en professionals",
                "correct": True,
                "feedback": "Juist: advies geven is een wettelijke taak; Veilig Thuis is daarvoor dag en nacht bereikbaar, ook voor anoniem advies.",
                "reference": "Wettelijke taken Veilig Thuis (Wmo 2015)",
            },
            {
                "text": "Meldingen ontvangen en onderzoeken of er sprake is van huiselijk geweld of kindermishandeling",
                "correct": True,
                "feedback": "Juist: meldingen ontvangen en onderzoek doen zijn wettelijke taken.",
                "reference": "Wettelijke taken Veilig Thuis (Wmo 2015)",
            },
            {
                "text": "Terugkoppeling geven aan de melder",
                "correct": True,
                "feedback": "Juist: de melder hoort wat er met de melding is gebeurd, voor zover nodig voor de eigen rol.",
                "reference": "Wettelijke taken Veilig Thuis; Handelingsprotocol 2019, terugkoppeling aan de melder",
            },
            {
                "text": (
                    "Zo nodig vervolg in gang zetten, zoals overdracht aan vrijwillige hulp of een verzoek aan de "
                    "Raad voor de Kinderbescherming"
                ),
                "correct": True,
                "feedback": "Juist: Veilig Thuis zet vervolg in gang, ook in het gedwongen kader of via de politie.",
                "reference": "Wettelijke taken Veilig Thuis (Wmo 2015)",
            },
            {
                "text": "Langdurige traumabehandeling bieden aan slachtoffers",
                "correct": False,
                "feedback": "Nee: Veilig Thuis behandelt niet zelf, maar organiseert de hulp die nodig is.",
                "reference": "Wettelijke taken Veilig Thuis",
            },
            {
                "text": "Een tijdelijk huisverbod opleggen",
                "correct": False,
                "feedback": (
                    "Nee: de burgemeester legt het huisverbod op, in de praktijk via de hulpofficier van justitie. "
                    "Veilig Thuis zorgt dat de hulp snel op gang komt."
                ),
                "reference": "Wet tijdelijk huisverbod",
            },
        ],
    },
    {
        "key": "c1-begrippen",
        "kind": "matching",
        "title": "Kernbegrippen uit het Handelingsprotocol",
        "stem": "<p>Koppel elk begrip aan de juiste omschrijving.</p>",
        "competences": ["C1", "C6"],
        "forms": [],
        "difficulty": "medium",
        "points": 2,
        "explanation": (
            "Deze begrippen bepalen wie verantwoordelijk is voor zicht op veiligheid en hoe Veilig Thuis dat "
            "zicht houdt, van het eerste contact tot en met de monitoring."
        ),
        "options": [
            {
                "text": "Advies",
                "match": "De beller blijft verantwoordelijk",
                "feedback": "Bij advies blijft de verantwoordelijkheid bij de beller; anoniem advies is mogelijk.",
                "reference": "Handelingsprotocol 2019, advies en melding",
            },
            {
                "text": "Melding",
                "match": "Zicht op veiligheid gaat over naar Veilig Thuis",
                "feedback": "Met een melding gaat de verantwoordelijkheid voor zicht op veiligheid over naar Veilig Thuis.",
                "reference": "Handelingsprotocol 2019, advies en melding",
            },
            {
                "text": "Voorwaarden & Vervolg",
                "match": "Veilig Thuis stelt voorwaarden, partners maken het plan",
                "feedback": (
                    "Veilig Thuis stelt de veiligheidsvoorwaarden vast; ketenpartners maken de veiligheids- en "
                    "herstelplannen."
                ),
                "reference": "Handelingsprotocol 2019, Voorwaarden & Vervolg",
            },
            {
                "text": "Radarfunctie",
                "match": "Signalen over langere tijd samenbrengen",
                "feedback": "De radarfunctie is een taak, geen instrument: signalen van verschillende melders komen samen.",
                "reference": "Factsheet radarfunctie (VWS, 2017)",
            },
            {
                "text": "Monitoring",
                "match": "Nagaan of de veiligheid blijvend is",
                "feedback": "Met monitoring gaat Veilig Thuis na of het gezin veilig wordt en blijft.",
                "reference": "Handelingsprotocol 2019, monitoring",
            },
            {
                "text": "Informant",
                "match": "Geeft informatie, maar is niet de melder",
                "feedback": (
                    "Een informant wordt geraadpleegd voor informatie; de vaste terugkoppeling is bedoeld voor de "
                    "melder."
                ),
                "reference": "Handelingsprotocol 2019, terugkoppeling aan de melder",
            },
        ],
    },
    {
        "key": "c1-advies-of-melding-burger",
        "kind": "single",
        "title": "Buurman belt: advies of melding?",
        "stem": (
            "<p>Een buurman belt. Hij hoort al maanden bijna elke avond geschreeuw en gehuil bij de buren, die twee "
            "jonge kinderen hebben. Hij noemt zijn naam en zegt: ‘Ik wil dat jullie hier iets mee doen.’ Hoe "
            "behandelt u dit contact?</p>"
        ),
        "competences": ["C1", "C5"],
        "forms": ["kindermishandeling", "huiselijk-geweld"],
        "difficulty": "medium",
        "points": 1,
        "explanation": (
            "Veilig Thuis honoreert de wens om te melden als het gaat om een vermoeden van huiselijk geweld of "
            "kindermishandeling en de melder zich bekendmaakt. Dat geldt voor burgers en professionals."
        ),
        "options": [
            {
                "text": (
                    "Als melding: het gaat om een vermoeden van huiselijk geweld en kindermishandeling, de buurman "
                    "maakt zich bekend en wil dat Veilig Thuis het overneemt."
                ),
                "correct": True,
                "feedback": (
                    "Juist: aan beide voorwaarden is voldaan. Hoe ernstig de situatie is, beoordeelt Veilig Thuis "
                    "daarna in de veiligheidsbeoordeling."
                ),
                "reference": "Handelingsprotocol 2019, advies en melding",
            },
            {
                "text": "Als advies, omdat een buurman geen professional is en niet volgens de meldcode werkt.",
                "correct": False,
                "feedback": "Nee: ook burgers kunnen melden. De meldcode is er voor professionals, het meldpunt voor iedereen.",
                "reference": "Handelingsprotocol 2019, advies en melding",
            },
            {
                "text": "Als advies, omdat hij alleen geluiden hoort en niets heeft gezien.",
                "correct": False,
                "feedback": (
                    "Nee: een melding gaat over een vermoeden. Of de signalen zwaar genoeg zijn, beoordeelt Veilig "
                    "Thuis in de veiligheidsbeoordeling, niet bij de poort."
                ),
                "reference": "Handelingsprotocol 2019, advies en melding",
            },
            {
                "text": "Als melding, maar pas nadat hij zelf met de buren heeft gesproken.",
                "correct": False,
                "feedback": (
                    "Nee: een gesprek met de betrokkenen is geen voorwaarde om te melden. Voor een buurman kan zo'n "
                    "gesprek bovendien onveilig zijn."
                ),
                "reference": "Handelingsprotocol 2019, advies en melding",
            },
        ],
    },
    # ==========================================================================================
    # C2 — Signaleren en duiden
    # ==========================================================================================
    {
        "key": "c2-signaal-vorm",
        "kind": "matching",
        "title": "Signaal en vorm van geweld",
        "stem": "<p>Welke vorm van geweld past het best bij elk signaal? Koppel elk signaal aan een vorm.</p>",
        "competences": ["C2", "C8"],
        "forms": ["vgv", "huwelijksdwang-achterlating", "ouderenmishandeling"],
        "difficulty": "medium",
        "points": 2,
        "explanation": (
            "Vormen van geweld overlappen elkaar soms; huwelijksdwang kan bijvoorbeeld eergerelateerd zijn. Het "
            "gaat erom dat u de vorm herkent die de specifieke expertise en risico's bepaalt."
        ),
        "options": [
            {
                "text": "Een meisje van 9 vertelt dat zij deze zomer in het land van herkomst van haar ouders ‘besneden’ wordt.",
                "match": "Vrouwelijke genitale verminking",
                "feedback": "Dit is een signaal van dreigende VGV, een schadelijke praktijk waarbij aanvullende stappen gelden.",
                "reference": "Meldcode, aanvullende stappen bij VGV",
            },
            {
                "text": "Een leerling van 17 vertelt dat haar ouders een huwelijk voor haar hebben geregeld en dat zij niet mag weigeren.",
                "match": "Huwelijksdwang",
                "feedback": "Een huwelijk waarin zij geen vrije keuze heeft, is huwelijksdwang. Het LKHA heeft hier expertise.",
                "reference": "Vormen van geweld: huwelijksdwang en achterlating",
            },
            {
                "text": "Een kleinzoon beheert de rekening van zijn oma (82); zij heeft geen geld meer voor boodschappen.",
                "match": "Ouderenmishandeling",
                "feedback": "Financieel misbruik van iemand van 65 jaar of ouder is ouderenmishandeling, en de meest voorkomende vorm.",
                "reference": "Definitie ouderenmishandeling",
            },
            {
                "text": "Een jonge vrouw werkt voor een ‘schuld’ in een nagelsalon, slaapt daar en heeft haar paspoort niet.",
                "match": "Mensenhandel",
                "feedback": "Schuld, wonen op de werkplek en het ontbreken van eigen papieren wijzen op arbeidsuitbuiting.",
                "reference": "Vormen van geweld: mensenhandel en uitbuiting",
            },
            {
                "text": "Een vrouw wordt door haar broers bedreigd omdat zij met haar nieuwe vriend ‘de familie te schande maakt’.",
                "match": "Eergerelateerd geweld",
                "feedback": "Dreiging vanuit de familie om de ‘eer’ te herstellen is eergerelateerd geweld.",
                "reference": "Vormen van geweld: eergerelateerd geweld",
            },
            {
                "text": "Een man vertelt dat zijn vrouw hem regelmatig slaat en zijn telefoon en geld controleert.",
                "match": "Partnergeweld",
                "feedback": "Geweld en controle binnen een relatie is partnergeweld; ook mannen kunnen slachtoffer zijn.",
                "reference": "Wmo 2015, definitie huiselijk geweld",
            },
        ],
    },
    {
        "key": "c2-huiselijke-kring",
        "kind": "single",
        "title": "De huiselijke kring",
        "stem": "<p>In de definitie van huiselijk geweld staat ‘iemand uit de huiselijke kring’. Welke situatie valt daaronder?</p>",
        "competences": ["C2", "C1"],
        "forms": ["huiselijk-geweld", "partnergeweld"],
        "difficulty": "medium",
        "points": 1,
        "explanation": (
            "‘Huiselijk’ verwijst naar de relatie tussen pleger en slachtoffer, niet naar de plek. Tot de huiselijke "
            "kring horen (ex-)partners, gezins- en familieleden, huisgenoten, mantelzorgers en huisvrienden."
        ),
        "options": [
            {
                "text": "Een vrouw wordt op straat bedreigd door haar ex-partner, met wie zij al twee jaar niet meer samenwoont.",
                "correct": True,
                "feedback": "Juist: een ex-partner hoort tot de huiselijke kring, ook als het geweld buiten de woning plaatsvindt.",
                "reference": "Wmo 2015, definitie huiselijk geweld",
            },
            {
                "text": "Een man wordt in zijn eigen woning mishandeld door een inbreker.",
                "correct": False,
                "feedback": "Nee: het geweld vindt wel thuis plaats, maar de pleger hoort niet tot de huiselijke kring.",
                "reference": "Wmo 2015, definitie huiselijk geweld",
            },
            {
                "text": "Een buurvrouw wordt in de portiek lastiggevallen door een onbekende jongen.",
                "correct": False,
                "feedback": "Nee: een onbekende hoort niet tot de huiselijke kring.",
                "reference": "Wmo 2015, definitie huiselijk geweld",
            },
            {
                "text": "Een scholier wordt op het schoolplein geslagen door een klasgenoot.",
                "correct": False,
                "feedback": "Nee: een klasgenoot hoort niet tot de huiselijke kring; dit is geweld op school.",
                "reference": "Wmo 2015, definitie huiselijk geweld",
            },
        ],
    },
    {
        "key": "c2-getuige-partnergeweld",
        "kind": "single",
        "title": "Kind als getuige van partnergeweld",
        "stem": (
            "<p>Daan (9) is er regelmatig bij als zijn vader zijn moeder slaat. Hij is zelf nooit geslagen. Hoe "
            "duidt u de situatie van Daan?</p>"
        ),
        "competences": ["C2"],
        "forms": ["kindermishandeling", "partnergeweld"],
        "difficulty": "easy",
        "points": 1,
        "explanation": (
            "Getuige zijn van huiselijk geweld valt onder de definitie van kindermishandeling. Bij partnergeweld "
            "zijn kinderen dus altijd ook zelf slachtoffer."
        ),
        "options": [
            {
                "text": "Als kindermishandeling: getuige zijn van huiselijk geweld valt onder de definitie van kindermishandeling.",
                "correct": True,
                "feedback": "Juist: ook zonder eigen letsel is Daan slachtoffer van kindermishandeling.",
                "reference": "Jeugdwet, definitie kindermishandeling",
            },
            {
                "text": "Als partnergeweld, waar Daan alleen zijdelings bij betrokken is.",
                "correct": False,
                "feedback": "Nee: voor Daan is het meemaken van het geweld zelf een vorm van kindermishandeling.",
                "reference": "Jeugdwet, definitie kindermishandeling",
            },
            {
                "text": "Niet als geweld tegen Daan, zolang hij zelf geen letsel heeft.",
                "correct": False,
                "feedback": "Nee: kindermishandeling vraagt geen lichamelijk letsel; ook psychische schade telt.",
                "reference": "Jeugdwet, definitie kindermishandeling",
            },
            {
                "text": "Pas als kindermishandeling als Daan zelf over het geweld vertelt.",
                "correct": False,
                "feedback": (
                    "Nee: een onthulling maakt de situatie acuut, maar de definitie hangt er niet van af. Getuige zijn "
                    "is al kindermishandeling."
                ),
                "reference": "Jeugdwet, definitie kindermishandeling",
            },
        ],
    },
    {
        "key": "c2-ouderenmishandeling-vorm",
        "kind": "single",
        "title": "Meest voorkomende vorm van ouderenmishandeling",
        "stem": "<p>Wat is volgens de beschikbare gegevens de meest voorkomende vorm van ouderenmishandeling?</p>",
        "competences": ["C2"],
        "forms": ["ouderenmishandeling"],
        "difficulty": "easy",
        "points": 1,
        "explanation": (
            "Ouderenmishandeling is handelen of nalaten tegenover iemand van 65 jaar of ouder, binnen een "
            "persoonlijke of professionele relatie, waardoor lichamelijke, psychische en/of materiële schade "
            "ontstaat. Financieel misbruik komt het meest voor en is vaak weinig zichtbaar."
        ),
        "options": [
            {
                "text": "Financieel misbruik",
                "correct": True,
                "feedback": "Juist: financieel misbruik is de meest voorkomende vorm, vaak door iemand die de oudere vertrouwt.",
                "reference": "Definitie ouderenmishandeling",
            },
            {
                "text": "Lichamelijke mishandeling",
                "correct": False,
                "feedback": "Nee: lichamelijke mishandeling komt voor, maar minder vaak dan financieel misbruik.",
                "reference": "Definitie ouderenmishandeling",
            },
            {
                "text": "Verwaarlozing door professionele zorgverleners",
                "correct": False,
                "feedback": "Nee: ook dit valt onder ouderenmishandeling, maar het is niet de meest voorkomende vorm.",
                "reference": "Definitie ouderenmishandeling",
            },
            {
                "text": "Psychische mishandeling, zoals kleineren en bedreigen",
                "correct": False,
                "feedback": "Nee: psychische mishandeling komt voor, maar financieel misbruik komt het meest voor.",
                "reference": "Definitie ouderenmishandeling",
            },
        ],
    },
    {
        "key": "c2-signalen-financieel-misbruik",
        "kind": "multiple",
        "title": "Signalen van financieel misbruik",
        "stem": (
            "<p>Een wijkverpleegkundige beschrijft een cliënt van 86 met beginnende dementie. Welke signalen kunnen "
            "wijzen op financieel misbruik? Kies alle juiste antwoorden.</p>"
        ),
        "competences": ["C2"],
        "forms": ["ouderenmishandeling"],
        "difficulty": "medium",
        "points": 2,
        "explanation": (
            "Financieel misbruik toont zich vaak indirect: in tekorten, onbetaalde rekeningen en afhankelijkheid van "
            "één persoon die het geld beheert. Let op signalen die niet uit de dementie zelf te verklaren zijn."
        ),
        "options": [
            {
                "text": "De koelkast is vaak leeg, terwijl er voldoende pensioen binnenkomt.",
                "correct": True,
                "feedback": "Juist: een tekort dat niet past bij het inkomen is een belangrijk signaal.",
                "reference": "Definitie ouderenmishandeling (materiële schade)",
            },
            {
                "text": "Er liggen onbetaalde rekeningen en aanmaningen.",
                "correct": True,
                "feedback": "Juist: zeker als iemand anders de bankzaken regelt, vraagt dit om uitleg.",
                "reference": "Definitie ouderenmishandeling (materiële schade)",
            },
            {
                "text": "Een familielid heeft de pinpas en geeft de cliënt weinig inzicht in diens geld.",
                "correct": True,
                "feedback": "Juist: afhankelijkheid en gebrek aan inzicht maken misbruik mogelijk en moeilijk zichtbaar.",
                "reference": "Definitie ouderenmishandeling",
            },
            {
                "text": "De cliënt wordt onrustig of angstig als het over dat familielid of over geld gaat.",
                "correct": True,
                "feedback": "Juist: angst of loyaliteit rond de persoon die het geld beheert, is een signaal.",
                "reference": "Definitie ouderenmishandeling",
            },
            {
                "text": "De cliënt vergeet soms een afspraak met de huisarts.",
                "correct": False,
                "feedback": "Nee: dit past bij de dementie zelf en zegt op zichzelf niets over misbruik.",
                "reference": "Definitie ouderenmishandeling",
            },
            {
                "text": "De cliënt krijgt dagelijks bezoek van zijn dochter.",
                "correct": False,
                "feedback": "Nee: regelmatig bezoek is op zichzelf geen signaal van misbruik.",
                "reference": "Definitie ouderenmishandeling",
            },
        ],
    },
    {
        "key": "c2-letselduiding",
        "kind": "single",
        "title": "Wie duidt het letsel?",
        "stem": (
            "<p>Een leerkracht meldt een blauwe plek bij een kind van 5. De vader zegt dat het kind van de trap is "
            "gevallen. Wie raadpleegt u om te beoordelen of het letsel bij die uitleg past?</p>"
        ),
        "competences": ["C2", "C3"],
        "forms": ["kindermishandeling"],
        "difficulty": "medium",
        "points": 1,
        "explanation": (
            "Letselduiding vraagt medische deskundigheid. De vertrouwensarts is de medische sparringpartner binnen "
            "Veilig Thuis; zo nodig wordt een forensisch arts betrokken."
        ),
        "options": [
            {
                "text": "De vertrouwensarts, die zo nodig een forensisch arts betrekt.",
                "correct": True,
                "feedback": "Juist: of letsel past bij de gegeven uitleg, is een medische vraag.",
                "reference": "Meldcode stap 2, letselduiding; taken vertrouwensarts",
            },
            {
                "text": "De leerkracht, omdat zij het kind dagelijks ziet.",
                "correct": False,
                "feedback": "Nee: de waarnemingen van de leerkracht zijn waardevol, maar zij kan letsel niet medisch duiden.",
                "reference": "Meldcode stap 2, letselduiding",
            },
            {
                "text": "De gedragswetenschapper, omdat die het risico beoordeelt.",
                "correct": False,
                "feedback": (
                    "Nee: de gedragswetenschapper beslist mee over de route en het risico, maar letselduiding is "
                    "medisch werk."
                ),
                "reference": "Meldcode stap 2, letselduiding",
            },
            {
                "text": "De wijkagent, omdat letsel kan wijzen op een strafbaar feit.",
                "correct": False,
                "feedback": "Nee: de politie kan later een rol krijgen, maar beoordeelt het letsel niet medisch.",
                "reference": "Meldcode stap 2, letselduiding",
            },
        ],
    },
    {
        "key": "c2-complexe-scheiding",
        "kind": "single",
        "title": "Kind in een vechtscheiding",
        "stem": (
            "<p>Ouders zijn twee jaar gescheiden en voeren een felle strijd over de omgang. Hun dochter (10) hoort "
            "beide ouders regelmatig vijandig over de ander praten en ziet ruzies bij de overdracht. Er is geen "
            "lichamelijk geweld. Hoe duidt u dit?</p>"
        ),
        "competences": ["C2", "C3"],
        "forms": ["kindermishandeling", "huiselijk-geweld"],
        "difficulty": "hard",
        "points": 1,
        "explanation": (
            "Een complexe scheiding met vijandigheid tussen de ouders, waarvan het kind getuige is, geldt als "
            "(risico op) kindermishandeling. Lichamelijk geweld is daarvoor niet nodig."
        ),
        "options": [
            {
                "text": (
                    "Als (risico op) kindermishandeling: een vijandig ouderconflict waarvan het kind getuige is, geldt "
                    "als kindermishandeling."
                ),
                "correct": True,
                "feedback": "Juist: de dochter maakt het conflict mee; dat kan haar ernstige schade toebrengen.",
                "reference": "Jeugdwet, definitie kindermishandeling (getuige zijn; complexe scheiding)",
            },
            {
                "text": "Als een juridisch conflict over de omgang, waarvoor de rechter de aangewezen instantie is.",
                "correct": False,
                "feedback": (
                    "Nee: de rechter beslist over de omgang, maar dat maakt de schade voor het kind niet kleiner. De "
                    "veiligheid van het kind vraagt een eigen beoordeling."
                ),
                "reference": "Jeugdwet, definitie kindermishandeling",
            },
            {
                "text": "Als een opvoedingsprobleem, zolang er geen lichamelijk geweld is.",
                "correct": False,
                "feedback": "Nee: ook psychisch geweld en getuige zijn van vijandigheid tussen ouders vallen onder kindermishandeling.",
                "reference": "Jeugdwet, definitie kindermishandeling",
            },
            {
                "text": "Pas als kindermishandeling als een van de ouders het kind openlijk tegen de ander opzet.",
                "correct": False,
                "feedback": (
                    "Nee: dat zou de situatie ernstiger maken, maar de vijandigheid waar het kind getuige van is, "
                    "telt al."
                ),
                "reference": "Jeugdwet, definitie kindermishandeling",
            },
        ],
    },
    # ==========================================================================================
    # C3 — Veiligheid en risico taxeren
    # ==========================================================================================
    {
        "key": "c3-instrumenten",
        "kind": "matching",
        "title": "Instrumenten en hun doel",
        "stem": "<p>Koppel elk instrument of elke werkwijze aan waarvoor het bedoeld is.</p>",
        "competences": ["C3"],
        "forms": [],
        "difficulty": "medium",
        "points": 2,
        "explanation": (
            "Instrumenten structureren en onderbouwen een oordeel. Ze vervangen nooit het overleg met de "
            "gedragswetenschapper, het gesprek met het gezin of de toets op eigen vooroordelen."
        ),
        "options": [
            {
                "text": "LIRIK",
                "match": "Checklist die het oordeel over kindveiligheid structureert",
                "feedback": "De LIRIK is een lichte checklist van ongeveer twintig vragen; geen beslisboom.",
                "reference": "LIRIK (NJi)",
            },
            {
                "text": "ARIJ",
                "match": "Actuariële veiligheids- en risicotaxatie in de jeugdbescherming",
                "feedback": "De ARIJ kent een veiligheidstaxatie, een risicotaxatie en een dynamisch risicoprofiel.",
                "reference": "ARIJ",
            },
            {
                "text": "B-SAFER",
                "match": "Risico op herhaling van partnergeweld",
                "feedback": "De B-SAFER is een gestructureerd professioneel oordeel over herhaling van partnergeweld.",
                "reference": "B-SAFER",
            },
            {
                "text": "RiHG",
                "match": "Besluit over een tijdelijk huisverbod",
                "feedback": "De hulpofficier van justitie gebruikt de RiHG om te beslissen over een tijdelijk huisverbod.",
                "reference": "RiHG; Wet tijdelijk huisverbod",
            },
            {
                "text": "Signs of Safety",
                "match": "Veiligheidsplan met gezin en netwerk",
                "feedback": "Een oplossingsgerichte werkwijze die samen met gezin en netwerk leidt tot een veiligheidsplan.",
                "reference": "Signs of Safety",
            },
            {
                "text": "Kindcheck",
                "match": "Nagaan of er kinderen afhankelijk zijn van de cliënt",
                "feedback": "De kindcheck hoort bij meldcode stap 1, bij volwassen cliënten met ernstige problemen.",
                "reference": "Meldcode stap 1, kindcheck",
            },
        ],
    },
    {
        "key": "c3-begrippen-veiligheid",
        "kind": "matching",
        "title": "Begrippen rond veiligheid",
        "stem": "<p>Koppel elk begrip aan de juiste omschrijving.</p>",
        "competences": ["C3", "C1"],
        "forms": [],
        "difficulty": "easy",
        "points": 2,
        "explanation": (
            "Acute en structurele onveiligheid bepalen bij afwegingsvraag 2 of melden de norm is. Een "
            "veiligheidstaxatie kijkt naar nu, een risicotaxatie naar de toekomst."
        ),
        "options": [
            {
                "text": "Acute onveiligheid",
                "match": "Direct gevaar; veiligheid komende dagen niet gewaarborgd",
                "feedback": "Bijvoorbeeld lichamelijk of seksueel geweld, of het ontbreken van de meest basale zorg.",
                "reference": "Afwegingskader, definities",
            },
            {
                "text": "Structurele onveiligheid",
                "match": "Onveilige situaties herhalen zich of duren voort",
                "feedback": "Het gaat om herhaling of voortduring van onveilige situaties of geweld.",
                "reference": "Afwegingskader, definities",
            },
            {
                "text": "Onthulling",
                "match": "Een kind of afhankelijke volwassene vertelt zelf",
                "feedback": "Een onthulling wordt behandeld als acute onveiligheid.",
                "reference": "Afwegingskader, definities",
            },
            {
                "text": "Veiligheidstaxatie",
                "match": "Oordeel over de veiligheid nu",
                "feedback": "Is er nu direct gevaar? Dat is de vraag van de veiligheidstaxatie.",
                "reference": "Handelingsprotocol 2019, veiligheidsbeoordeling",
            },
            {
                "text": "Risicotaxatie",
                "match": "Inschatting van het risico in de toekomst",
                "feedback": "Een risicotaxatie schat de kans op (herhaling van) geweld in de toekomst in.",
                "reference": "ARIJ; B-SAFER",
            },
        ],
    },
    {
        "key": "c3-onthulling-acuut",
        "kind": "single",
        "title": "Onthulling zonder letsel",
        "stem": (
            "<p>Een meisje van 11 vertelt haar mentor dat haar stiefvader ‘aan haar zit’ als haar moeder werkt. Er "
            "is geen zichtbaar letsel. Hoe weegt u dit bij afwegingsvraag 2?</p>"
        ),
        "competences": ["C3", "C2"],
        "forms": ["kindermishandeling", "seksueel-geweld"],
        "difficulty": "easy",
        "points": 1,
        "explanation": (
            "Een onthulling door een kind wordt behandeld als acute onveiligheid. De mentor meldt, en Veilig Thuis "
            "pakt de melding met voorrang op."
        ),
        "options": [
            {
                "text": "Als acute onveiligheid: een onthulling door een kind wordt behandeld als acute onveiligheid.",
                "correct": True,
                "feedback": "Juist: de onthulling maakt melden de norm, ook zonder zichtbaar letsel.",
                "reference": "Afwegingskader, vraag 2; definities",
            },
            {
                "text": "Als structurele onveiligheid, omdat het vaker lijkt te gebeuren; spoed is niet nodig.",
                "correct": False,
                "feedback": (
                    "Nee: er kan ook sprake zijn van structurele onveiligheid, maar een onthulling geldt als acuut. "
                    "Spoed is dus wel nodig."
                ),
                "reference": "Afwegingskader, definities",
            },
            {
                "text": "Nog niet als onveiligheid: zonder letsel of bevestiging door een volwassene is er onvoldoende grond.",
                "correct": False,
                "feedback": "Nee: bij seksueel misbruik is er vaak geen zichtbaar letsel. Het verhaal van het kind is de grond.",
                "reference": "Afwegingskader, definities",
            },
            {
                "text": "Dat hangt af van het gesprek van de mentor met de moeder (meldcode stap 3).",
                "correct": False,
                "feedback": (
                    "Nee: een gesprek met de moeder kan het meisje in gevaar brengen, bijvoorbeeld als de stiefvader "
                    "ervan hoort. Stap 3 mag dan vervallen."
                ),
                "reference": "Meldcode stap 3; Afwegingskader, vraag 2",
            },
        ],
    },
    {
        "key": "c3-acute-onveiligheid",
        "kind": "multiple",
        "title": "Wat is acute onveiligheid?",
        "stem": (
            "<p>Welke situaties vallen onder acute onveiligheid zoals het afwegingskader die omschrijft? Kies alle "
            "juiste antwoorden.</p>"
        ),
        "competences": ["C3"],
        "forms": ["kindermishandeling", "partnergeweld"],
        "difficulty": "medium",
        "points": 2,
        "explanation": (
            "Acute onveiligheid is direct fysiek gevaar, waarbij de veiligheid de komende dagen niet gewaarborgd is: "
            "lichamelijk of seksueel geweld, het ontbreken van de meest basale zorg, of onnodige medische zorg of "
            "medicatie."
        ),
        "options": [
            {
                "text": "Een baby van vier maanden krijgt al dagen te weinig voeding en is zichtbaar vermagerd.",
                "correct": True,
                "feedback": "Juist: hier ontbreekt de meest basale zorg.",
                "reference": "Afwegingskader, definities",
            },
            {
                "text": "Een vrouw vertelt dat haar partner haar gisteren heeft geslagen en heeft gedreigd vanavond terug te komen.",
                "correct": True,
                "feedback": "Juist: recent lichamelijk geweld en een concrete dreiging; de veiligheid is niet gewaarborgd.",
                "reference": "Afwegingskader, definities",
            },
            {
                "text": "Een kind wordt steeds opnieuw naar artsen gebracht en krijgt medicatie die het niet nodig heeft.",
                "correct": True,
                "feedback": "Juist: onnodige medische zorg of medicatie valt onder acute onveiligheid.",
                "reference": "Afwegingskader, definities",
            },
            {
                "text": "Ouders maken sinds een jaar af en toe ruzie over geld, zonder geweld of dreiging.",
                "correct": False,
                "feedback": "Nee: ruzie zonder geweld of dreiging is op zichzelf geen acute onveiligheid.",
                "reference": "Afwegingskader, definities",
            },
            {
                "text": "Een leerling komt de laatste maanden vaak te laat op school.",
                "correct": False,
                "feedback": "Nee: dit kan een signaal zijn dat aandacht verdient, maar het is geen direct fysiek gevaar.",
                "reference": "Afwegingskader, definities",
            },
        ],
    },
    {
        "key": "c3-risicosignalen-partnergeweld",
        "kind": "multiple",
        "title": "Risicosignalen bij partnergeweld",
        "stem": (
            "<p>Na een huisverbod beoordeelt u het risico op herhaling van partnergeweld. Welke gegevens weegt u in "
            "een gestructureerde risicotaxatie als ernstige signalen? Kies alle juiste antwoorden.</p>"
        ),
        "competences": ["C3", "C4"],
        "forms": ["partnergeweld", "kindermishandeling"],
        "difficulty": "hard",
        "points": 2,
        "explanation": (
            "Herhaald bij de keel grijpen, bagatelliseren, alcoholgebruik en kinderen die het geweld meemaken, wegen "
            "zwaar in een gestructureerde risicotaxatie, zoals met de B-SAFER. Leg bij elk signaal de bron vast."
        ),
        "options": [
            {
                "text": "De partner heeft het slachtoffer bij ruzies herhaaldelijk bij de keel gegrepen.",
                "correct": True,
                "feedback": "Juist: herhaald bij de keel grijpen is een ernstig signaal.",
                "reference": "B-SAFER; risicotaxatie partnergeweld",
            },
            {
                "text": "De pleger bagatelliseert het geweld (‘het liep uit de hand’, ‘ik doe nooit echt iets’).",
                "correct": True,
                "feedback": "Juist: bagatelliseren wijst op weinig probleembesef en verhoogt het risico op herhaling.",
                "reference": "B-SAFER",
            },
            {
                "text": "Er wordt alcohol gebruikt rond de incidenten.",
                "correct": True,
                "feedback": "Juist: middelengebruik is een bekende risicofactor bij partnergeweld.",
                "reference": "B-SAFER",
            },
            {
                "text": "De kinderen maken het geweld mee.",
                "correct": True,
                "feedback": "Juist: de kinderen zijn zelf slachtoffer, en dat weegt mee in het oordeel over het hele gezin.",
                "reference": "Jeugdwet, definitie kindermishandeling; risicotaxatie partnergeweld",
            },
            {
                "text": "Het slachtoffer zegt dat het de eerste keer was.",
                "correct": False,
                "feedback": (
                    "Nee: dit is op zichzelf geen risicosignaal, maar ook geen geruststelling. Het is een reden om "
                    "door te vragen in een apart gesprek."
                ),
                "reference": "Risicotaxatie partnergeweld",
            },
            {
                "text": "De pleger heeft een vaste baan.",
                "correct": False,
                "feedback": "Nee: een vaste baan verhoogt het risico niet.",
                "reference": "B-SAFER",
            },
        ],
    },
    {
        "key": "c3-veiligheid-of-risico",
        "kind": "single",
        "title": "Veiligheidstaxatie en risicotaxatie",
        "stem": "<p>Wat is het verschil tussen een veiligheidstaxatie en een risicotaxatie?</p>",
        "competences": ["C3"],
        "forms": [],
        "difficulty": "medium",
        "points": 1,
        "explanation": (
            "De ARIJ laat het onderscheid goed zien: een veiligheidstaxatie (is er direct gevaar?), een "
            "risicotaxatie (laag, midden of hoog risico) en een dynamisch risicoprofiel voor monitoring."
        ),
        "options": [
            {
                "text": (
                    "Een veiligheidstaxatie beoordeelt of er nu direct gevaar is; een risicotaxatie schat de kans op "
                    "(herhaling van) geweld in de toekomst in."
                ),
                "correct": True,
                "feedback": "Juist: het verschil zit in de tijd, nu tegenover straks.",
                "reference": "ARIJ; Handelingsprotocol 2019, veiligheidsbeoordeling",
            },
            {
                "text": "Een veiligheidstaxatie doet de politie, een risicotaxatie doet Veilig Thuis.",
                "correct": False,
                "feedback": "Nee: het verschil zit niet in wie de taxatie doet, maar in waarover die gaat.",
                "reference": "ARIJ",
            },
            {
                "text": "Een veiligheidstaxatie gaat over kinderen, een risicotaxatie over volwassenen.",
                "correct": False,
                "feedback": "Nee: beide soorten taxatie kunnen over kinderen en over volwassenen gaan.",
                "reference": "ARIJ; B-SAFER",
            },
            {
                "text": "Het zijn twee woorden voor hetzelfde; sinds 2019 heet het allebei veiligheidsbeoordeling.",
                "correct": False,
                "feedback": (
                    "Nee: ‘veiligheidsbeoordeling’ is de naam van een fase in het werk van Veilig Thuis. Veiligheids- "
                    "en risicotaxatie zijn verschillende oordelen."
                ),
                "reference": "Handelingsprotocol 2019, veiligheidsbeoordeling",
            },
        ],
    },
    {
        "key": "c3-lirik",
        "kind": "single",
        "title": "Wat de LIRIK wel en niet doet",
        "stem": (
            "<p>Een collega wil de LIRIK gebruiken om ‘objectief vast te stellen’ of een kind onveilig is. Wat is "
            "juist over de LIRIK?</p>"
        ),
        "competences": ["C3", "C9"],
        "forms": ["kindermishandeling"],
        "difficulty": "hard",
        "points": 1,
        "explanation": (
            "De LIRIK structureert het oordeel en verbreedt de blik. Het objectiveert dat oordeel niet; het besluit "
            "blijft een professionele afweging, samen met de gedragswetenschapper."
        ),
        "options": [
            {
                "text": (
                    "Een checklist die het professionele oordeel structureert en tunnelvisie helpt voorkomen; "
                    "onderzoek liet geen betere overeenstemming of voorspelling zien."
                ),
                "correct": True,
                "feedback": (
                    "Juist: onderzoek vond geen betere overeenstemming tussen beoordelaars of betere voorspelling, "
                    "wel een bredere blik en minder tunnelvisie."
                ),
                "reference": "LIRIK (NJi), onderzoek naar betrouwbaarheid en validiteit",
            },
            {
                "text": "Een gevalideerd actuarieel instrument dat de kans op toekomstige mishandeling in een percentage uitdrukt.",
                "correct": False,
                "feedback": "Nee: de LIRIK is geen actuarieel instrument; de ARIJ is dat wel.",
                "reference": "LIRIK (NJi); ARIJ",
            },
            {
                "text": "Een beslisboom: bij een hoge score volgt automatisch een melding.",
                "correct": False,
                "feedback": "Nee: de LIRIK is uitdrukkelijk geen beslisboom.",
                "reference": "LIRIK (NJi)",
            },
            {
                "text": "Een instrument om het risico op herhaling van partnergeweld in te schatten.",
                "correct": False,
                "feedback": "Nee: daarvoor is bijvoorbeeld de B-SAFER bedoeld. De LIRIK gaat over kindveiligheid.",
                "reference": "LIRIK (NJi); B-SAFER",
            },
        ],
    },
    {
        "key": "c3-open-urgentie",
        "kind": "open",
        "title": "Urgentie bij een onthulling met letsel",
        "stem": (
            "<p>Maandag om 11.00 uur belt de intern begeleider van een basisschool. Lotte (6) heeft een verse "
            "brandwond op haar onderarm. Tegen haar juf zei zij: ‘Mama werd boos en toen deed ze het strijkijzer "
            "tegen mijn arm.’ Moeder haalt Lotte om 14.30 uur op. De intern begeleider maakt zich bekend en wil "
            "melden.</p>"
            "<p>Beschrijf hoe u de veiligheid inschat en welke acties u vandaag onderneemt. Onderbouw uw antwoord "
            "met het afwegingskader en het Handelingsprotocol.</p>"
        ),
        "competences": ["C3", "C1", "C4"],
        "forms": ["kindermishandeling"],
        "difficulty": "hard",
        "points": 6,
        "explanation": (
            "Een onthulling met vers letsel is acute onveiligheid. De termijn van vijf werkdagen is dan niet "
            "leidend: het moment waarop moeder Lotte ophaalt, bepaalt de urgentie."
        ),
        "model_answer": (
            "<p>Er is sprake van <b>acute onveiligheid</b>: Lotte vertelt zelf wat er gebeurde (onthulling) en er is "
            "vers letsel. Bij afwegingsvraag 2 is melden dan de norm, en Veilig Thuis pakt de melding met voorrang "
            "op, vandaag en vóór 14.30 uur. De vijf werkdagen zijn een maximum.</p>"
            "<p>Acties:</p>"
            "<ul>"
            "<li>de melding registreren en de intern begeleider vragen Lottes woorden letterlijk en de "
            "waarnemingen feitelijk vast te leggen;</li>"
            "<li>de vertrouwensarts inschakelen voor de duiding van het letsel en zorgen dat de wond medisch wordt "
            "bekeken;</li>"
            "<li>nagaan of het gezin eerder bekend is (radarfunctie);</li>"
            "<li>met de gedragswetenschapper beslissen wat vóór 14.30 uur nodig is om Lotte te beschermen, zo nodig "
            "met de crisisdienst of de politie;</li>"
            "<li>de school vragen het gesprek met de moeder niet zelf aan te gaan zolang niet duidelijk is hoe "
            "Lotte veilig blijft.</li>"
            "</ul>"
        ),
        "rubric": [
            {
                "criterion": "Benoemt de acute onveiligheid",
                "levels": [
                    {
                        "label": "Onvoldoende",
                        "points": 0,
                        "description": "Ziet de onthulling en het verse letsel niet als acute onveiligheid, of kiest de gewone termijn.",
                    },
                    {
                        "label": "Voldoende",
                        "points": 1,
                        "description": "Noemt acute onveiligheid, maar onderbouwt dat niet met de onthulling, het letsel of het afwegingskader.",
                    },
                    {
                        "label": "Goed",
                        "points": 2,
                        "description": "Benoemt onthulling en vers letsel als acute onveiligheid en verwijst naar afwegingsvraag 2.",
                    },
                ],
            },
            {
                "criterion": "Kiest passende acties met de juiste urgentie",
                "levels": [
                    {
                        "label": "Onvoldoende",
                        "points": 0,
                        "description": "Noemt geen concrete acties, of acties die pas na dagen volgen.",
                    },
                    {
                        "label": "Voldoende",
                        "points": 1,
                        "description": "Noemt enkele passende acties, maar zonder tijdsgrens of zonder aandacht voor het ophaalmoment.",
                    },
                    {
                        "label": "Goed",
                        "points": 2,
                        "description": "Handelt vandaag en vóór 14.30 uur, met een besluit samen met de gedragswetenschapper en zo nodig crisisdienst of politie.",
                    },
                ],
            },
            {
                "criterion": "Betrekt de juiste deskundigheid en bronnen",
                "levels": [
                    {
                        "label": "Onvoldoende",
                        "points": 0,
                        "description": "Noemt geen medische deskundigheid en gaat niet na of het gezin eerder bekend is.",
                    },
                    {
                        "label": "Voldoende",
                        "points": 1,
                        "description": "Noemt de vertrouwensarts of de radarcheck, maar niet beide.",
                    },
                    {
                        "label": "Goed",
                        "points": 2,
                        "description": "Noemt de vertrouwensarts, de radarcheck en feitelijke vastlegging van Lottes woorden door de school.",
                    },
                ],
            },
        ],
    },
    # ==========================================================================================
    # C4 — Besluitvorming onder onzekerheid
    # ==========================================================================================
    {
        "key": "c4-afwegingskader-volgorde",
        "kind": "ordering",
        "title": "De vijf vragen van het afwegingskader",
        "stem": "<p>Zet de vijf vragen van het afwegingskader in de volgorde waarin een professional ze beantwoordt.</p>",
        "competences": ["C4", "C1"],
        "forms": [],
        "difficulty": "medium",
        "points": 2,
        "explanation": (
            "Is het antwoord op vraag 2 ja, dan meldt de professional en beantwoordt hij of zij de vragen 3 tot en "
            "met 5 samen met Veilig Thuis. Bij nee op vraag 3, 4 of 5 volgt (alsnog) een melding."
        ),
        "options": [
            {
                "text": "Heb ik op basis van stap 1 tot en met 4 een vermoeden van (dreiging van) huiselijk geweld of kindermishandeling?",
                "feedback": "Vraag 1: zonder vermoeden sluit de professional af en legt dat vast.",
                "reference": "Afwegingskader, vraag 1",
            },
            {
                "text": "Is er sprake van acute en/of structurele onveiligheid?",
                "feedback": "Vraag 2: bij ja volgt een melding bij Veilig Thuis.",
                "reference": "Afwegingskader, vraag 2",
            },
            {
                "text": "Kan ik effectieve hulp bieden of organiseren?",
                "feedback": "Vraag 3: kan de professional dat niet, dan meldt hij of zij.",
                "reference": "Afwegingskader, vraag 3",
            },
            {
                "text": "Aanvaarden de betrokkenen de hulp en verbinden zij zich daaraan?",
                "feedback": "Vraag 4: zonder aanvaarding van de hulp volgt een melding.",
                "reference": "Afwegingskader, vraag 4",
            },
            {
                "text": "Leidt de hulp binnen de gewenste termijn tot de noodzakelijke resultaten voor veiligheid en welzijn?",
                "feedback": (
                    "Vraag 5: zo niet, dan volgt (alsnog) een melding. Zo ja, dan sluit de professional af met "
                    "afspraken over het volgen van de veiligheid."
                ),
                "reference": "Afwegingskader, vraag 5",
            },
        ],
    },
    {
        "key": "c4-criteria-onderzoek",
        "kind": "multiple",
        "title": "Wanneer doet Veilig Thuis zelf onderzoek?",
        "stem": (
            "<p>In welke situaties gaat Veilig Thuis na de veiligheidsbeoordeling volgens het Handelingsprotocol "
            "zelf onderzoek doen? Kies alle juiste antwoorden.</p>"
        ),
        "competences": ["C4", "C1"],
        "forms": [],
        "difficulty": "medium",
        "points": 2,
        "explanation": (
            "Criteria voor onderzoek door Veilig Thuis zijn onder meer: direct ingrijpen is nodig, er is "
            "onvoldoende zekerheid over het geweld, betrokkenen ontkennen, bagatelliseren of weigeren hulp, er is te "
            "weinig informatie om een route te kiezen, of aan de melder is anonimiteit toegezegd."
        ),
        "options": [
            {
                "text": "De bedreiging van de veiligheid vraagt om direct ingrijpen.",
                "correct": True,
                "feedback": "Juist: dit is een van de criteria voor onderzoek door Veilig Thuis.",
                "reference": "Handelingsprotocol 2019, criteria voor onderzoek door Veilig Thuis",
            },
            {
                "text": "Er is onvoldoende zekerheid of er sprake is van geweld of mishandeling.",
                "correct": True,
                "feedback": "Juist: onzekerheid over de feiten is een reden om zelf te onderzoeken.",
                "reference": "Handelingsprotocol 2019, criteria voor onderzoek door Veilig Thuis",
            },
            {
                "text": "De betrokkenen ontkennen of bagatelliseren de zorgen, of weigeren hulp.",
                "correct": True,
                "feedback": "Juist: dan is een overdracht aan vrijwillige hulp niet kansrijk.",
                "reference": "Handelingsprotocol 2019, criteria voor onderzoek door Veilig Thuis",
            },
            {
                "text": "Aan de melder is anonimiteit toegezegd.",
                "correct": True,
                "feedback": "Juist: als aan de melder anonimiteit is toegezegd, doet Veilig Thuis het onderzoek zelf.",
                "reference": "Handelingsprotocol 2019, criteria voor onderzoek door Veilig Thuis",
            },
            {
                "text": "Er is al een hulpverlener betrokken die de zorgen deelt en met wie het gezin goed samenwerkt.",
                "correct": False,
                "feedback": "Nee: dan ligt een overdracht aan de betrokken hulp, met voorwaarden en monitoring, meer voor de hand.",
                "reference": "Handelingsprotocol 2019, uitkomsten van de veiligheidsbeoordeling",
            },
            {
                "text": "De melder heeft er de voorkeur voor dat Veilig Thuis het zelf overneemt.",
                "correct": False,
                "feedback": (
                    "Nee: de melder draagt met de melding de verantwoordelijkheid over, maar bepaalt niet welke route "
                    "Veilig Thuis kiest."
                ),
                "reference": "Handelingsprotocol 2019, advies en melding",
            },
        ],
    },
    {
        "key": "c4-route-bij-ontkenning",
        "kind": "single",
        "title": "Route bij ontkenning en weigering",
        "stem": (
            "<p>Een peuterspeelzaal meldt dat een meisje van 3 al maanden slecht verzorgd is: vieze kleding, vaak "
            "honger en een onbehandelde oorontsteking. Gesprekken met de moeder hebben niets opgeleverd; zij zegt "
            "dat er niets aan de hand is en wil geen hulp. Er is geen hulpverlening betrokken. Welke route past na "
            "de veiligheidsbeoordeling het best?</p>"
        ),
        "competences": ["C4"],
        "forms": ["kindermishandeling"],
        "difficulty": "medium",
        "points": 1,
        "explanation": (
            "Ontkenning, weigering van hulp en onvoldoende informatie zijn criteria voor onderzoek door Veilig Thuis. "
            "Routes die op medewerking steunen, zijn hier (nog) niet kansrijk."
        ),
        "options": [
            {
                "text": "Onderzoek door Veilig Thuis.",
                "correct": True,
                "feedback": (
                    "Juist: de moeder ontkent en weigert hulp, en er is onvoldoende informatie over de verzorging. "
                    "Dat zijn criteria voor onderzoek door Veilig Thuis."
                ),
                "reference": "Handelingsprotocol 2019, criteria voor onderzoek door Veilig Thuis",
            },
            {
                "text": "Voorwaarden & Vervolg: veiligheidsvoorwaarden afspreken met de moeder.",
                "correct": False,
                "feedback": "Nee: V&V veronderstelt dat de ouder het probleem erkent en meewerkt. Dat is hier niet zo.",
                "reference": "Handelingsprotocol 2019, Voorwaarden & Vervolg",
            },
            {
                "text": "Overdracht aan het lokale team voor vrijwillige hulp.",
                "correct": False,
                "feedback": "Nee: de moeder wil geen hulp; een overdracht aan vrijwillige hulp is dan niet kansrijk.",
                "reference": "Handelingsprotocol 2019, criteria voor onderzoek door Veilig Thuis",
            },
            {
                "text": "Geen vervolg; de melding omzetten in een advies aan de peuterspeelzaal.",
                "correct": False,
                "feedback": "Nee: er zijn aanhoudende signalen van verwaarlozing en de hulp wordt geweigerd.",
                "reference": "Afwegingskader, definities; Handelingsprotocol 2019",
            },
        ],
    },
    {
        "key": "c4-verzoek-raad",
        "kind": "single",
        "title": "Wanneer direct naar de Raad?",
        "stem": (
            "<p>Wanneer ligt een verzoek tot onderzoek aan de Raad voor de Kinderbescherming direct na de "
            "veiligheidsbeoordeling het meest voor de hand?</p>"
        ),
        "competences": ["C4", "C6"],
        "forms": ["kindermishandeling"],
        "difficulty": "hard",
        "points": 1,
        "explanation": (
            "Een verzoek aan de Raad is een stap naar het gedwongen kader. Die stap is direct passend als al "
            "duidelijk is dat vrijwillige hulp de veiligheid niet kan borgen; anders volgt eerst onderzoek, "
            "overdracht of V&V."
        ),
        "options": [
            {
                "text": (
                    "Als al duidelijk is dat vrijwillige hulp de veiligheid van het kind niet kan borgen en een "
                    "kinderbeschermingsmaatregel nodig lijkt."
                ),
                "correct": True,
                "feedback": "Juist: dan is een verzoek aan de Raad de passende route.",
                "reference": "Handelingsprotocol 2019, uitkomsten van de veiligheidsbeoordeling",
            },
            {
                "text": "Bij elke melding waarin de ouders de zorgen ontkennen.",
                "correct": False,
                "feedback": "Nee: ontkenning is een reden voor onderzoek door Veilig Thuis, niet direct voor de Raad.",
                "reference": "Handelingsprotocol 2019, criteria voor onderzoek door Veilig Thuis",
            },
            {
                "text": "Als de melder anoniem wil blijven tegenover het gezin.",
                "correct": False,
                "feedback": "Nee: toegezegde anonimiteit is een criterium voor onderzoek door Veilig Thuis zelf.",
                "reference": "Handelingsprotocol 2019, criteria voor onderzoek door Veilig Thuis",
            },
            {
                "text": "Zodra er twee meldingen over hetzelfde gezin zijn binnengekomen.",
                "correct": False,
                "feedback": (
                    "Nee: eerdere meldingen wegen zwaar in de beoordeling, maar het aantal meldingen bepaalt niet "
                    "automatisch de route."
                ),
                "reference": "Handelingsprotocol 2019, veiligheidsbeoordeling; radarfunctie",
            },
        ],
    },
    {
        "key": "c4-afwegingsvraag-5",
        "kind": "single",
        "title": "Hulp loopt, maar werkt niet",
        "stem": (
            "<p>Een wijkteammedewerker twijfelde een halfjaar geleden over verwaarlozing in een gezin. Er was geen "
            "acute of structurele onveiligheid vastgesteld, en zij startte zelf hulp met duidelijke afspraken: de "
            "kinderen krijgen elke dag een warme maaltijd en zijn op tijd op school. De ouders komen trouw naar de "
            "afspraken, maar beide doelen zijn na zes maanden niet gehaald. Welke afwegingsvraag is nu "
            "doorslaggevend, en wat betekent dat?</p>"
        ),
        "competences": ["C4", "C1"],
        "forms": ["kindermishandeling"],
        "difficulty": "medium",
        "points": 1,
        "explanation": (
            "Hulp die loopt, is nog geen hulp die werkt. Vraag 5 toetst of de hulp binnen de gewenste termijn de "
            "noodzakelijke resultaten oplevert; zo niet, dan volgt (alsnog) een melding."
        ),
        "options": [
            {
                "text": "Vraag 5: de hulp levert binnen de gewenste termijn niet de noodzakelijke resultaten op, dus zij meldt alsnog.",
                "correct": True,
                "feedback": "Juist: trouwe opkomst is niet hetzelfde als resultaat voor de veiligheid van de kinderen.",
                "reference": "Afwegingskader, vraag 5",
            },
            {
                "text": "Vraag 4: de ouders aanvaarden de hulp, dus zij kan de hulp voortzetten.",
                "correct": False,
                "feedback": "Nee: vraag 4 is positief beantwoord, maar daarmee is vraag 5 nog niet beantwoord.",
                "reference": "Afwegingskader, vraag 4 en 5",
            },
            {
                "text": "Vraag 3: zij kan hulp bieden, dus een melding is niet nodig.",
                "correct": False,
                "feedback": "Nee: kunnen bieden is iets anders dan bereiken. Vraag 5 beslist hier.",
                "reference": "Afwegingskader, vraag 3 en 5",
            },
            {
                "text": "Vraag 1: omdat het gezin meewerkt, is er geen vermoeden meer.",
                "correct": False,
                "feedback": "Nee: de zorgen over de verzorging van de kinderen bestaan nog steeds.",
                "reference": "Afwegingskader, vraag 1",
            },
        ],
    },
    {
        "key": "c4-twee-besluiten",
        "kind": "single",
        "title": "De twee besluiten van stap 5",
        "stem": "<p>Stap 5 van de meldcode bestaat sinds 2019 uit twee besluiten. Welke?</p>",
        "competences": ["C4", "C1"],
        "forms": [],
        "difficulty": "easy",
        "points": 1,
        "explanation": (
            "Melden en hulp sluiten elkaar niet uit. Een professional kan melden en daarnaast zelf hulp blijven "
            "bieden of organiseren."
        ),
        "options": [
            {
                "text": "Is melden noodzakelijk? En is het bieden of organiseren van hulp (ook) mogelijk?",
                "correct": True,
                "feedback": "Juist: twee afzonderlijke besluiten, die naast elkaar kunnen bestaan.",
                "reference": "Meldcode stap 5",
            },
            {
                "text": "Melden of hulp bieden: de professional kiest een van beide.",
                "correct": False,
                "feedback": "Nee: sinds 2019 gaat het niet om een keuze; melden en hulp kunnen samengaan.",
                "reference": "Meldcode stap 5",
            },
            {
                "text": "Is aangifte nodig? En moet de Raad voor de Kinderbescherming worden ingeschakeld?",
                "correct": False,
                "feedback": "Nee: aangifte en de Raad zijn geen besluiten van de professional in stap 5 van de meldcode.",
                "reference": "Meldcode stap 5",
            },
            {
                "text": "Is het gesprek met de cliënt gevoerd? En is de aandachtsfunctionaris geraadpleegd?",
                "correct": False,
                "feedback": "Nee: dat zijn de stappen 3 en 2 van de meldcode.",
                "reference": "Meldcode stap 2 en 3",
            },
        ],
    },
    {
        "key": "c4-onderzoek-fasen",
        "kind": "ordering",
        "title": "Het verloop van een onderzoek",
        "stem": "<p>Veilig Thuis besluit tot onderzoek. Zet de onderdelen van het onderzoek in een logische volgorde.</p>",
        "competences": ["C4", "C3", "C7"],
        "forms": [],
        "difficulty": "hard",
        "points": 2,
        "explanation": (
            "Een onderzoek begint met heldere vragen en eindigt met een overdracht die zicht op veiligheid "
            "behoudt. De conclusie komt tot stand samen met de gedragswetenschapper."
        ),
        "options": [
            {
                "text": "Een onderzoeksplan opstellen met onderzoeksvragen, bronnen en planning",
                "feedback": "Eerst: wat wilt u weten, bij wie haalt u het op en wanneer?",
                "reference": "Handelingsprotocol 2019, onderzoek",
            },
            {
                "text": "Huisbezoek en gesprekken met de betrokkenen en met betrokken professionals",
                "feedback": "Daarna: informatie verzamelen, zo nodig ook bij professionals zonder toestemming van de cliënt.",
                "reference": "Handelingsprotocol 2019, onderzoek",
            },
            {
                "text": "De informatie analyseren en samen met de gedragswetenschapper tot een conclusie komen",
                "feedback": "Dan: de bronnen naast elkaar leggen en de conclusie onderbouwen.",
                "reference": "Handelingsprotocol 2019, onderzoek",
            },
            {
                "text": "Veiligheidsvoorwaarden formuleren en de bevindingen schriftelijk vastleggen",
                "feedback": "Vervolgens: concrete, toetsbare voorwaarden en een verslag dat feiten en conclusies scheidt.",
                "reference": "Handelingsprotocol 2019, onderzoek",
            },
            {
                "text": "Overdragen aan de hulp die het vervolg uitvoert, met afspraken over monitoring",
                "feedback": "Tot slot: een overdracht die de veiligheidsvoorwaarden en de monitoring vastlegt.",
                "reference": "Handelingsprotocol 2019, onderzoek; Kwaliteitskader Veilig Thuis, Zicht op veiligheid",
            },
        ],
    },
    {
        "key": "c4-open-route-onderbouwen",
        "kind": "open",
        "title": "Een route kiezen en onderbouwen",
        "stem": (
            "<p>Een huisarts meldt zorgen over een moeder (29) met een ernstige alcoholverslaving en twee kinderen "
            "van 2 en 5 jaar. Bij de veiligheidsbeoordeling blijkt dat er eerder een melding is geweest, die is "
            "overgedragen aan het wijkteam. Die hulp is gestopt toen de moeder niet meer op afspraken kwam. De oma "
            "zorgt soms voor de kinderen. Aan de telefoon zegt de moeder dat ‘alles goed gaat’. Er is geen acuut "
            "letsel bekend.</p>"
            "<p>Welke route kiest u na de veiligheidsbeoordeling? Onderbouw uw keuze en leg uit waarom u de andere "
            "routes nu niet kiest.</p>"
        ),
        "competences": ["C4", "C3"],
        "forms": ["kindermishandeling"],
        "difficulty": "hard",
        "points": 6,
        "explanation": (
            "Eerdere hulp die niet tot blijvende veiligheid leidde, bagatelliseren door de ouder en onvoldoende zicht "
            "op de zorg voor de kinderen wijzen op onderzoek door Veilig Thuis."
        ),
        "model_answer": (
            "<p>Een goed antwoord kiest voor <b>onderzoek door Veilig Thuis</b> en onderbouwt dat met de criteria "
            "uit het Handelingsprotocol: de moeder bagatelliseert (‘alles gaat goed’), eerdere vrijwillige hulp is "
            "gestopt zonder blijvende veiligheid (vergelijk afwegingsvraag 5), en er is te weinig informatie over de "
            "dagelijkse zorg voor twee jonge kinderen.</p>"
            "<p>Andere routes: een nieuwe overdracht aan het wijkteam herhaalt een route die al tekortschoot; "
            "Voorwaarden &amp; Vervolg vraagt erkenning en medewerking die er nu niet is; een verzoek aan de Raad is "
            "voorbarig zolang de feiten onduidelijk zijn; geen vervolg laat de kinderen zonder zicht op veiligheid.</p>"
            "<p>Daarnaast: het besluit samen met de gedragswetenschapper nemen, de onderbouwing vastleggen, de "
            "kinderen snel zelf in beeld brengen en de oma als mogelijke steun uit het netwerk betrekken.</p>"
        ),
        "rubric": [
            {
                "criterion": "Kiest een passende route en onderbouwt die met de criteria",
                "levels": [
                    {
                        "label": "Onvoldoende",
                        "points": 0,
                        "description": "Kiest overdracht of geen vervolg, of geeft geen onderbouwing.",
                    },
                    {
                        "label": "Voldoende",
                        "points": 1,
                        "description": "Kiest onderzoek, maar noemt hooguit één criterium.",
                    },
                    {
                        "label": "Goed",
                        "points": 2,
                        "description": "Kiest onderzoek en noemt ten minste twee criteria: bagatelliseren, mislukte eerdere hulp, te weinig informatie.",
                    },
                ],
            },
            {
                "criterion": "Weegt de andere routes af",
                "levels": [
                    {"label": "Onvoldoende", "points": 0, "description": "Bespreekt geen andere routes."},
                    {
                        "label": "Voldoende",
                        "points": 1,
                        "description": "Bespreekt één of twee andere routes met een reden.",
                    },
                    {
                        "label": "Goed",
                        "points": 2,
                        "description": "Legt per route uit waarom die nu niet past: overdracht, V&V, Raad en geen vervolg.",
                    },
                ],
            },
            {
                "criterion": "Borgt een zorgvuldig en controleerbaar besluit",
                "levels": [
                    {
                        "label": "Onvoldoende",
                        "points": 0,
                        "description": "Noemt geen gedragswetenschapper, vastlegging of aandacht voor de kinderen.",
                    },
                    {"label": "Voldoende", "points": 1, "description": "Noemt een van deze elementen."},
                    {
                        "label": "Goed",
                        "points": 2,
                        "description": "Neemt het besluit met de gedragswetenschapper, legt het vast en brengt de kinderen snel zelf in beeld.",
                    },
                ],
            },
        ],
    },
    # ==========================================================================================
    # C5 — Gespreksvoering en participatie
    # ==========================================================================================
    {
        "key": "c5-stap-3-overslaan",
        "kind": "single",
        "title": "Wanneer stap 3 vervalt",
        "stem": "<p>Wanneer mag een professional stap 3 van de meldcode, het gesprek met de cliënt of de ouders, overslaan?</p>",
        "competences": ["C5", "C1"],
        "forms": [],
        "difficulty": "easy",
        "points": 1,
        "explanation": (
            "Het gesprek is waardevol, maar geen voorwaarde om te melden. Bij vermoedens van eergerelateerd geweld "
            "of VGV gelden aanvullende stappen en neemt de professional direct contact op met Veilig Thuis."
        ),
        "options": [
            {
                "text": "Als het gesprek de veiligheid van het kind, de cliënt, de professional of een ander in gevaar kan brengen.",
                "correct": True,
                "feedback": "Juist: veiligheid gaat voor het gesprek.",
                "reference": "Meldcode stap 3",
            },
            {
                "text": "Als de professional het gesprek lastig vindt of er geen tijd voor heeft.",
                "correct": False,
                "feedback": "Nee: ongemak of tijdgebrek is geen reden; steun van de aandachtsfunctionaris kan helpen.",
                "reference": "Meldcode stap 3",
            },
            {
                "text": "Nooit: zonder gesprek met de ouders mag een professional niet melden.",
                "correct": False,
                "feedback": "Nee: het gesprek is geen voorwaarde om te melden en vervalt als het iemand in gevaar brengt.",
                "reference": "Meldcode stap 3",
            },
            {
                "text": "Alleen als de ouders geen Nederlands spreken.",
                "correct": False,
                "feedback": "Nee: dan zet de professional een tolk in. Taal is geen reden om het gesprek over te slaan.",
                "reference": "Meldcode stap 3",
            },
        ],
    },
    {
        "key": "c5-anoniem-melden",
        "kind": "single",
        "title": "Een melder die anoniem wil blijven",
        "stem": (
            "<p>Een buurvrouw wil melden dat de kinderen naast haar al weken ’s avonds alleen thuis zijn en bij haar "
            "om eten vragen. Zij is bang voor de reactie van de ouders en zegt: ‘Ik wil anoniem blijven.’ Wat legt u "
            "haar uit?</p>"
        ),
        "competences": ["C5", "C1"],
        "forms": ["kindermishandeling"],
        "difficulty": "medium",
        "points": 1,
        "explanation": (
            "Een melding vraagt dat de melder zich bij Veilig Thuis bekendmaakt. Veilig Thuis kan wel toezeggen de "
            "naam niet aan het gezin te noemen; dat is dan een reden om zelf onderzoek te doen."
        ),
        "options": [
            {
                "text": (
                    "Zij kan melden als zij haar naam aan Veilig Thuis geeft; Veilig Thuis kan afspreken die naam niet "
                    "aan het gezin te noemen. Anoniem advies vragen kan ook, maar dan blijft de verantwoordelijkheid "
                    "bij haar."
                ),
                "correct": True,
                "feedback": "Juist: u legt het verschil tussen advies en melding uit en wat anonimiteit tegenover het gezin betekent.",
                "reference": "Handelingsprotocol 2019, advies en melding; criteria voor onderzoek door Veilig Thuis",
            },
            {
                "text": "Veilig Thuis neemt de melding volledig anoniem aan en registreert geen gegevens van haar.",
                "correct": False,
                "feedback": (
                    "Nee: zonder bekende melder is het een adviesgesprek, en dan blijft de verantwoordelijkheid bij "
                    "haar."
                ),
                "reference": "Handelingsprotocol 2019, advies en melding",
            },
            {
                "text": "Als de ouders niet mogen weten wie heeft gemeld, kan Veilig Thuis niets doen.",
                "correct": False,
                "feedback": "Nee: Veilig Thuis kan anonimiteit tegenover het gezin toezeggen en dan zelf onderzoek doen.",
                "reference": "Handelingsprotocol 2019, criteria voor onderzoek door Veilig Thuis",
            },
            {
                "text": "Zij moet eerst zelf met de ouders praten; daarna kan zij anoniem melden.",
                "correct": False,
                "feedback": "Nee: een gesprek met de ouders is geen voorwaarde voor een melding en kan voor haar onveilig zijn.",
                "reference": "Handelingsprotocol 2019, advies en melding",
            },
        ],
    },
    {
        "key": "c5-gesprek-met-kind",
        "kind": "multiple",
        "title": "Uitgangspunten voor een gesprek met een kind",
        "stem": (
            "<p>U bereidt een gesprek voor met Milan (9), die getuige was van geweld tussen zijn ouders. Welke "
            "uitgangspunten passen bij dit gesprek? Kies alle juiste antwoorden.</p>"
        ),
        "competences": ["C5"],
        "forms": ["kindermishandeling", "partnergeweld"],
        "difficulty": "medium",
        "points": 2,
        "explanation": (
            "Een kind heeft recht op een eigen stem. In de professionele praktijk betekent dat: apart, veilig, "
            "passend bij de leeftijd en eerlijk over wat er met het verhaal gebeurt."
        ),
        "options": [
            {
                "text": "U spreekt Milan apart, op een plek waar hij zich veilig voelt en vrijuit kan praten.",
                "correct": True,
                "feedback": "Juist: zonder ouders erbij kan Milan vertellen wat hij heeft meegemaakt, zonder loyaliteitsdruk.",
                "reference": "Professionele praktijk: gesprekken met kinderen",
            },
            {
                "text": "U stemt uw taal en de lengte van het gesprek af op zijn leeftijd.",
                "correct": True,
                "feedback": "Juist: een kind van 9 heeft korte, concrete vragen en een overzichtelijk gesprek nodig.",
                "reference": "Professionele praktijk: gesprekken met kinderen",
            },
            {
                "text": "U legt uit wat u met zijn verhaal doet en belooft geen geheimhouding die u niet kunt waarmaken.",
                "correct": True,
                "feedback": "Juist: eerlijkheid over wat u doorvertelt, beschermt het vertrouwen.",
                "reference": "Professionele praktijk: gesprekken met kinderen",
            },
            {
                "text": "U belooft dat alles wat hij vertelt tussen u beiden blijft, zodat hij durft te praten.",
                "correct": False,
                "feedback": "Nee: die belofte kunt u niet houden als zijn veiligheid in het geding is.",
                "reference": "Professionele praktijk: gesprekken met kinderen",
            },
            {
                "text": "U laat zijn vader bij het gesprek zijn, zodat Milan zich gesteund voelt.",
                "correct": False,
                "feedback": "Nee: in het bijzijn van een ouder over wie de zorgen gaan, kan Milan niet vrijuit praten.",
                "reference": "Professionele praktijk: gesprekken met kinderen",
            },
            {
                "text": "U vraagt Milan te kiezen bij welke ouder hij wil wonen.",
                "correct": False,
                "feedback": "Nee: zo'n keuze legt een te zware last bij een kind en brengt hem in een loyaliteitsconflict.",
                "reference": "Professionele praktijk: gesprekken met kinderen",
            },
        ],
    },
    {
        "key": "c5-partners-apart",
        "kind": "single",
        "title": "Gezamenlijk gesprek na partnergeweld?",
        "stem": (
            "<p>Twee dagen na een incident van partnergeweld vragen beide partners om een gezamenlijk gesprek, ‘om "
            "het uit te praten’. Wat is de beste aanpak?</p>"
        ),
        "competences": ["C5", "C3"],
        "forms": ["partnergeweld"],
        "difficulty": "medium",
        "points": 1,
        "explanation": (
            "In de professionele praktijk geldt: kort na partnergeweld kan een gezamenlijk gesprek het slachtoffer in "
            "gevaar brengen. Aparte gesprekken geven beide partners ruimte en bewaken de veiligheid."
        ),
        "options": [
            {
                "text": (
                    "Eerst aparte, veilige gesprekken met elke partner; een gezamenlijk gesprek pas overwegen als "
                    "duidelijk is dat dit veilig kan."
                ),
                "correct": True,
                "feedback": "Juist: zo kan het slachtoffer vrijuit praten en krijgt de pleger een eigen gesprek.",
                "reference": "Professionele praktijk bij partnergeweld",
            },
            {
                "text": "Direct een gezamenlijk gesprek plannen, omdat beide partners het willen.",
                "correct": False,
                "feedback": (
                    "Nee: dat beide het willen, zegt niet dat het veilig is. Het slachtoffer kan onder druk staan om "
                    "in te stemmen."
                ),
                "reference": "Professionele praktijk bij partnergeweld",
            },
            {
                "text": "Alleen met het slachtoffer spreken; de pleger hoort niet bij de hulp.",
                "correct": False,
                "feedback": "Nee: ook de pleger heeft een gesprek en hulp nodig om herhaling te voorkomen.",
                "reference": "Professionele praktijk bij partnergeweld",
            },
            {
                "text": "De partners doorverwijzen naar relatietherapie.",
                "correct": False,
                "feedback": (
                    "Nee: zolang de veiligheid niet is beoordeeld en geborgd, is relatietherapie niet de eerste stap; "
                    "het geweld is geen gewoon relatieprobleem."
                ),
                "reference": "Professionele praktijk bij partnergeweld",
            },
        ],
    },
    {
        "key": "c5-oudere-weigert-hulp",
        "kind": "single",
        "title": "Een oudere die geen ‘gedoe’ wil",
        "stem": (
            "<p>Mevrouw Jansen (79) woont samen met haar zoon (52), die veel drinkt. De thuiszorg hoort hem schreeuwen "
            "en ziet dat mevrouw bang is. Mevrouw zegt: ‘Hij is mijn zoon, ik wil geen gedoe.’ Zij lijkt helder van "
            "geest. Wat is de beste volgende stap?</p>"
        ),
        "competences": ["C5", "C2"],
        "forms": ["ouderenmishandeling"],
        "difficulty": "hard",
        "points": 1,
        "explanation": (
            "Bij ouderenmishandeling spelen afhankelijkheid en loyaliteit een grote rol. Een weigering is daarom het "
            "begin van het gesprek, niet het einde; u zoekt naar veiligheid die past bij wat de oudere zelf wil."
        ),
        "options": [
            {
                "text": (
                    "Mevrouw apart spreken, verkennen wat zij wil en waar zij bang voor is, en samen zoeken naar "
                    "mogelijkheden die haar veiligheid vergroten zonder het contact met haar zoon te verbreken."
                ),
                "correct": True,
                "feedback": "Juist: u neemt haar wens serieus en werkt tegelijk aan haar veiligheid.",
                "reference": "Definitie ouderenmishandeling; Handelingsprotocol 2019, veiligheidsbeoordeling",
            },
            {
                "text": "De zaak afsluiten: mevrouw lijkt wilsbekwaam en weigert hulp.",
                "correct": False,
                "feedback": (
                    "Nee: haar weigering kan voortkomen uit angst of loyaliteit. Eerst moet u weten wat zij werkelijk "
                    "wil en hoe onveilig het is."
                ),
                "reference": "Afwegingskader, definities",
            },
            {
                "text": "Zonder overleg met mevrouw aangifte doen tegen de zoon.",
                "correct": False,
                "feedback": "Nee: zo gaat u buiten haar om en vergroot u mogelijk de spanning thuis, zonder haar veiligheid te regelen.",
                "reference": "Handelingsprotocol 2019",
            },
            {
                "text": "Een gezamenlijk gesprek met mevrouw en haar zoon, zodat hij zijn kant kan vertellen.",
                "correct": False,
                "feedback": "Nee: in het bijzijn van haar zoon kan mevrouw niet vrijuit praten.",
                "reference": "Professionele praktijk bij huiselijk geweld",
            },
        ],
    },
    {
        "key": "c5-open-gesprek-pleger",
        "kind": "open",
        "title": "Eerste gesprek met een pleger",
        "stem": (
            "<p>Ruben (34) heeft een tijdelijk huisverbod gekregen na geweld tegen zijn partner. U spreekt hem voor "
            "het eerst, apart van zijn partner. Hij is boos: ‘Het was één keer, en nu mag ik mijn eigen kinderen niet "
            "zien.’</p>"
            "<p>Beschrijf hoe u dit gesprek opbouwt. Welke boodschappen wilt u overbrengen, en hoe betrekt u hem bij "
            "de veiligheid van zijn gezin?</p>"
        ),
        "competences": ["C5", "C3"],
        "forms": ["partnergeweld", "huiselijk-geweld"],
        "difficulty": "medium",
        "points": 6,
        "explanation": (
            "Een goed gesprek met een pleger combineert openheid over uw rol, een duidelijke norm en oprechte "
            "interesse in zijn motivatie, bijvoorbeeld zijn wens een goede vader te zijn."
        ),
        "model_answer": (
            "<p>U stelt zich voor en legt uit waarom Veilig Thuis betrokken is, wat u met de informatie doet en wat "
            "de komende dagen gebeurt. U erkent zijn boosheid zonder het geweld te vergoelijken. U maakt de norm "
            "duidelijk: geweld is niet acceptabel, en de veiligheid van zijn partner en kinderen staat voorop.</p>"
            "<p>U vraagt naar zijn kant van het verhaal, naar wat er aan het geweld voorafging (bijvoorbeeld "
            "alcohol) en naar wat hij als vader wil. Die wens gebruikt u als aanknopingspunt voor concrete stappen: "
            "hulp bij alcoholgebruik of een programma voor plegers, het naleven van het huisverbod en afspraken over "
            "contact met de kinderen op een veilige manier.</p>"
            "<p>U vertelt niets door wat zijn partner u in vertrouwen heeft gezegd als dat haar in gevaar kan "
            "brengen.</p>"
        ),
        "rubric": [
            {
                "criterion": "Is open over rol en doel van het gesprek",
                "levels": [
                    {
                        "label": "Onvoldoende",
                        "points": 0,
                        "description": "Legt niet uit waarom Veilig Thuis betrokken is of wat er met de informatie gebeurt.",
                    },
                    {
                        "label": "Voldoende",
                        "points": 1,
                        "description": "Noemt de rol van Veilig Thuis, maar niet wat er met de informatie gebeurt of wat er volgt.",
                    },
                    {
                        "label": "Goed",
                        "points": 2,
                        "description": "Legt rol, doel, gebruik van de informatie en de volgende stappen helder uit.",
                    },
                ],
            },
            {
                "criterion": "Stelt een duidelijke norm met respect voor de persoon",
                "levels": [
                    {
                        "label": "Onvoldoende",
                        "points": 0,
                        "description": "Benoemt het geweld niet als onacceptabel, of veroordeelt de persoon in plaats van het gedrag.",
                    },
                    {
                        "label": "Voldoende",
                        "points": 1,
                        "description": "Noemt de norm, maar zonder erkenning van zijn emotie of zonder de veiligheid van partner en kinderen voorop te zetten.",
                    },
                    {
                        "label": "Goed",
                        "points": 2,
                        "description": "Erkent zijn boosheid, benoemt het geweld als onacceptabel en zet de veiligheid van partner en kinderen voorop.",
                    },
                ],
            },
            {
                "criterion": "Betrekt hem bij de veiligheid en bewaakt die van zijn partner",
                "levels": [
                    {
                        "label": "Onvoldoende",
                        "points": 0,
                        "description": "Maakt geen concrete afspraken, of deelt informatie van zijn partner die haar in gevaar kan brengen.",
                    },
                    {
                        "label": "Voldoende",
                        "points": 1,
                        "description": "Noemt hulp voor hem, maar zonder aan te sluiten bij zijn motivatie of zonder concrete afspraken.",
                    },
                    {
                        "label": "Goed",
                        "points": 2,
                        "description": "Sluit aan bij zijn motivatie als vader, maakt concrete afspraken over hulp en huisverbod en beschermt wat zijn partner vertelde.",
                    },
                ],
            },
        ],
    },
    # ==========================================================================================
    # C6 — Samenwerken en overdragen in de keten
    # ==========================================================================================
    {
        "key": "c6-ketenpartners",
        "kind": "matching",
        "title": "Ketenpartners en hun rol",
        "stem": "<p>Koppel elke ketenpartner aan de bijbehorende rol.</p>",
        "competences": ["C6"],
        "forms": [],
        "difficulty": "medium",
        "points": 2,
        "explanation": (
            "Wie de rollen in de keten kent, weet bij wie een vraag hoort en kan zonder omwegen overdragen of "
            "opschalen."
        ),
        "options": [
            {
                "text": "Raad voor de Kinderbescherming",
                "match": "Onderzoek naar een kinderbeschermingsmaatregel",
                "feedback": "Veilig Thuis kan de Raad vragen te onderzoeken of een kinderbeschermingsmaatregel nodig is.",
                "reference": "Handelingsprotocol 2019, dwangkader",
            },
            {
                "text": "Gecertificeerde instelling",
                "match": "Voert kinderbeschermingsmaatregelen uit",
                "feedback": "Als de rechter een maatregel oplegt, voert een gecertificeerde instelling die uit.",
                "reference": "Ketenpartners jeugdbescherming",
            },
            {
                "text": "Lokaal team",
                "match": "Vrijwillige hulp dichtbij het gezin",
                "feedback": "Het lokale team of wijkteam is vaak de partij waaraan Veilig Thuis overdraagt.",
                "reference": "Handelingsprotocol 2019, overdracht",
            },
            {
                "text": "Reclassering",
                "match": "Toezicht op en begeleiding van plegers",
                "feedback": "De reclassering werkt in het strafrechtelijk kader met plegers, onder meer met de B-SAFER.",
                "reference": "Ketenpartners strafrechtketen; B-SAFER",
            },
            {
                "text": "Centrum Seksueel Geweld",
                "match": "Acute zorg en forensisch onderzoek na seksueel geweld",
                "feedback": "Het Centrum Seksueel Geweld biedt acute medische en psychische zorg en forensisch onderzoek.",
                "reference": "Ketenpartners seksueel geweld",
            },
            {
                "text": "Hulpofficier van justitie",
                "match": "Legt namens de burgemeester een huisverbod op",
                "feedback": "De hulpofficier vult de RiHG in en legt namens de burgemeester het tijdelijk huisverbod op.",
                "reference": "Wet tijdelijk huisverbod; RiHG",
            },
        ],
    },
    {
        "key": "c6-rollen-veilig-thuis",
        "kind": "matching",
        "title": "Wie doet wat?",
        "stem": "<p>Koppel elke functie aan de taak die erbij hoort.</p>",
        "competences": ["C6", "C1"],
        "forms": [],
        "difficulty": "easy",
        "points": 2,
        "explanation": (
            "Goede samenwerking begint bij heldere rollen, binnen Veilig Thuis en bij de organisaties die melden."
        ),
        "options": [
            {
                "text": "Vertrouwensarts",
                "match": "Medische duiding, bijvoorbeeld van letsel",
                "feedback": "De vertrouwensarts is de medische sparringpartner, onder meer bij letsel en ouderenmishandeling.",
                "reference": "Taken vertrouwensarts",
            },
            {
                "text": "Gedragswetenschapper",
                "match": "Beslist mee over de vervolgstappen",
                "feedback": "De gedragswetenschapper beslist samen met de medewerker over de route en bewaakt de methodische kwaliteit.",
                "reference": "Handelingsprotocol 2019, besluitvorming",
            },
            {
                "text": "Aandachtsfunctionaris",
                "match": "Interne meldcodedeskundige bij een organisatie",
                "feedback": "De aandachtsfunctionaris ondersteunt collega's binnen de eigen organisatie bij de meldcode.",
                "reference": "Meldcode stap 2",
            },
            {
                "text": "Medewerker veiligheidsbeoordeling",
                "match": "Beoordeelt de veiligheid en bepaalt de route",
                "feedback": "Uiterlijk binnen vijf werkdagen, met een radarcheck en overleg met de gedragswetenschapper.",
                "reference": "Handelingsprotocol 2019, veiligheidsbeoordeling",
            },
            {
                "text": "Medewerker monitoring",
                "match": "Volgt of de veiligheid blijvend is",
                "feedback": "Monitoring gaat na, samen met gezin en professionals, of de veiligheid standhoudt.",
                "reference": "Handelingsprotocol 2019, monitoring",
            },
        ],
    },
    {
        "key": "c6-warme-overdracht",
        "kind": "multiple",
        "title": "Een zorgvuldige overdracht",
        "stem": (
            "<p>Veilig Thuis draagt een gezin over aan het lokale team. Welke elementen horen bij een zorgvuldige, "
            "warme overdracht? Kies alle juiste antwoorden.</p>"
        ),
        "competences": ["C6", "C7"],
        "forms": [],
        "difficulty": "medium",
        "points": 2,
        "explanation": (
            "Het Kwaliteitskader stelt eisen aan de overdracht, zodat het zicht op veiligheid niet verloren gaat op "
            "het moment dat de verantwoordelijkheid wisselt."
        ),
        "options": [
            {
                "text": "Een gezamenlijk gesprek met het gezin en de nieuwe hulpverlener",
                "correct": True,
                "feedback": "Juist: zo weet het gezin wie het vervolg doet en hoort iedereen hetzelfde verhaal.",
                "reference": "Kwaliteitskader Veilig Thuis, Zicht op veiligheid (eisen aan overdracht)",
            },
            {
                "text": "De veiligheidsvoorwaarden worden expliciet overgedragen en besproken",
                "correct": True,
                "feedback": "Juist: de voorwaarden zijn de basis voor het vervolg en voor monitoring.",
                "reference": "Handelingsprotocol 2019, Voorwaarden & Vervolg",
            },
            {
                "text": "Er zijn afspraken over monitoring en over wat er gebeurt bij nieuwe zorgen",
                "correct": True,
                "feedback": "Juist: zonder die afspraken ziet niemand het als de situatie terugvalt.",
                "reference": "Handelingsprotocol 2019, monitoring",
            },
            {
                "text": "Het is duidelijk vanaf welk moment wie verantwoordelijk is voor zicht op veiligheid",
                "correct": True,
                "feedback": "Juist: het Kwaliteitskader beschrijft wanneer de verantwoordelijkheid van Veilig Thuis begint en eindigt.",
                "reference": "Kwaliteitskader Veilig Thuis, Zicht op veiligheid",
            },
            {
                "text": "Het volledige dossier gaat naar het lokale team, zodat het alles weet",
                "correct": False,
                "feedback": "Nee: het lokale team krijgt wat het voor zijn taak nodig heeft, niet het volledige dossier.",
                "reference": "AVG, dataminimalisatie",
            },
            {
                "text": "Veilig Thuis sluit de zaak zodra het lokale team de verwijzing heeft ontvangen",
                "correct": False,
                "feedback": "Nee: een ontvangen verwijzing is nog geen overdracht van de verantwoordelijkheid voor de veiligheid.",
                "reference": "Kwaliteitskader Veilig Thuis, Zicht op veiligheid",
            },
        ],
    },
    {
        "key": "c6-voorwaarden-en-vervolg",
        "kind": "single",
        "title": "Wat is Voorwaarden & Vervolg?",
        "stem": "<p>Wat kenmerkt de route Voorwaarden &amp; Vervolg (V&amp;V)?</p>",
        "competences": ["C6", "C4"],
        "forms": [],
        "difficulty": "medium",
        "points": 1,
        "explanation": (
            "Bij V&V stelt Veilig Thuis de minimale veiligheidsvoorwaarden vast. Ketenpartners maken de "
            "veiligheids- en herstelplannen, en de voorwaarden vormen de basis voor monitoring."
        ),
        "options": [
            {
                "text": (
                    "Veilig Thuis stelt met het gezin veiligheidsvoorwaarden vast; ketenpartners maken daarna de "
                    "veiligheids- en herstelplannen, en de voorwaarden vormen de basis voor monitoring."
                ),
                "correct": True,
                "feedback": "Juist: Veilig Thuis bepaalt het minimum aan veiligheid, partners werken het uit.",
                "reference": "Handelingsprotocol 2019, Voorwaarden & Vervolg",
            },
            {
                "text": "Veilig Thuis voert zelf langdurig de hulpverlening uit, totdat het gezin veilig is.",
                "correct": False,
                "feedback": "Nee: Veilig Thuis biedt zelf geen behandeling, maar organiseert hulp.",
                "reference": "Wettelijke taken Veilig Thuis",
            },
            {
                "text": "Veilig Thuis draagt over aan het lokale team, dat zelf bepaalt of er voorwaarden nodig zijn.",
                "correct": False,
                "feedback": "Nee: bij V&V stelt juist Veilig Thuis de veiligheidsvoorwaarden vast.",
                "reference": "Handelingsprotocol 2019, Voorwaarden & Vervolg",
            },
            {
                "text": "Een onderzoek met huisbezoek en gesprekken met professionals naar de vraag of er geweld is geweest.",
                "correct": False,
                "feedback": "Nee: dat is de route onderzoek. V&V past juist als de feiten helder zijn en het gezin meewerkt.",
                "reference": "Handelingsprotocol 2019, onderzoek",
            },
        ],
    },
    {
        "key": "c6-doel-monitoring",
        "kind": "single",
        "title": "Het doel van monitoring",
        "stem": "<p>Wat is het doel van monitoring door Veilig Thuis?</p>",
        "competences": ["C6", "C3"],
        "forms": [],
        "difficulty": "medium",
        "points": 1,
        "explanation": (
            "Monitoring hoort bij de radarfunctie: samen met gezin en professionals nagaan of de veiligheid wordt "
            "bereikt én blijft. Het geldt voor zaken waarin Veilig Thuis de veiligheidsvoorwaarden heeft gesteld."
        ),
        "options": [
            {
                "text": "Samen met het gezin en de betrokken professionals nagaan of de veiligheid wordt bereikt en blijvend is.",
                "correct": True,
                "feedback": "Juist: veilig worden is iets anders dan veilig blijven; monitoring kijkt naar beide.",
                "reference": "Handelingsprotocol 2019, monitoring; radarfunctie",
            },
            {
                "text": "Controleren of de hulpverleners hun afspraken met de gemeente nakomen.",
                "correct": False,
                "feedback": "Nee: monitoring gaat over de veiligheid van het gezin, niet over contractbeheer.",
                "reference": "Handelingsprotocol 2019, monitoring",
            },
            {
                "text": "Nagaan of de melder tevreden is over de afhandeling van de melding.",
                "correct": False,
                "feedback": "Nee: de melder krijgt terugkoppeling, maar monitoring gaat over de veiligheid van het gezin.",
                "reference": "Handelingsprotocol 2019, monitoring",
            },
            {
                "text": "Cijfers verzamelen voor de landelijke statistiek.",
                "correct": False,
                "feedback": "Nee: registratie levert ook cijfers op, maar dat is niet het doel van monitoring.",
                "reference": "Handelingsprotocol 2019, monitoring",
            },
        ],
    },
    {
        "key": "c6-verloop-huisverbod",
        "kind": "ordering",
        "title": "Verloop van een huisverbodzaak",
        "stem": "<p>Zet de gebeurtenissen in een zaak met een tijdelijk huisverbod in de juiste volgorde.</p>",
        "competences": ["C6", "C3"],
        "forms": ["partnergeweld", "huiselijk-geweld"],
        "difficulty": "medium",
        "points": 2,
        "explanation": (
            "Het huisverbod duurt tien dagen en kan door de burgemeester worden verlengd tot maximaal 28 dagen. Die "
            "periode is bedoeld om snel hulp op gang te brengen voor het hele huishouden."
        ),
        "options": [
            {
                "text": "De politie komt ter plaatse na een melding van geweld in huis",
                "feedback": "Het begint bij een incident waarvoor de politie wordt gebeld.",
                "reference": "Wet tijdelijk huisverbod",
            },
            {
                "text": "De hulpofficier van justitie vult de RiHG in en legt namens de burgemeester een huisverbod van tien dagen op",
                "feedback": "De RiHG onderbouwt het besluit over het huisverbod.",
                "reference": "Wet tijdelijk huisverbod; RiHG",
            },
            {
                "text": "Veilig Thuis ontvangt de melding en neemt zo snel mogelijk contact op met het hele huishouden",
                "feedback": "De hulp moet snel starten, bij voorkeur dezelfde dag, voor iedereen in het gezin.",
                "reference": "Handelingsprotocol 2019, veiligheidsbeoordeling; Wet tijdelijk huisverbod",
            },
            {
                "text": "De burgemeester beslist of het huisverbod wordt verlengd, tot maximaal 28 dagen in totaal",
                "feedback": "Voor het einde van de tien dagen valt het besluit over verlenging.",
                "reference": "Wet tijdelijk huisverbod",
            },
            {
                "text": "Veilig Thuis stelt veiligheidsvoorwaarden, draagt over en monitort of de veiligheid blijvend is",
                "feedback": "Na het huisverbod zorgen voorwaarden en monitoring dat het zicht op veiligheid blijft.",
                "reference": "Handelingsprotocol 2019, Voorwaarden & Vervolg en monitoring",
            },
        ],
    },
    {
        "key": "c6-van-melding-tot-monitoring",
        "kind": "ordering",
        "title": "Van melding tot monitoring",
        "stem": (
            "<p>Na een melding besluit Veilig Thuis tot onderzoek. Zet de stappen van melding tot monitoring in de "
            "juiste volgorde.</p>"
        ),
        "competences": ["C6", "C1"],
        "forms": [],
        "difficulty": "medium",
        "points": 2,
        "explanation": (
            "De melder krijgt ten minste twee keer terugkoppeling: na de veiligheidsbeoordeling en na het onderzoek. "
            "Monitoring sluit de keten af door na te gaan of de veiligheid blijvend is."
        ),
        "options": [
            {
                "text": "De melding aannemen en registreren",
                "feedback": "Met de melding gaat de verantwoordelijkheid voor zicht op veiligheid over naar Veilig Thuis.",
                "reference": "Handelingsprotocol 2019, advies en melding",
            },
            {
                "text": "De veiligheidsbeoordeling uitvoeren, uiterlijk binnen vijf werkdagen",
                "feedback": "De beoordeling bepaalt de route en wie verantwoordelijk is voor de vervolgstappen.",
                "reference": "Handelingsprotocol 2019, veiligheidsbeoordeling",
            },
            {
                "text": "De melder voor de eerste keer terugkoppelen over het vervolg",
                "feedback": "Het eerste moment van terugkoppeling is na de veiligheidsbeoordeling.",
                "reference": "Handelingsprotocol 2019, terugkoppeling aan de melder",
            },
            {
                "text": "Onderzoek door Veilig Thuis",
                "feedback": "Het onderzoek volgt op het besluit in de veiligheidsbeoordeling.",
                "reference": "Handelingsprotocol 2019, onderzoek",
            },
            {
                "text": "Veiligheidsvoorwaarden vaststellen en overdragen aan de vervolghulp",
                "feedback": "Het onderzoek eindigt met voorwaarden en een overdracht; de melder hoort opnieuw wat er gebeurt.",
                "reference": "Handelingsprotocol 2019, onderzoek; Kwaliteitskader Veilig Thuis, Zicht op veiligheid",
            },
            {
                "text": "Monitoren of de veiligheid blijvend is",
                "feedback": "Monitoring volgt op de overdracht, met gezin en professionals.",
                "reference": "Handelingsprotocol 2019, monitoring",
            },
        ],
    },
    # ==========================================================================================
    # C7 — Verslaglegging en gegevensdeling
    # ==========================================================================================
    {
        "key": "c7-terugkoppeling-momenten",
        "kind": "single",
        "title": "Momenten van terugkoppeling",
        "stem": "<p>Op welke momenten geeft Veilig Thuis ten minste terugkoppeling aan een professionele melder?</p>",
        "competences": ["C7", "C1"],
        "forms": [],
        "difficulty": "easy",
        "points": 1,
        "explanation": (
            "Terugkoppeling na de veiligheidsbeoordeling en na het onderzoek stelt de melder in staat de eigen rol "
            "goed te vervullen, bijvoorbeeld bij veiligheidsafspraken en monitoring."
        ),
        "options": [
            {
                "text": "Na de veiligheidsbeoordeling en na het onderzoek.",
                "correct": True,
                "feedback": "Juist: dat zijn de twee vaste momenten.",
                "reference": "Handelingsprotocol 2019, terugkoppeling aan de melder",
            },
            {
                "text": "Alleen aan het einde, als de zaak wordt afgesloten.",
                "correct": False,
                "feedback": "Nee: dan weet de melder lange tijd niet of er iets gebeurt en wat er van hem of haar wordt verwacht.",
                "reference": "Handelingsprotocol 2019, terugkoppeling aan de melder",
            },
            {
                "text": "Direct na ontvangst van de melding en daarna elke week.",
                "correct": False,
                "feedback": "Nee: een wekelijkse terugkoppeling is geen norm; de vaste momenten zijn na beoordeling en onderzoek.",
                "reference": "Handelingsprotocol 2019, terugkoppeling aan de melder",
            },
            {
                "text": "Alleen als de melder er zelf om vraagt.",
                "correct": False,
                "feedback": "Nee: terugkoppeling is een taak van Veilig Thuis, niet afhankelijk van een verzoek.",
                "reference": "Wettelijke taken Veilig Thuis",
            },
        ],
    },
    {
        "key": "c7-terugkoppeling-inhoud",
        "kind": "multiple",
        "title": "Inhoud van de terugkoppeling",
        "stem": "<p>Welke informatie hoort in de terugkoppeling aan een melder? Kies alle juiste antwoorden.</p>",
        "competences": ["C7", "C6"],
        "forms": [],
        "difficulty": "medium",
        "points": 2,
        "explanation": (
            "De melder krijgt de informatie die nodig is voor de eigen rol: of er vervolg is, met wie, en welke rol "
            "de melder heeft bij voorwaarden en monitoring. De achtergrond van het gezin hoort daar niet bij."
        ),
        "options": [
            {
                "text": "Of er vervolg in gang is gezet",
                "correct": True,
                "feedback": "Juist: de melder moet weten dat er iets met de melding gebeurt.",
                "reference": "Handelingsprotocol 2019, terugkoppeling aan de melder",
            },
            {
                "text": "Aan welke partijen is overgedragen",
                "correct": True,
                "feedback": "Juist: zo weet de melder bij wie hij of zij terechtkan met nieuwe zorgen.",
                "reference": "Handelingsprotocol 2019, terugkoppeling aan de melder",
            },
            {
                "text": "De veiligheidsvoorwaarden en de monitoring, voor zover de melder daarin een rol heeft",
                "correct": True,
                "feedback": "Juist: alleen het deel dat de melder nodig heeft voor de eigen rol.",
                "reference": "Handelingsprotocol 2019, terugkoppeling aan de melder",
            },
            {
                "text": "Wat de ouders in de gesprekken over hun eigen jeugd hebben verteld",
                "correct": False,
                "feedback": "Nee: die informatie heeft de melder niet nodig en is vertrouwelijk.",
                "reference": "AVG, dataminimalisatie",
            },
            {
                "text": "Eerdere meldingen over het gezin bij Veilig Thuis",
                "correct": False,
                "feedback": "Nee: de voorgeschiedenis bij Veilig Thuis is niet nodig voor de rol van de melder.",
                "reference": "AVG, dataminimalisatie",
            },
        ],
    },
    {
        "key": "c7-informatie-zonder-toestemming",
        "kind": "single",
        "title": "Professionals raadplegen zonder toestemming",
        "stem": (
            "<p>Tijdens een onderzoek wilt u de huisarts van het gezin spreken. De ouders geven geen toestemming. Wat "
            "is juist?</p>"
        ),
        "competences": ["C7", "C1"],
        "forms": [],
        "difficulty": "medium",
        "points": 1,
        "explanation": (
            "In een onderzoek mag Veilig Thuis betrokken professionals raadplegen, ook zonder toestemming van de "
            "cliënt. Dat gebeurt proportioneel en wordt vastgelegd."
        ),
        "options": [
            {
                "text": (
                    "U mag de huisarts ook zonder toestemming raadplegen, mits dat proportioneel is en u vastlegt wat u "
                    "bij wie hebt opgevraagd en waarom."
                ),
                "correct": True,
                "feedback": "Juist: het ontbreken van toestemming staat het raadplegen niet in de weg, maar vraagt wel zorgvuldigheid.",
                "reference": "Handelingsprotocol 2019, onderzoek",
            },
            {
                "text": "Zonder toestemming mag u geen enkele professional raadplegen.",
                "correct": False,
                "feedback": "Nee: dan zou een onderzoek bij ontkennende ouders onmogelijk zijn.",
                "reference": "Handelingsprotocol 2019, onderzoek",
            },
            {
                "text": "U mag alle informatie opvragen die de huisarts heeft, ook als die niets met de veiligheid te maken heeft.",
                "correct": False,
                "feedback": "Nee: u vraagt alleen wat nodig is voor de onderzoeksvragen; dat is proportionaliteit.",
                "reference": "Handelingsprotocol 2019, onderzoek; AVG, dataminimalisatie",
            },
            {
                "text": "U mag de huisarts alleen spreken als de politie daar opdracht voor geeft.",
                "correct": False,
                "feedback": "Nee: Veilig Thuis heeft hiervoor geen opdracht van de politie nodig.",
                "reference": "Handelingsprotocol 2019, onderzoek",
            },
        ],
    },
    {
        "key": "c7-feitelijk-vastleggen",
        "kind": "single",
        "title": "Feitelijk vastleggen",
        "stem": "<p>Welke aantekening in het dossier voldoet het best aan de eisen van feitelijke verslaglegging?</p>",
        "competences": ["C7"],
        "forms": ["kindermishandeling"],
        "difficulty": "medium",
        "points": 1,
        "explanation": (
            "Feitelijke verslaglegging scheidt waarneming van interpretatie, noemt de bron en de datum, en geeft "
            "uitspraken van een kind letterlijk weer."
        ),
        "options": [
            {
                "text": (
                    "‘Op 12 maart zag de groepsleerkracht een blauwe plek van ongeveer 3 cm op de linkerbovenarm van "
                    "Daan. Volgens de leerkracht zei Daan letterlijk: “Mama knijpt als ik huil.” Bron: telefoongesprek "
                    "met de leerkracht, 12 maart.’"
                ),
                "correct": True,
                "feedback": "Juist: waarneming, letterlijke uitspraak, bron en datum staan er controleerbaar in.",
                "reference": "Feitelijke verslaglegging",
            },
            {
                "text": "‘Moeder is agressief en knijpt Daan; de school maakt zich terecht grote zorgen.’",
                "correct": False,
                "feedback": "Nee: dit is een interpretatie zonder bron, en ‘terecht’ is een oordeel van de verslaglegger.",
                "reference": "Feitelijke verslaglegging",
            },
            {
                "text": "‘Daan wordt thuis mishandeld, zo blijkt uit de blauwe plek.’",
                "correct": False,
                "feedback": "Nee: een blauwe plek bewijst op zichzelf geen mishandeling; dit is een conclusie, geen waarneming.",
                "reference": "Feitelijke verslaglegging; Meldcode stap 2, letselduiding",
            },
            {
                "text": "‘De leerkracht heeft het gevoel dat het thuis niet goed gaat met Daan.’",
                "correct": False,
                "feedback": "Nee: te vaag; er staat niet wat de leerkracht heeft gezien of gehoord, en wanneer.",
                "reference": "Feitelijke verslaglegging",
            },
        ],
    },
    {
        "key": "c7-informant-terugkoppeling",
        "kind": "single",
        "title": "Melder of informant?",
        "stem": (
            "<p>Tijdens een onderzoek geeft een kinderarts op uw verzoek informatie over een kind. Later vraagt hij "
            "hoe het met het gezin afloopt. Wat is juist?</p>"
        ),
        "competences": ["C7", "C6"],
        "forms": [],
        "difficulty": "hard",
        "points": 1,
        "explanation": (
            "Het onderscheid tussen melder en informant bepaalt de terugkoppeling. Een arts die als informant optrad, "
            "krijgt geen standaard terugkoppeling; wat u wel deelt, toetst u aan wat hij voor zijn eigen zorg nodig "
            "heeft."
        ),
        "options": [
            {
                "text": (
                    "De kinderarts is hier informant, geen melder; hij krijgt geen standaard terugkoppeling. U deelt "
                    "alleen wat hij nodig heeft voor zijn eigen zorg voor het kind."
                ),
                "correct": True,
                "feedback": "Juist: voor een informant geldt geen standaard terugkoppeling; deel alleen wat nodig is.",
                "reference": "Handelingsprotocol 2019, terugkoppeling aan de melder",
            },
            {
                "text": "Iedere professional die informatie geeft, krijgt dezelfde terugkoppeling als de melder.",
                "correct": False,
                "feedback": "Nee: de terugkoppeling is voor de melder bedoeld; voor een informant is er geen standaard terugkoppeling.",
                "reference": "Handelingsprotocol 2019, terugkoppeling aan de melder",
            },
            {
                "text": "De kinderarts krijgt het volledige onderzoeksverslag, omdat hij informatie heeft geleverd.",
                "correct": False,
                "feedback": "Nee: informatie leveren geeft geen recht op het hele verslag.",
                "reference": "AVG, dataminimalisatie",
            },
            {
                "text": "U mag hem niets vertellen, ook niet als hij het kind blijft behandelen.",
                "correct": False,
                "feedback": "Nee: te absoluut. Wat hij nodig heeft voor zijn eigen zorg voor het kind, kan gedeeld worden.",
                "reference": "Handelingsprotocol 2019, terugkoppeling aan de melder",
            },
        ],
    },
    {
        "key": "c7-uitgangspunten-gegevens",
        "kind": "multiple",
        "title": "Uitgangspunten bij gegevensverwerking",
        "stem": (
            "<p>Welke uitgangspunten gelden bij het vastleggen en delen van gegevens in het werk van Veilig Thuis? "
            "Kies alle juiste antwoorden.</p>"
        ),
        "competences": ["C7", "C9"],
        "forms": [],
        "difficulty": "medium",
        "points": 2,
        "explanation": (
            "Gegevens over geweld en mishandeling zijn zeer gevoelig. Doelbinding, zo min mogelijk gegevens en "
            "alleen delen wat een ander voor de eigen taak nodig heeft, beschermen cliënten en het vertrouwen in "
            "Veilig Thuis."
        ),
        "options": [
            {
                "text": "Doelbinding: u gebruikt gegevens alleen voor het doel waarvoor ze zijn verzameld.",
                "correct": True,
                "feedback": "Juist: hergebruik voor andere doelen is niet toegestaan.",
                "reference": "AVG, doelbinding",
            },
            {
                "text": "Dataminimalisatie: u legt niet meer vast en deelt niet meer dan nodig is.",
                "correct": True,
                "feedback": "Juist: zo min mogelijk gegevens, alleen wat nodig is.",
                "reference": "AVG, dataminimalisatie",
            },
            {
                "text": "Noodzakelijkheid: een partij krijgt alleen de informatie die zij voor haar eigen taak nodig heeft.",
                "correct": True,
                "feedback": "Juist: delen gebeurt op basis van wat de ander nodig heeft, niet van wat beschikbaar is.",
                "reference": "AVG, noodzakelijkheid",
            },
            {
                "text": "U deelt alle informatie met alle betrokken hulpverleners, omdat de veiligheid van het kind voorgaat.",
                "correct": False,
                "feedback": "Nee: veiligheid rechtvaardigt gericht delen, niet het delen van alles met iedereen.",
                "reference": "AVG, dataminimalisatie",
            },
            {
                "text": "U mag echte casusgegevens in een training gebruiken als u de achternamen weglaat.",
                "correct": False,
                "feedback": (
                    "Nee: casusmateriaal voor scholing moet verzonnen zijn; zonder achternaam kan een gezin nog steeds "
                    "herkenbaar zijn."
                ),
                "reference": "AVG, doelbinding",
            },
        ],
    },
    {
        "key": "c7-open-besluit-onderbouwen",
        "kind": "open",
        "title": "Een besluit controleerbaar vastleggen",
        "stem": (
            "<p>U heeft na een veiligheidsbeoordeling samen met de gedragswetenschapper besloten tot onderzoek door "
            "Veilig Thuis. Beschrijf welke onderdelen uw schriftelijke onderbouwing van dit besluit moet bevatten, "
            "zodat een teamleider of inspecteur het besluit later kan volgen.</p>"
        ),
        "competences": ["C7", "C4"],
        "forms": [],
        "difficulty": "hard",
        "points": 6,
        "explanation": (
            "Een controleerbaar besluit laat zien welke feiten er lagen, hoe die zijn gewogen, wie besliste en "
            "wanneer, en wat er daarna gebeurt."
        ),
        "model_answer": (
            "<p>Een goede onderbouwing bevat:</p>"
            "<ul>"
            "<li><b>feiten met bron en datum</b>, gescheiden van interpretaties en conclusies, met uitspraken van "
            "betrokkenen letterlijk weergegeven;</li>"
            "<li>de <b>weging</b>: is er acute en/of structurele onveiligheid, wat leverde het nagaan van eerdere "
            "betrokkenheid op, welke criteria voor onderzoek door Veilig Thuis van toepassing zijn en waarom andere "
            "routes zijn afgevallen;</li>"
            "<li><b>wie</b> het besluit nam (met de gedragswetenschapper) en <b>wanneer</b>, zodat te zien is dat de "
            "termijn van vijf werkdagen is gehaald;</li>"
            "<li>de <b>vervolgstappen</b>: wie is verantwoordelijk, welke afspraken gelden tot het onderzoek start, "
            "en wanneer en hoe de melder terugkoppeling krijgt.</li>"
            "</ul>"
        ),
        "rubric": [
            {
                "criterion": "Scheidt feiten, bronnen en interpretaties",
                "levels": [
                    {
                        "label": "Onvoldoende",
                        "points": 0,
                        "description": "Noemt geen feiten of bronnen, of mengt waarnemingen en conclusies.",
                    },
                    {
                        "label": "Voldoende",
                        "points": 1,
                        "description": "Noemt feiten en bronnen, maar scheidt ze niet duidelijk van interpretaties.",
                    },
                    {
                        "label": "Goed",
                        "points": 2,
                        "description": "Vraagt om feiten met bron en datum, gescheiden van interpretaties, en letterlijke uitspraken.",
                    },
                ],
            },
            {
                "criterion": "Maakt de weging en de gekozen route navolgbaar",
                "levels": [
                    {
                        "label": "Onvoldoende",
                        "points": 0,
                        "description": "Noemt het besluit zonder weging of criteria.",
                    },
                    {
                        "label": "Voldoende",
                        "points": 1,
                        "description": "Noemt de onveiligheid of de criteria, maar niet waarom andere routes afvielen.",
                    },
                    {
                        "label": "Goed",
                        "points": 2,
                        "description": "Beschrijft onveiligheid, eerdere betrokkenheid, de criteria voor onderzoek en de afgewezen routes.",
                    },
                ],
            },
            {
                "criterion": "Legt verantwoordelijkheid, termijn en vervolg vast",
                "levels": [
                    {
                        "label": "Onvoldoende",
                        "points": 0,
                        "description": "Noemt niet wie besliste, wanneer, of wat er volgt.",
                    },
                    {
                        "label": "Voldoende",
                        "points": 1,
                        "description": "Noemt een deel: bijvoorbeeld wie besliste, maar niet de termijn of de terugkoppeling.",
                    },
                    {
                        "label": "Goed",
                        "points": 2,
                        "description": "Noemt wie besliste en wanneer, de termijn, de verantwoordelijke voor het vervolg en de terugkoppeling aan de melder.",
                    },
                ],
            },
        ],
    },
    # ==========================================================================================
    # C8 — Cultuursensitief en specialistisch handelen
    # ==========================================================================================
    {
        "key": "c8-eergerelateerd-direct-contact",
        "kind": "single",
        "title": "Eergerelateerd geweld en het gesprek met de familie",
        "stem": (
            "<p>Een docent vermoedt dat een leerling (16) door haar familie wordt bedreigd omdat zij een vriend "
            "heeft. De docent wil eerst met de ouders praten, zoals stap 3 van de meldcode beschrijft. Wat adviseert "
            "u?</p>"
        ),
        "competences": ["C8", "C5"],
        "forms": ["eergerelateerd-geweld"],
        "difficulty": "medium",
        "points": 1,
        "explanation": (
            "Bij vermoedens van eergerelateerd geweld en VGV gelden aanvullende stappen: de professional neemt direct "
            "contact op met Veilig Thuis, omdat een gesprek met de familie de dreiging kan vergroten."
        ),
        "options": [
            {
                "text": (
                    "Neem direct contact op met Veilig Thuis en voer geen gesprek met de familie zolang niet duidelijk "
                    "is dat dit veilig kan."
                ),
                "correct": True,
                "feedback": "Juist: een gesprek met de familie kan de leerling in groter gevaar brengen.",
                "reference": "Meldcode, aanvullende stappen bij eergerelateerd geweld",
            },
            {
                "text": "Het gesprek met de ouders is altijd nodig voordat er gemeld mag worden.",
                "correct": False,
                "feedback": "Nee: stap 3 vervalt als het gesprek iemand in gevaar brengt, en bij eergerelateerd geweld is dat risico groot.",
                "reference": "Meldcode stap 3",
            },
            {
                "text": "Eerst het gesprek met de ouders voeren, maar samen met een collega.",
                "correct": False,
                "feedback": "Nee: een collega erbij vermindert de dreiging voor de leerling niet; het risico zit in de reactie van de familie.",
                "reference": "Meldcode, aanvullende stappen bij eergerelateerd geweld",
            },
            {
                "text": "De leerling adviseren zelf aangifte te doen; Veilig Thuis is hier niet nodig.",
                "correct": False,
                "feedback": "Nee: Veilig Thuis is expertisecentrum voor eergerelateerd geweld en werkt zo nodig samen met de politie.",
                "reference": "Wettelijke taken Veilig Thuis",
            },
        ],
    },
    {
        "key": "c8-expertisepartners",
        "kind": "matching",
        "title": "Specialistische partners",
        "stem": "<p>Koppel elke partner aan het terrein waarop die expertise biedt.</p>",
        "competences": ["C8", "C6"],
        "forms": ["eergerelateerd-geweld", "huwelijksdwang-achterlating", "mensenhandel"],
        "difficulty": "medium",
        "points": 2,
        "explanation": (
            "Bij schadelijke praktijken en mensenhandel is specialistische kennis nodig. Veilig Thuis schakelt "
            "deze partners gericht in."
        ),
        "options": [
            {
                "text": "LEC EGG",
                "match": "Politie-expertise bij eergerelateerd geweld",
                "feedback": "Het Landelijk Expertise Centrum Eergerelateerd Geweld is onderdeel van de politie.",
                "reference": "Ketenpartners eergerelateerd geweld",
            },
            {
                "text": "LKHA",
                "match": "Huwelijksdwang en achterlating",
                "feedback": "Het Landelijk Knooppunt Huwelijksdwang en Achterlating ondersteunt bij deze vormen.",
                "reference": "Ketenpartners huwelijksdwang en achterlating",
            },
            {
                "text": "CoMensha",
                "match": "Mensenhandel",
                "feedback": "CoMensha is de partner bij mensenhandel en uitbuiting.",
                "reference": "Ketenpartners mensenhandel",
            },
            {
                "text": "Jeugdgezondheidszorg",
                "match": "Bespreekt VGV preventief met ouders",
                "feedback": "De JGZ bespreekt vrouwelijke genitale verminking preventief.",
                "reference": "Ketenpartners VGV",
            },
        ],
    },
    {
        "key": "c8-dreigende-achterlating",
        "kind": "multiple",
        "title": "Dreigende achterlating",
        "stem": (
            "<p>Een mentor belt in juni. Een leerling (15) vertelt dat haar ouders haar in de zomervakantie naar "
            "familie in het buitenland sturen en dat zij ‘misschien niet meer terugkomt’. Zij is bang en wil niet "
            "dat haar ouders weten dat zij iets heeft gezegd. Welke handelingen passen? Kies alle juiste "
            "antwoorden.</p>"
        ),
        "competences": ["C8", "C3"],
        "forms": ["huwelijksdwang-achterlating", "eergerelateerd-geweld"],
        "difficulty": "hard",
        "points": 2,
        "explanation": (
            "Bij dreigende achterlating bepaalt het vertrekmoment de urgentie. Specialistische expertise en "
            "voorzichtigheid in het contact met de familie zijn nodig om de leerling niet extra in gevaar te "
            "brengen."
        ),
        "options": [
            {
                "text": "De situatie als urgent behandelen, omdat de vakantie en het vertrek dichtbij zijn.",
                "correct": True,
                "feedback": "Juist: na vertrek zijn de mogelijkheden om haar te beschermen veel kleiner.",
                "reference": "Meldcode, aanvullende stappen bij schadelijke praktijken",
            },
            {
                "text": "Expertise inschakelen van het Landelijk Knooppunt Huwelijksdwang en Achterlating.",
                "correct": True,
                "feedback": "Juist: het LKHA heeft specifieke kennis van achterlating.",
                "reference": "Ketenpartners huwelijksdwang en achterlating",
            },
            {
                "text": "Geen gesprek met de ouders voeren voordat duidelijk is hoe de veiligheid van de leerling wordt bewaakt.",
                "correct": True,
                "feedback": "Juist: een gesprek met de ouders kan het vertrek versnellen of de druk op haar vergroten.",
                "reference": "Meldcode, aanvullende stappen bij schadelijke praktijken",
            },
            {
                "text": "De mentor adviseren eerst met de ouders te praten, zodat zij hun kant kunnen vertellen.",
                "correct": False,
                "feedback": "Nee: dat kan de leerling in gevaar brengen; zij vroeg bovendien uitdrukkelijk om dit niet te doen.",
                "reference": "Meldcode stap 3",
            },
            {
                "text": "Afwachten of de leerling na de vakantie terugkomt, zodat er meer duidelijkheid is.",
                "correct": False,
                "feedback": "Nee: als zij niet terugkomt, is het te laat om haar te beschermen.",
                "reference": "Afwegingskader, vraag 2",
            },
        ],
    },
    {
        "key": "c8-signalen-mensenhandel",
        "kind": "multiple",
        "title": "Signalen van mensenhandel",
        "stem": "<p>Welke signalen kunnen wijzen op mensenhandel of uitbuiting? Kies alle juiste antwoorden.</p>",
        "competences": ["C8", "C2"],
        "forms": ["mensenhandel"],
        "difficulty": "medium",
        "points": 2,
        "explanation": (
            "Mensenhandel kan gaan om seksuele, arbeids- of criminele uitbuiting. Signalen gaan vaak over "
            "afhankelijkheid en gebrek aan vrijheid: geen eigen papieren, schulden, wonen op de werkplek en iemand "
            "anders die bepaalt."
        ),
        "options": [
            {
                "text": "Iemand heeft geen beschikking over de eigen identiteitspapieren.",
                "correct": True,
                "feedback": "Juist: het innemen van papieren maakt iemand afhankelijk.",
                "reference": "Vormen van geweld: mensenhandel en uitbuiting",
            },
            {
                "text": "Iemand werkt om een ‘schuld’ af te lossen aan degene die het werk regelde.",
                "correct": True,
                "feedback": "Juist: een opgelegde schuld is een bekend middel om iemand vast te houden.",
                "reference": "Vormen van geweld: mensenhandel en uitbuiting",
            },
            {
                "text": "Iemand woont op de werkplek en kan daar niet vrij weg.",
                "correct": True,
                "feedback": "Juist: beperkte bewegingsvrijheid is een belangrijk signaal.",
                "reference": "Vormen van geweld: mensenhandel en uitbuiting",
            },
            {
                "text": "Een ander voert steeds het woord en lijkt te bepalen wat iemand zegt.",
                "correct": True,
                "feedback": "Juist: controle over wat iemand vertelt, kan op uitbuiting wijzen.",
                "reference": "Vormen van geweld: mensenhandel en uitbuiting",
            },
            {
                "text": "Iemand werkt als arbeidsmigrant met een eigen contract, loonstrook en bankrekening.",
                "correct": False,
                "feedback": "Nee: arbeidsmigratie met eigen contract en eigen geld is op zichzelf geen signaal.",
                "reference": "Vormen van geweld: mensenhandel en uitbuiting",
            },
            {
                "text": "Iemand spreekt geen Nederlands.",
                "correct": False,
                "feedback": "Nee: een taalbarrière is geen signaal van uitbuiting; zet wel een tolk in.",
                "reference": "Vormen van geweld: mensenhandel en uitbuiting",
            },
        ],
    },
    {
        "key": "c8-cultuur-en-geweld",
        "kind": "single",
        "title": "Cultuursensitief werken bij VGV",
        "stem": (
            "<p>In het teamoverleg zegt een collega over een melding van een dreigende besnijdenis: ‘In hun cultuur "
            "is dat nu eenmaal gebruikelijk; we moeten daar voorzichtig mee zijn.’ Welke reactie past bij "
            "cultuursensitief werken?</p>"
        ),
        "competences": ["C8", "C9"],
        "forms": ["vgv", "kindermishandeling"],
        "difficulty": "hard",
        "points": 1,
        "explanation": (
            "Cultuursensitief werken betekent begrijpen zonder te rechtvaardigen, en oordelen op signalen zonder te "
            "stereotyperen. VGV is een schadelijke praktijk en valt onder kindermishandeling."
        ),
        "options": [
            {
                "text": (
                    "Cultuur helpt het gedrag te begrijpen, maar rechtvaardigt geen geweld: VGV is een schadelijke "
                    "praktijk die we als kindermishandeling behandelen, met specialistische kennis en oog voor de "
                    "risico's van confrontatie met de familie."
                ),
                "correct": True,
                "feedback": "Juist: begrip voor de achtergrond en bescherming van het meisje gaan samen.",
                "reference": "Jeugdwet, definitie kindermishandeling; Meldcode, aanvullende stappen bij VGV",
            },
            {
                "text": "De collega heeft gelijk: bij culturele gebruiken is terughoudendheid de norm.",
                "correct": False,
                "feedback": "Nee: terughoudendheid laat het meisje onbeschermd. De definitie van kindermishandeling geldt voor ieder kind.",
                "reference": "Jeugdwet, definitie kindermishandeling",
            },
            {
                "text": "Bij gezinnen uit landen waar VGV voorkomt, moeten alle meisjes standaard worden gemeld.",
                "correct": False,
                "feedback": "Nee: dat is stereotyperen. Het oordeel rust op signalen in dit gezin, niet op herkomst.",
                "reference": "Professionele ethiek; Meldcode stap 1",
            },
            {
                "text": "De melding overdragen aan de huisarts, omdat het een medisch onderwerp is.",
                "correct": False,
                "feedback": "Nee: er zijn medische aspecten, maar het gaat om de veiligheid van een kind; dat is het werk van Veilig Thuis.",
                "reference": "Wettelijke taken Veilig Thuis",
            },
        ],
    },
    {
        "key": "c8-tolk-inzetten",
        "kind": "single",
        "title": "Wie tolkt?",
        "stem": (
            "<p>U wilt spreken met een vrouw die weinig Nederlands spreekt en mogelijk slachtoffer is van "
            "eergerelateerd geweld. Haar zwager biedt aan te tolken. Wat doet u?</p>"
        ),
        "competences": ["C8", "C5"],
        "forms": ["eergerelateerd-geweld"],
        "difficulty": "medium",
        "points": 1,
        "explanation": (
            "In de professionele praktijk geldt: familieleden en kinderen tolken niet in gesprekken over geweld. Bij "
            "eergerelateerd geweld kan een familielid bovendien deel zijn van de dreiging."
        ),
        "options": [
            {
                "text": (
                    "U zet een professionele tolk in, bij voorkeur iemand zonder banden met de familie of de "
                    "gemeenschap, zodat zij vrijuit kan praten."
                ),
                "correct": True,
                "feedback": "Juist: zo kan zij vertellen wat er speelt, zonder dat informatie bij de familie terechtkomt.",
                "reference": "Professionele praktijk: werken met tolken",
            },
            {
                "text": "U laat de zwager tolken, omdat hij de familie en de situatie kent.",
                "correct": False,
                "feedback": "Nee: de zwager hoort bij de familie waar de dreiging mogelijk vandaan komt.",
                "reference": "Professionele praktijk: werken met tolken",
            },
            {
                "text": "U laat haar oudste kind (12) tolken.",
                "correct": False,
                "feedback": "Nee: een kind laten tolken over geweld is belastend voor het kind en onbetrouwbaar voor het gesprek.",
                "reference": "Professionele praktijk: werken met tolken",
            },
            {
                "text": "U stelt het gesprek uit tot zij voldoende Nederlands spreekt.",
                "correct": False,
                "feedback": "Nee: dan blijft zij zonder hulp en blijft de onveiligheid buiten beeld.",
                "reference": "Professionele praktijk: werken met tolken",
            },
        ],
    },
    # ==========================================================================================
    # C9 — Professionele reflectie en ethiek
    # ==========================================================================================
    {
        "key": "c9-tunnelvisie",
        "kind": "single",
        "title": "Tunnelvisie tegengaan",
        "stem": (
            "<p>Na het eerste gesprek bent u ervan overtuigd dat de vader in een gezin de pleger is. Nieuwe "
            "informatie die daar niet bij past, legt u snel terzijde. Wat helpt het best om deze tunnelvisie tegen "
            "te gaan?</p>"
        ),
        "competences": ["C9", "C3"],
        "forms": [],
        "difficulty": "medium",
        "points": 1,
        "explanation": (
            "Tunnelvisie en verankering aan een eerste indruk zijn bekende denkfouten. Actief zoeken naar "
            "tegenbewijs en toetsing door anderen maken een oordeel sterker."
        ),
        "options": [
            {
                "text": (
                    "Bewust zoeken naar informatie en verklaringen die uw eerste beeld tegenspreken, en uw redenering "
                    "toetsen bij de gedragswetenschapper of in het team, eventueel met een gestructureerd instrument."
                ),
                "correct": True,
                "feedback": "Juist: tegenspraak organiseren is de beste remedie tegen tunnelvisie.",
                "reference": "Professionele reflectie; LIRIK (NJi)",
            },
            {
                "text": "Zo snel mogelijk een besluit nemen, zodat twijfel geen rol meer speelt.",
                "correct": False,
                "feedback": "Nee: haast versterkt tunnelvisie juist.",
                "reference": "Professionele reflectie",
            },
            {
                "text": "Alleen informatie van professionals meewegen, omdat ouders vaak niet objectief zijn.",
                "correct": False,
                "feedback": "Nee: ook professionals kunnen een vertekend beeld hebben, en ouders zijn een belangrijke bron.",
                "reference": "Professionele reflectie",
            },
            {
                "text": "Het eerste beeld vasthouden, omdat een eerste indruk meestal klopt.",
                "correct": False,
                "feedback": "Nee: dat is precies de verankering die tot tunnelvisie leidt.",
                "reference": "Professionele reflectie",
            },
        ],
    },
    {
        "key": "c9-instrument-en-oordeel",
        "kind": "single",
        "title": "Als het instrument iets anders zegt",
        "stem": (
            "<p>Een risicotaxatie-instrument geeft bij een gezin een lage risicoscore. U en de gedragswetenschapper "
            "maken zich toch ernstige zorgen. Wat doet u?</p>"
        ),
        "competences": ["C9", "C3", "C4"],
        "forms": [],
        "difficulty": "medium",
        "points": 1,
        "explanation": (
            "Instrumenten structureren en onderbouwen een oordeel, maar vervangen nooit het overleg met de "
            "gedragswetenschapper, het gesprek met het gezin of de toets op eigen vooroordelen."
        ),
        "options": [
            {
                "text": (
                    "U weegt de score mee, maar neemt het besluit op basis van het geheel: u bespreekt de zorgen in het "
                    "team en legt vast waarom u afwijkt en wat uw oordeel onderbouwt."
                ),
                "correct": True,
                "feedback": "Juist: een transparante, vastgelegde afweging is controleerbaar, ook als die afwijkt van de score.",
                "reference": "Gebruik van risicotaxatie-instrumenten",
            },
            {
                "text": "U volgt de score: een instrument is objectiever dan uw eigen indruk.",
                "correct": False,
                "feedback": "Nee: een instrument kan niet alle relevante informatie vangen en beslist niet in uw plaats.",
                "reference": "Gebruik van risicotaxatie-instrumenten",
            },
            {
                "text": "U vult het instrument opnieuw in, tot de uitkomst bij uw zorgen past.",
                "correct": False,
                "feedback": "Nee: zo gebruikt u het instrument om een vooraf vaststaand oordeel te bevestigen.",
                "reference": "Gebruik van risicotaxatie-instrumenten",
            },
            {
                "text": "U laat het instrument voortaan weg; het zegt in de praktijk weinig.",
                "correct": False,
                "feedback": "Nee: instrumenten verbreden de blik en helpen tunnelvisie te voorkomen; ze zijn een hulpmiddel.",
                "reference": "Gebruik van risicotaxatie-instrumenten; LIRIK (NJi)",
            },
        ],
    },
    {
        "key": "c9-secundaire-traumatisering",
        "kind": "multiple",
        "title": "Als het werk zijn tol eist",
        "stem": (
            "<p>Welke signalen kunnen erop wijzen dat het werk bij u of een collega zijn tol eist, bijvoorbeeld door "
            "secundaire traumatisering? Kies alle juiste antwoorden.</p>"
        ),
        "competences": ["C9"],
        "forms": [],
        "difficulty": "medium",
        "points": 2,
        "explanation": (
            "Wie dagelijks met geweld werkt, kan er zelf door worden geraakt. Signalen herkennen en bespreken, in "
            "intervisie, supervisie of met de teamleider, hoort bij professioneel werken."
        ),
        "options": [
            {
                "text": "Beelden uit casussen blijven thuis terugkomen of verstoren de slaap.",
                "correct": True,
                "feedback": "Juist: herbeleving en slaapproblemen zijn signalen om serieus te nemen.",
                "reference": "Professionele reflectie en zelfzorg",
            },
            {
                "text": "Cynisme of afstomping tegenover cliënten en hun verhalen.",
                "correct": True,
                "feedback": "Juist: afstomping kan een manier zijn om jezelf te beschermen, maar gaat ten koste van het werk.",
                "reference": "Professionele reflectie en zelfzorg",
            },
            {
                "text": "Zware casussen vermijden of gesprekken steeds uitstellen.",
                "correct": True,
                "feedback": "Juist: vermijding kan op overbelasting wijzen en raakt direct aan de veiligheid van cliënten.",
                "reference": "Professionele reflectie en zelfzorg",
            },
            {
                "text": "Na een ingrijpend huisbezoek behoefte hebben aan intervisie.",
                "correct": False,
                "feedback": "Nee: dat is juist een gezonde en professionele reactie.",
                "reference": "Professionele reflectie en zelfzorg",
            },
            {
                "text": "Bij een moeilijk besluit twijfelen en dat bespreken met de gedragswetenschapper.",
                "correct": False,
                "feedback": "Nee: twijfel bespreken hoort bij zorgvuldige besluitvorming.",
                "reference": "Professionele reflectie",
            },
        ],
    },
    {
        "key": "c9-skj-reflectie",
        "kind": "single",
        "title": "Reflectie-uren voor herregistratie",
        "stem": (
            "<p>Voor herregistratie als jeugd- en gezinsprofessional in het SKJ-register gelden onder meer eisen aan "
            "reflectie. Hoeveel uur reflectie heeft u ten minste nodig in een registratieperiode van vijf jaar?</p>"
        ),
        "competences": ["C9"],
        "forms": [],
        "difficulty": "easy",
        "points": 1,
        "explanation": (
            "Naast reflectie gelden eisen aan werkervaring en deskundigheidsbevordering. Controleer de actuele "
            "eisen altijd op de website van SKJ."
        ),
        "options": [
            {
                "text": "60 uur",
                "correct": True,
                "feedback": "Juist: ten minste 60 uur reflectie in vijf jaar, bijvoorbeeld intervisie of supervisie.",
                "reference": "SKJ, herregistratie jeugd- en gezinsprofessionals",
            },
            {
                "text": "20 uur",
                "correct": False,
                "feedback": "Nee: de eis is hoger, ten minste 60 uur in vijf jaar.",
                "reference": "SKJ, herregistratie jeugd- en gezinsprofessionals",
            },
            {
                "text": "120 uur",
                "correct": False,
                "feedback": "Nee: de eis is ten minste 60 uur in vijf jaar.",
                "reference": "SKJ, herregistratie jeugd- en gezinsprofessionals",
            },
            {
                "text": "Er geldt geen eis voor reflectie, alleen voor scholing.",
                "correct": False,
                "feedback": "Nee: reflectie is een aparte eis voor herregistratie.",
                "reference": "SKJ, herregistratie jeugd- en gezinsprofessionals",
            },
        ],
    },
    {
        "key": "c9-tuchtrecht",
        "kind": "single",
        "title": "Wat betekent tuchtrecht?",
        "stem": "<p>Wat betekent het SKJ-tuchtrecht voor u als geregistreerde professional?</p>",
        "competences": ["C9", "C1"],
        "forms": [],
        "difficulty": "medium",
        "points": 1,
        "explanation": (
            "SKJ houdt het register bij en voert het tuchtrecht uit. Tuchtrecht toetst professioneel handelen aan de "
            "beroepscode en is bedoeld om de kwaliteit van het vak te bewaken."
        ),
        "options": [
            {
                "text": (
                    "Een tuchtcollege kan uw professionele handelen toetsen aan de beroepscode, bijvoorbeeld na een "
                    "klacht, en zo nodig een maatregel opleggen."
                ),
                "correct": True,
                "feedback": "Juist: als geregistreerde professional bent u aanspreekbaar op uw beroepsmatig handelen.",
                "reference": "SKJ, tuchtrecht",
            },
            {
                "text": "Het tuchtrecht geldt alleen voor vertrouwensartsen in het BIG-register.",
                "correct": False,
                "feedback": "Nee: ook SKJ-geregistreerde professionals vallen onder tuchtrecht, via de tuchtcolleges van SKJ.",
                "reference": "SKJ, tuchtrecht",
            },
            {
                "text": "Het tuchtrecht gaat over strafbare feiten en wordt uitgevoerd door het Openbaar Ministerie.",
                "correct": False,
                "feedback": "Nee: dat is het strafrecht. Tuchtrecht gaat over professioneel handelen volgens de beroepscode.",
                "reference": "SKJ, tuchtrecht",
            },
            {
                "text": "Het tuchtrecht regelt alleen de registratie-eisen, zoals het aantal scholingsuren.",
                "correct": False,
                "feedback": "Nee: de registratie-eisen staan in het registratiereglement; tuchtrecht gaat over het handelen zelf.",
                "reference": "SKJ, tuchtrecht",
            },
        ],
    },
    {
        "key": "c9-open-eigen-norm",
        "kind": "open",
        "title": "Omgaan met een eigen norm",
        "stem": (
            "<p>U bent opgegroeid in een gezin waarin ‘een tik’ als gewone opvoeding gold. Bij een melding over een "
            "vader die zijn zoon van 6 ‘af en toe een klap’ geeft, merkt u dat u denkt: ‘Dat valt toch wel mee.’</p>"
            "<p>Beschrijf hoe u met deze eigen norm omgaat, zodat uw beoordeling zorgvuldig blijft.</p>"
        ),
        "competences": ["C9", "C3"],
        "forms": ["kindermishandeling"],
        "difficulty": "medium",
        "points": 6,
        "explanation": (
            "Iedereen neemt eigen normen mee. Professioneel werken betekent die normen herkennen, ze toetsen aan het "
            "professionele kader en tegenspraak organiseren."
        ),
        "model_answer": (
            "<p>Een goed antwoord laat zien dat u:</p>"
            "<ul>"
            "<li>de eigen norm <b>herkent en benoemt</b>, inclusief waar die vandaan komt, en ziet hoe die uw "
            "eerste oordeel kleurt;</li>"
            "<li>de situatie <b>toetst aan het professionele kader</b>: de definitie van kindermishandeling "
            "(lichamelijk geweld door een ouder), de vraag of er sprake is van structurele onveiligheid (‘af en "
            "toe’ betekent herhaling) en de feiten met hun bronnen, los van uw eigen gevoel;</li>"
            "<li><b>tegenspraak organiseert</b>: de beoordeling bespreken met de gedragswetenschapper of een "
            "collega, een gestructureerd instrument gebruiken om de blik te verbreden, en de eigen norm inbrengen "
            "in intervisie of supervisie.</li>"
            "</ul>"
        ),
        "rubric": [
            {
                "criterion": "Herkent de eigen norm en de invloed ervan",
                "levels": [
                    {
                        "label": "Onvoldoende",
                        "points": 0,
                        "description": "Ziet de eigen norm niet als risico voor het oordeel.",
                    },
                    {
                        "label": "Voldoende",
                        "points": 1,
                        "description": "Benoemt de eigen norm, maar niet hoe die het oordeel kan kleuren.",
                    },
                    {
                        "label": "Goed",
                        "points": 2,
                        "description": "Benoemt de norm, de herkomst en de invloed op het eerste oordeel.",
                    },
                ],
            },
            {
                "criterion": "Toetst aan het professionele kader",
                "levels": [
                    {
                        "label": "Onvoldoende",
                        "points": 0,
                        "description": "Verwijst niet naar definities, afwegingskader of feiten.",
                    },
                    {
                        "label": "Voldoende",
                        "points": 1,
                        "description": "Verwijst naar het kader, maar algemeen en zonder toepassing op deze melding.",
                    },
                    {
                        "label": "Goed",
                        "points": 2,
                        "description": "Past de definitie van kindermishandeling en het begrip structurele onveiligheid toe op deze melding.",
                    },
                ],
            },
            {
                "criterion": "Organiseert tegenspraak en reflectie",
                "levels": [
                    {"label": "Onvoldoende", "points": 0, "description": "Noemt geen toetsing door anderen."},
                    {
                        "label": "Voldoende",
                        "points": 1,
                        "description": "Noemt één vorm van toetsing, bijvoorbeeld overleg met een collega.",
                    },
                    {
                        "label": "Goed",
                        "points": 2,
                        "description": "Noemt overleg met de gedragswetenschapper of een collega én een instrument of intervisie.",
                    },
                ],
            },
        ],
    },
]
