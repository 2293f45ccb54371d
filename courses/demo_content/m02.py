from __future__ import annotations

COURSE = {
    "code": "M02",
    "slug": "meldcode-afwegingskader-radarfunctie",
    "title": "Meldcode, afwegingskader en radarfunctie",
    "summary": (
        "U leert de vijf stappen van de meldcode en de vijf vragen van het afwegingskader toepassen op het "
        "gesprek met een bellende professional. U begrijpt waarom signalen op de radar van Veilig Thuis moeten "
        "komen, ook als er al hulp is, en hoe dat bijdraagt aan een beter beeld van de veiligheid."
    ),
    "learning_objectives": [
        "U kunt de vijf stappen van de meldcode noemen en de kindcheck en letselduiding in stap 1 en 2 uitleggen.",
        "U kunt de vijf vragen van het afwegingskader toepassen op het gesprek met een bellende professional en de twee besluiten in stap 5 uitleggen.",
        "U kunt acute onveiligheid, structurele onveiligheid en onthulling omschrijven en met voorbeelden toelichten.",
        "U kunt de radarfunctie uitleggen en aangeven waarom het samenbrengen van signalen over een langere periode telt voor de inschatting van risico's.",
        "U kunt een bellende professional adviseren over de stappen die hij of zij nog zelf moet zetten.",
    ],
    "study_load_hours": 4,
    "functions": "all",
    "forms_of_violence": ["huiselijk-geweld", "kindermishandeling", "partnergeweld"],
    "competences": ["C1", "C2", "C4", "C5"],
    "accreditation": {"body": "SKJ", "number": "VT-2026-M02", "points": 4},
    "prerequisites": ["M01"],
    "certificate_validity_months": 36,
    "lessons": [
        {
            "slug": "de-vijf-stappen",
            "title": "De vijf stappen van de meldcode",
            "summary": "Wat professionals in elke stap van de meldcode doen en waarom u die stappen moet kennen.",
            "duration_minutes": 40,
            "body": [
                (
                    "content_warning",
                    (
                        "Deze les bevat voorbeelden van signalen van geweld tegen kinderen en volwassenen, zoals "
                        "letsel. Neem gerust even pauze als dat nodig is."
                    ),
                ),
                (
                    "text",
                    (
                        "<p>Veel professionals die Veilig Thuis bellen, werken met een meldcode. Als medewerker van "
                        "Veilig Thuis moet u die meldcode goed kennen. U adviseert bellers over de stappen die zij al "
                        "hebben gezet of nog moeten zetten, en u herkent in een melding welke stappen zijn "
                        "doorlopen.</p>"
                        "<h3>Wettelijke basis</h3>"
                        "<p>Sinds 2013 moeten professionals die onder de Wet verplichte meldcode vallen, werken met een "
                        "meldcode die is gebaseerd op het landelijke basismodel; de versie van 2017 staat op "
                        "rijksoverheid.nl. De meldcode is een stappenplan. De wet verplicht niet om in elk geval te "
                        "melden: men spreekt van een meldrecht, geen meldplicht. Wel is het sinds 2019 de professionele "
                        "norm dat acute en structurele onveiligheid bij Veilig Thuis worden gemeld.</p>"
                        "<h3>De vijf stappen</h3>"
                        "<ol>"
                        "<li><b>Signalen in kaart brengen.</b> De professional legt vast wat hij of zij ziet en hoort, "
                        "zo feitelijk mogelijk en met de bron erbij. Bij deze stap hoort ook de kindcheck: heeft een "
                        "volwassen cliënt ernstige problemen, zoals geweld, verslaving of een psychiatrische "
                        "aandoening, dan gaat de professional na of er kinderen van deze volwassene afhankelijk zijn "
                        "en of zij veilig zijn.</li>"
                        "<li><b>Collegiale consultatie.</b> De professional bespreekt de signalen met een collega, vaak "
                        "de aandachtsfunctionaris van de eigen organisatie. Zo nodig raadpleegt hij of zij Veilig Thuis "
                        "of een deskundige op het gebied van letselduiding, zoals een forensisch arts. Zo'n deskundige "
                        "kan beoordelen of een letsel past bij de uitleg die ervoor wordt gegeven.</li>"
                        "<li><b>Gesprek met de cliënt of de ouders.</b> De professional bespreekt de zorgen met de "
                        "betrokkene. Dit gesprek mag achterwege blijven als het de veiligheid van iemand in gevaar "
                        "brengt.</li>"
                        "<li><b>Wegen.</b> De professional weegt de aard en de ernst van het geweld en het risico, met "
                        "behulp van het afwegingskader. Bij twijfel raadpleegt hij of zij Veilig Thuis.</li>"
                        "<li><b>Beslissen.</b> Sinds 2019 bestaat deze stap uit twee besluiten: is melden noodzakelijk? "
                        "En is het bieden of organiseren van hulp (ook) mogelijk?</li>"
                        "</ol>"
                        "<h3>Stap 3 en de veiligheid</h3>"
                        "<p>Het gesprek met de cliënt of de ouders is waardevol. De betrokkene krijgt de kans om uitleg te "
                        "geven, en de professional kan open zijn over een eventuele melding. Het gesprek is echter geen "
                        "voorwaarde om te mogen melden. Zou het een kind, een partner of de professional zelf in gevaar "
                        "brengen, dan kan deze stap vervallen. Bij vermoedens van eergerelateerd geweld of vrouwelijke "
                        "genitale verminking gelden aanvullende stappen. De professional neemt dan direct contact op met "
                        "Veilig Thuis, omdat een gesprek met de familie de dreiging kan vergroten.</p>"
                        "<h3>De aandachtsfunctionaris</h3>"
                        "<p>Veel organisaties hebben een aandachtsfunctionaris: een interne deskundige op het gebied van "
                        "huiselijk geweld en kindermishandeling, die collega's ondersteunt bij het doorlopen van de "
                        "meldcode. Vraagt u een bellende professional of de aandachtsfunctionaris al betrokken is, dan "
                        "helpt u die professional ook om binnen de eigen organisatie steun te zoeken.</p>"
                        "<h3>Waarom dit voor u telt</h3>"
                        "<p>Met de vijf stappen kunt u snel ordenen waar een bellende professional staat. Zijn de "
                        "signalen vastgelegd? Is er overlegd? Is het gesprek gevoerd, of is daar bewust van afgezien? "
                        "Zo kunt u gericht adviseren. U voorkomt ook dat een professional denkt dat eerst alle stappen "
                        "volledig doorlopen moeten zijn voordat melden mogelijk is.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "key": "meldcode-stappen",
                        "alt": (
                            "De vijf stappen van de meldcode onder elkaar: 1 signalen in kaart brengen, 2 collegiale "
                            "consultatie, 3 gesprek met de cliënt of ouders, 4 wegen met het afwegingskader, 5 beslissen "
                            "over melden en hulp."
                        ),
                        "caption": "De vijf stappen van de meldcode huiselijk geweld en kindermishandeling.",
                    },
                ),
                (
                    "callout",
                    {
                        "title": "Let op",
                        "body": (
                            "<p>De meldcode is geen afvinklijst. Bij acute onveiligheid hoeft een professional niet eerst "
                            "alle stappen af te ronden: adviseer dan om direct te melden. Loopt iemand op dit moment "
                            "gevaar, dan wordt meteen de politie via 112 ingeschakeld.</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": (
                            "Een maatschappelijk werker belt voor advies. Haar cliënt, een man met een ernstige "
                            "alcoholverslaving, praat steeds over ‘de kleine’ die bij hem woont. Zij weet verder niets over "
                            "dat kind. Welke meldcodestap is nu het eerst aan de orde?"
                        ),
                        "options": [
                            {
                                "text": "Stap 1: signalen in kaart brengen, inclusief de kindcheck.",
                                "correct": True,
                                "feedback": (
                                    "Juist: bij ernstige problemen van een volwassen cliënt hoort in meldcode stap 1 de "
                                    "kindcheck. Eerst moet duidelijk worden of er een kind van deze man afhankelijk is en "
                                    "wat bekend is over de veiligheid van dat kind."
                                ),
                            },
                            {
                                "text": "Stap 3: direct met de cliënt in gesprek over de opvoeding.",
                                "correct": False,
                                "feedback": (
                                    "Niet de beste keuze: een gesprek (meldcode stap 3) kan zinvol zijn, maar eerst moet "
                                    "in kaart zijn of er een afhankelijk kind is en welke signalen er zijn (stap 1, "
                                    "kindcheck)."
                                ),
                            },
                            {
                                "text": "Stap 5: meteen melden bij Veilig Thuis.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist: er zijn nog geen signalen van acute of structurele onveiligheid bekend "
                                    "(afwegingsvraag 2). Eerst brengt de professional de situatie van het kind in kaart "
                                    "(stap 1). Blijkt er gevaar, dan kan zij alsnog direct melden."
                                ),
                            },
                            {
                                "text": "Geen stap: de meldcode gaat over haar cliënt, niet over diens kinderen.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist: de kindcheck in meldcode stap 1 is er juist voor om kinderen van "
                                    "volwassen cliënten in beeld te brengen."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "het-afwegingskader",
            "refresher": True,  # de kern van het vak: bij hercertificering opnieuw
            "title": "Het afwegingskader: vijf vragen, twee besluiten",
            "summary": "Hoe de vijf vragen van het afwegingskader werken en wat acute onveiligheid, structurele onveiligheid en onthulling betekenen.",
            "duration_minutes": 45,
            "body": [
                (
                    "content_warning",
                    (
                        "Deze les beschrijft voorbeelden van lichamelijk geweld en verwaarlozing van kinderen en "
                        "volwassenen. Neem gerust even pauze als dat nodig is."
                    ),
                ),
                (
                    "text",
                    (
                        "<p>Sinds 1 januari 2019 is het afwegingskader een verplicht onderdeel van de meldcode. Het "
                        "ondersteunt professionals bij stap 4 (wegen) en stap 5 (beslissen). Voor u is het afwegingskader "
                        "een gemeenschappelijke taal: wie belt, heeft de vragen idealiter al doorlopen, en als u "
                        "adviseert, loopt u ze samen met de beller langs.</p>"
                        "<h3>De vijf vragen</h3>"
                        "<ol>"
                        "<li><b>Is er op basis van stap 1 tot en met 4 een vermoeden van (dreiging van) huiselijk geweld "
                        "of kindermishandeling?</b> Zo nee, dan sluit de professional af en legt dat vast. Zo ja, dan "
                        "volgt vraag 2.</li>"
                        "<li><b>Is er sprake van acute en/of structurele onveiligheid?</b> Zo ja, dan meldt de "
                        "professional bij Veilig Thuis, en worden de vragen 3 tot en met 5 daarna samen met Veilig Thuis "
                        "beantwoord. Zo nee, dan volgt vraag 3.</li>"
                        "<li><b>Kan ik effectieve hulp bieden of organiseren?</b> Zo nee, dan melden.</li>"
                        "<li><b>Aanvaarden de betrokkenen die hulp en zetten zij zich ervoor in?</b> Zo nee, dan "
                        "melden.</li>"
                        "<li><b>Levert de hulp binnen de gewenste tijd de noodzakelijke resultaten op voor veiligheid en "
                        "welzijn?</b> Zo nee, dan (opnieuw) melden. Zo ja, dan sluit de professional af, met afspraken "
                        "over hoe de veiligheid in de toekomst in het oog wordt gehouden.</li>"
                        "</ol>"
                        "<h3>Twee besluiten in stap 5</h3>"
                        "<p>Het afwegingskader laat zien dat melden en helpen elkaar niet uitsluiten. De professional "
                        "neemt twee besluiten: is melden noodzakelijk, en is hulp bieden of organiseren (ook) mogelijk? "
                        "Een huisarts die structurele onveiligheid ziet, meldt dus bij Veilig Thuis en kan daarnaast de "
                        "zorg voor de patiënt gewoon voortzetten. Door de melding komt de situatie in beeld bij Veilig "
                        "Thuis; de hulp loopt door.</p>"
                        "<h3>Drie kernbegrippen</h3>"
                        "<p><b>Acute onveiligheid</b> is direct fysiek gevaar, waarbij de veiligheid de komende dagen "
                        "niet gewaarborgd is. Denk aan lichamelijk of seksueel geweld, het ontbreken van de meest basale "
                        "zorg, of onnodige medische zorg of medicatie. Voorbeeld: een vrouw vertelt haar "
                        "wijkverpleegkundige dat haar ex-partner haar gisteravond heeft geslagen en heeft gedreigd "
                        "vanavond terug te komen.</p>"
                        "<p><b>Structurele onveiligheid</b> betekent dat onveilige situaties of geweld zich herhalen of "
                        "voortduren. Voorbeeld: een buurtsportcoach ziet al maanden dat een jongen zonder eten en in te "
                        "dunne kleding naar de training komt, terwijl eerdere gesprekken met de ouders niets hebben "
                        "veranderd.</p>"
                        "<p><b>Onthulling</b>: als een kind of een afhankelijke volwassene zelf vertelt over geweld of "
                        "misbruik, wordt dat behandeld als acute onveiligheid. Voorbeeld: een leerling vertelt haar "
                        "mentor dat haar vader haar slaat als hij heeft gedronken.</p>"
                        "<h3>Twijfel is een reden om te bellen</h3>"
                        "<p>Twijfelt een professional in stap 4, dan kan hij of zij Veilig Thuis raadplegen. Dat is een "
                        "adviesvraag: de professional blijft verantwoordelijk, en u helpt de vragen te beantwoorden. Let "
                        "daarbij vooral op vraag 5. Hulp die loopt, is nog geen hulp die werkt. Vraag daarom concreet "
                        "welke resultaten voor de veiligheid zijn bereikt en binnen welke termijn dat had moeten "
                        "gebeuren.</p>"
                        "<h3>Werken met het werkblad</h3>"
                        "<p>Het werkblad bij deze les volgt de vijf vragen. Gebruik het om een advies- of meldgesprek "
                        "voor te bereiden of te oefenen. Schrijf per vraag op welke informatie u van de beller nodig "
                        "heeft om de vraag te beantwoorden, en welke informatie nog ontbreekt. Zo ziet u snel waar een "
                        "gesprek nog gaten vertoont. Vul het werkblad altijd in met een verzonnen situatie, nooit met "
                        "gegevens van echte cliënten.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "key": "afwegingskader",
                        "alt": (
                            "Stroomschema van de vijf vragen van het afwegingskader. Vraag 1 nee: afsluiten. Vraag 2 ja: "
                            "melden bij Veilig Thuis. Vraag 3, 4 of 5 nee: melden. Vraag 5 ja: afsluiten met afspraken "
                            "over toekomstige veiligheid."
                        ),
                        "caption": "Het afwegingskader: vijf vragen die uitkomen bij twee besluiten, melden en/of hulp.",
                    },
                ),
                (
                    "document",
                    {
                        "key": "werkblad-afwegingskader",
                        "description": (
                            "Werkblad met de vijf vragen van het afwegingskader, om een advies- of meldgesprek voor te "
                            "bereiden of te oefenen. Alleen invullen met verzonnen situaties."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "title": "Let op",
                        "body": (
                            "<p>Wordt vraag 2 met ja beantwoord, dan is melden de norm, ook als de professional al hulp "
                            "biedt of een goed contact met het gezin heeft. Een goede hulpverleningsrelatie maakt een "
                            "melding niet overbodig.</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": (
                            "Een schoolmaatschappelijk werker belt. Een leerling van tien vertelde vanochtend dat haar "
                            "vader haar slaat als hij boos is. De werker wil eerst zelf hulp voor het gezin organiseren. "
                            "Wat adviseert u op basis van het afwegingskader?"
                        ),
                        "options": [
                            {
                                "text": "Eerst vraag 3 beantwoorden: als zij effectieve hulp kan organiseren, is melden niet nodig.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist: vraag 3 komt pas aan de orde als vraag 2 met nee is beantwoord. Een "
                                    "onthulling geldt als acute onveiligheid, dus bij afwegingsvraag 2 is het antwoord ja."
                                ),
                            },
                            {
                                "text": (
                                    "Melden bij Veilig Thuis, omdat de onthulling als acute onveiligheid geldt; de vragen "
                                    "3 tot en met 5 beantwoordt zij daarna samen met Veilig Thuis."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Juist: een onthulling door een kind wordt behandeld als acute onveiligheid. Bij "
                                    "afwegingsvraag 2 volgt dan een melding. Haar eigen hulp kan daarnaast blijven "
                                    "bestaan (de twee besluiten van meldcode stap 5)."
                                ),
                            },
                            {
                                "text": "Eerst met de vader in gesprek gaan, zodat hij zijn kant kan vertellen.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist: het gesprek uit meldcode stap 3 mag achterwege blijven als het de "
                                    "veiligheid van het kind in gevaar brengt. Na een onthulling kan een gesprek met de "
                                    "vader het kind juist in gevaar brengen. Melden gaat hier voor."
                                ),
                            },
                            {
                                "text": "Afwachten en het kind over een week opnieuw vragen hoe het gaat.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist: er is een vermoeden van kindermishandeling (afwegingsvraag 1) en sprake "
                                    "van acute onveiligheid (afwegingsvraag 2). Afwachten laat het kind zonder "
                                    "bescherming."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "radarfunctie-en-advies",
            "title": "De radarfunctie en uw advies aan professionals",
            "summary": "Waarom signalen op de radar moeten komen en hoe u een bellende professional helpt de eigen stappen te zetten.",
            "duration_minutes": 45,
            "body": [
                (
                    "content_warning",
                    (
                        "Deze les bevat een voorbeeld van partnergeweld en letsel bij een volwassene, en van een kind "
                        "dat getuige is van geweld. Neem gerust even pauze als dat nodig is."
                    ),
                ),
                (
                    "text",
                    (
                        "<p>Eén signaal zegt vaak weinig. Een blauwe plek kan door een ongelukje komen, een teruggetrokken "
                        "kind kan veel redenen hebben, een ruzie tussen partners kan eenmalig zijn. Pas als signalen uit "
                        "verschillende bronnen en over een langere periode samenkomen, ontstaat een beeld van de "
                        "veiligheid in een gezin. Daarvoor bestaat de radarfunctie van Veilig Thuis.</p>"
                        "<h3>Wat is de radarfunctie?</h3>"
                        "<p>Het ministerie van VWS beschreef de radarfunctie in 2017. De kern: ernstige signalen moeten "
                        "altijd worden gemeld, zodat ze ‘op de radar komen’. Veilig Thuis brengt signalen van "
                        "verschillende melders over een langere periode samen en volgt situaties door te monitoren. De "
                        "radarfunctie hangt direct samen met de aangescherpte meldcode: sinds 1 januari 2019 meldt een "
                        "professional acute of structurele onveiligheid ook als hij of zij zelf hulp blijft bieden.</p>"
                        "<p>Let op het woord ‘functie’. De radar is geen instrument of lijst die u invult, maar een taak "
                        "van de organisatie als geheel. Iedere medewerker draagt eraan bij: door meldingen zorgvuldig te "
                        "registreren, door na te gaan of er eerder contact is geweest en door signalen die op zichzelf "
                        "klein lijken, niet weg te laten.</p>"
                        "<h3>Wat komt er op de radar?</h3>"
                        "<ul>"
                        "<li>meldingen van professionals die het afwegingskader hebben doorlopen;</li>"
                        "<li>eerdere meldingen bij een van de 26 Veilig Thuis-organisaties; via een landelijk register "
                        "kan worden nagegaan of een gezin ook in een andere regio bekend is;</li>"
                        "<li>informatie uit monitoring, waarmee Veilig Thuis langer en intensiever volgt of de "
                        "veiligheid blijvend is.</li>"
                        "</ul>"
                        "<p>Hoe belangrijk dit is, blijkt uit cijfers van het CBS: in 2023 ging 28,5 procent van de "
                        "meldingen over een situatie waarbij Veilig Thuis al eerder betrokken was. Wie een nieuwe "
                        "melding los beoordeelt, mist dus vaak de voorgeschiedenis.</p>"
                        "<h3>Een voorbeeld</h3>"
                        "<p>In het fictieve Lindenmarke meldt een huisarts in het voorjaar dat een patiënte met "
                        "kneuzingen op het spreekuur kwam en een vage uitleg gaf. Een half jaar later belt de school van "
                        "haar zoon: hij is stil en teruggetrokken en vertelt over ‘ruzie’ thuis. Elk signaal lijkt op "
                        "zichzelf misschien beperkt. Samen wijzen ze op mogelijk herhaald partnergeweld, met een kind "
                        "dat daar getuige van is. Precies zo'n patroon moet op de radar zichtbaar worden.</p>"
                        "<h3>Adviseren: wat doet de professional zelf?</h3>"
                        "<p>Bij een adviesvraag blijft de professional verantwoordelijk. Uw taak is helder te maken welke "
                        "stappen nog bij die professional liggen. Loop daarvoor samen de meldcode langs:</p>"
                        "<ul>"
                        "<li>Zijn de signalen feitelijk vastgelegd, met bron en datum, en is waar nodig de kindcheck "
                        "gedaan (stap 1)?</li>"
                        "<li>Is er overlegd met een collega of de aandachtsfunctionaris (stap 2)?</li>"
                        "<li>Is het gesprek met de cliënt of de ouders gevoerd, of is er een veiligheidsreden om dat niet "
                        "te doen (stap 3)?</li>"
                        "<li>Welke antwoorden geeft de professional op de vragen van het afwegingskader (stap 4 en "
                        "5)?</li>"
                        "</ul>"
                        "<p>Sluit het advies af met een duidelijke samenvatting: wat gaat de professional doen, wanneer, "
                        "en wanneer neemt hij of zij opnieuw contact op? Blijkt in het gesprek dat er sprake is van acute "
                        "of structurele onveiligheid, zeg dat dan ook ronduit: het afwegingskader vraagt dan om een "
                        "melding.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "title": "Let op",
                        "body": (
                            "<p>Een advies kan tijdens het gesprek een melding worden. Blijkt dat iemand op dit moment in "
                            "direct gevaar is, wacht dan niet tot het einde van het adviesgesprek: volg de spoedprocedure "
                            "van uw regio en schakel zo nodig meteen politie of crisisdienst in.</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": (
                            "Een huisarts belt voor advies. Een patiënte komt al een jaar geregeld met letsel; nu vertelde zij "
                            "dat haar partner haar duwt en slaat. De huisarts wil haar blijven behandelen en twijfelt over "
                            "melden, omdat hij het vertrouwen niet wil schaden. Wat adviseert u?"
                        ),
                        "options": [
                            {
                                "text": "Zolang hij haar behandelt, is melden niet nodig.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist: de vragen over eigen hulp (afwegingsvraag 3 tot en met 5) komen pas aan "
                                    "de orde als er geen acute of structurele onveiligheid is. Herhaald geweld is "
                                    "structurele onveiligheid (afwegingsvraag 2), dus melden is de norm."
                                ),
                            },
                            {
                                "text": (
                                    "Melden, omdat er sprake is van structurele onveiligheid; hij kan zijn behandeling "
                                    "daarnaast voortzetten en beantwoordt de vragen 3 tot en met 5 samen met Veilig Thuis."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Juist: bij afwegingsvraag 2 leidt structurele onveiligheid tot een melding. Meldcode "
                                    "stap 5 kent twee besluiten, dus melden en hulp bieden gaan samen. Zo komen de "
                                    "signalen op de radar en loopt de zorg door."
                                ),
                            },
                            {
                                "text": "Eerst samen met de partner in gesprek gaan om de zorgen te bespreken.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist: het gesprek uit meldcode stap 3 mag achterwege blijven als het iemands "
                                    "veiligheid in gevaar brengt. Een gesprek met de vermoedelijke pleger kan de patiënte "
                                    "juist in gevaar brengen."
                                ),
                            },
                            {
                                "text": "Anoniem melden, zodat de relatie met de patiënte niet wordt geschaad.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist: volgens het Handelingsprotocol maakt een melder zich bij Veilig Thuis "
                                    "bekend; anoniem kan alleen een adviesvraag. Bespreek liever hoe hij open kan zijn "
                                    "naar zijn patiënte, voor zover dat veilig is (meldcode stap 3)."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "question": (
                            "Welke signalen zou u zelf geneigd zijn als ‘te klein om te melden’ te beschouwen? Wat "
                            "verandert er aan uw oordeel als u bedenkt dat Veilig Thuis signalen over een langere periode "
                            "samenbrengt?"
                        ),
                        "guidance": (
                            "Denk in algemene termen of aan een verzonnen voorbeeld. Noteer één vraag die u een bellende "
                            "professional voortaan stelt om te voorkomen dat een signaal buiten beeld blijft. Schrijf geen "
                            "cliëntgegevens op."
                        ),
                    },
                ),
            ],
        },
    ],
}
