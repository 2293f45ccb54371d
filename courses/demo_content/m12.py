from __future__ import annotations

COURSE = {
    "code": "M12",
    "slug": "verslaglegging-gegevensdeling-beroepsethiek",
    "title": "Verslaglegging, gegevensdeling en beroepsethiek",
    "summary": (
        "U leert feitelijk en controleerbaar verslag te leggen, gegevens zorgvuldig en "
        "rechtmatig te delen volgens de AVG, en uw eigen professionele handelen te toetsen aan "
        "beroepscode, tuchtrecht en reflectie. Zo blijven besluiten navolgbaar voor gezinnen, "
        "collega's en toezichthouders, en blijft u zelf goed in staat dit werk te doen."
    ),
    "learning_objectives": [
        "U legt feitelijk en met bronvermelding vast en houdt waarneming en interpretatie uit elkaar.",
        "U past de AVG-beginselen (doelbinding, minimale gegevensverwerking, need-to-know) en de "
        "wettelijke grondslagen voor gegevensdeling toe in het werk van Veilig Thuis.",
        "U past de beroepscode toe en weet wat het tuchtrecht van SKJ betekent voor uw eigen praktijk.",
        "U benut reflectie en intervisie, en herkent secundaire traumatisering en uw eigen grenzen.",
    ],
    "study_load_hours": 4,
    "functions": "all",
    "forms_of_violence": ["huiselijk-geweld", "kindermishandeling"],
    "competences": ["C7", "C9", "C1"],
    "accreditation": {"body": "SKJ", "number": "VT-2026-M12", "points": 4},
    "prerequisites": ["M01"],
    "certificate_validity_months": 36,
    "lessons": [
        # ------------------------------------------------------------------ les 1
        {
            "slug": "feitelijk-en-controleerbaar-verslagleggen",
            "title": "Feitelijk en controleerbaar verslagleggen",
            "summary": (
                "Waarnemingen, uitspraken, interpretaties en besluiten zo vastleggen dat anderen "
                "ze kunnen volgen en toetsen."
            ),
            "duration_minutes": 35,
            "body": [
                (
                    "content_warning",
                    "Deze les gebruikt korte voorbeelden van dossiernotities over letsel bij een kind. "
                    "Neem gerust even pauze als u dat nodig hebt.",
                ),
                (
                    "text",
                    "<p>Het dossier is bij Veilig Thuis veel meer dan een administratieve plicht. Op "
                    "basis van wat u vastlegt, nemen collega's besluiten over de veiligheid van "
                    "kinderen en volwassenen, soms maanden later en zonder u te kunnen spreken. "
                    "Betrokkenen kunnen hun gegevens inzien en om correctie vragen. Ook de Inspectie "
                    "Gezondheidszorg en Jeugd, een klachtencommissie of een tuchtcollege kan uw "
                    "verslaglegging beoordelen. Schrijf daarom altijd alsof de betrokkenen en een "
                    "onafhankelijke beoordelaar meelezen.</p>"
                    "<h3>Vier soorten informatie uit elkaar houden</h3>"
                    "<ul>"
                    "<li><b>Waarnemingen</b>: wat u zelf hebt gezien of gehoord, met datum en tijd. "
                    "Bijvoorbeeld: 'Op 3 maart om 10.00 uur zag ik een blauwe plek van ongeveer vijf "
                    "centimeter op de linkerbovenarm van Noor.'</li>"
                    "<li><b>Uitspraken</b>: wat anderen zeggen, zo letterlijk mogelijk en met de bron "
                    "erbij. Bijvoorbeeld: 'Volgens de leerkracht zei Noor: “Papa heeft me hard "
                    "vastgepakt.”'</li>"
                    "<li><b>Interpretaties en hypothesen</b>: wat u of een deskundige denkt dat de "
                    "informatie betekent, herkenbaar als zodanig. Noem ook andere mogelijke "
                    "verklaringen die u hebt overwogen.</li>"
                    "<li><b>Besluiten</b>: wat is besloten, door wie, op grond van welke informatie en "
                    "welke alternatieven zijn afgewogen.</li>"
                    "</ul>"
                    "<h3>Oordelende taal vermijden</h3>"
                    "<p>Woorden als 'onverschillig', 'agressief' of 'manipulatief' zeggen vaak meer "
                    "over de schrijver dan over de situatie. Beschrijf het gedrag waarop u zo'n indruk "
                    "baseert: 'Vader verhief zijn stem, stond op en verliet de kamer toen ik de blauwe "
                    "plek ter sprake bracht.' De lezer kan dan zelf de betekenis wegen, en de "
                    "betrokkene herkent zich in de beschrijving, ook als hij het niet eens is met uw "
                    "conclusie.</p>"
                    "<h3>Ook het andere verhaal vastleggen</h3>"
                    "<p>Leg ook vast wat goed gaat, wat beschermend werkt en hoe de betrokkenen zelf "
                    "tegen de situatie aankijken. Een dossier dat alleen zorgen bevat, geeft een "
                    "vertekend beeld en maakt een eerlijke weging moeilijker. Heeft een betrokkene een "
                    "andere kijk op wat u hebt opgeschreven, noteer die zienswijze dan naast uw eigen "
                    "bevindingen in plaats van haar weg te laten.</p>"
                    "<h3>Bronnen en eerdere meldingen</h3>"
                    "<p>Vermeld bij informatie van anderen altijd de bron en hoe die bron aan de "
                    "informatie kwam: zelf gezien, van horen zeggen of uit een eerder dossier. "
                    "Eerdere meldingen zijn waardevol voor de radarfunctie, maar neem ze niet "
                    "ongemerkt over als vaststaand feit. Schrijf 'in de melding van vorig jaar staat "
                    "dat…' in plaats van de bewering als eigen vaststelling te herhalen. Zo voorkomt u "
                    "dat een onjuiste of verouderde bewering zich door kopiëren in het dossier "
                    "verspreidt.</p>"
                    "<h3>Besluiten navolgbaar onderbouwen</h3>"
                    "<p>Bij elk besluit over een route, bijvoorbeeld na de veiligheidsbeoordeling, "
                    "hoort een korte onderbouwing: welke informatie er was, wat ontbrak, welke "
                    "afweging is gemaakt en met wie u hebt overlegd, zoals de gedragswetenschapper of "
                    "de vertrouwensarts. Een teamleider of inspecteur moet kunnen volgen hoe u tot uw "
                    "besluit kwam, ook als de afloop later anders blijkt dan verwacht. Schrijf "
                    "bovendien tijdig: een notitie die dagen na een gesprek wordt gemaakt, is minder "
                    "betrouwbaar en laat collega's in de tussentijd zonder informatie.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Let op",
                        "body": (
                            "<p>Sommige gegevens kunnen de veiligheid van een ander in gevaar brengen "
                            "als ze worden ingezien, zoals het nieuwe adres van een slachtoffer of de "
                            "identiteit van een melder aan wie anonimiteit is toegezegd. Overleg bij "
                            "een verzoek om inzage of afschrift altijd met de jurist voordat u iets "
                            "verstrekt.</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": "Welke dossiernotitie voldoet het best aan de eisen van feitelijke verslaglegging?",
                        "options": [
                            {
                                "text": "'Moeder is onverschillig over het letsel van haar kind.'",
                                "correct": False,
                                "feedback": "Niet juist. Dit is een oordeel zonder beschreven gedrag of bron. "
                                "Het AVG-beginsel van juistheid vraagt dat vastgelegde gegevens "
                                "kloppen en controleerbaar zijn; een etiket als 'onverschillig' is "
                                "dat niet.",
                            },
                            {
                                "text": "'Tijdens het huisbezoek op 4 april zei moeder: “Hij valt wel vaker, "
                                "dat hoort erbij.” Zij vroeg niet naar het letsel.'",
                                "correct": True,
                                "feedback": "Juist. De notitie bevat datum, context, een letterlijke uitspraak "
                                "en een waarneming, zonder oordeel. Dat past bij het AVG-beginsel "
                                "van juistheid en maakt een navolgbare weging in stap 4 van de "
                                "meldcode en bij de veiligheidsbeoordeling mogelijk.",
                            },
                            {
                                "text": "'Volgens mij is hier sprake van mishandeling.'",
                                "correct": False,
                                "feedback": "Niet juist. Een interpretatie zonder de waarnemingen en bronnen "
                                "waarop zij berust, is niet te toetsen. Het Handelingsprotocol "
                                "vraagt een onderbouwde, navolgbare besluitvorming.",
                            },
                            {
                                "text": "'Het gaat niet goed in dit gezin; zorgen blijven bestaan.'",
                                "correct": False,
                                "feedback": "Niet juist. Deze notitie is te algemeen: een collega weet niet "
                                "welke zorgen er zijn en waarop ze zijn gebaseerd. Zo is geen "
                                "weging met het afwegingskader mogelijk.",
                            },
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ les 2
        {
            "slug": "gegevens-delen-doel-noodzaak-need-to-know",
            "title": "Gegevens delen: doel, noodzaak en need-to-know",
            "summary": (
                "De AVG-beginselen toepassen bij het opvragen en delen van informatie in het werk van Veilig Thuis."
            ),
            "duration_minutes": 40,
            "body": [
                (
                    "text",
                    "<p>Veilig Thuis werkt met zeer gevoelige informatie: gegevens over gezondheid, "
                    "seksualiteit en mogelijke strafbare feiten, vaak over kinderen. De AVG en de "
                    "Nederlandse uitvoeringswet (UAVG) rekenen zulke gegevens tot de bijzondere en "
                    "strafrechtelijke persoonsgegevens, waarvoor strengere regels gelden. De Autoriteit "
                    "Persoonsgegevens houdt toezicht. De Wmo 2015 geeft Veilig Thuis een wettelijke "
                    "grondslag om voor zijn taken persoonsgegevens te verwerken, ook zonder "
                    "toestemming van de betrokkenen. Voor het precieze wetsartikel raadpleegt u de "
                    "actuele wettekst of de jurist van uw organisatie. Belangrijk is vooral: die "
                    "grondslag is geen vrijbrief. Hij geldt alleen voor wat nodig is voor de taak.</p>"
                    "<h3>Vijf beginselen in de praktijk</h3>"
                    "<ul>"
                    "<li><b>Doelbinding</b>: u gebruikt gegevens alleen voor het doel waarvoor ze zijn "
                    "verzameld, namelijk de veiligheid van de betrokkenen. Hergebruik voor iets anders, "
                    "zoals een presentatie of een cursus, is niet toegestaan.</li>"
                    "<li><b>Minimale gegevensverwerking</b>: u vraagt en deelt niet meer dan "
                    "nodig is.</li>"
                    "<li><b>Need-to-know</b>: alleen wie de informatie nodig heeft voor de eigen taak, "
                    "krijgt haar. Dat geldt ook voor collega's binnen Veilig Thuis.</li>"
                    "<li><b>Beveiliging</b>: u deelt via beveiligde kanalen en bewaart niets buiten "
                    "het registratiesysteem.</li>"
                    "<li><b>Transparantie</b>: betrokkenen weten wat er met hun gegevens gebeurt en "
                    "kunnen hun rechten uitoefenen, zoals het recht op inzage.</li>"
                    "</ul>"
                    "<h3>Informatie opvragen bij professionals</h3>"
                    "<p>Tijdens een onderzoek kan Veilig Thuis informatie opvragen bij professionals "
                    "zoals de huisarts, de leerkracht of de wijkagent, als dat nodig is ook zonder "
                    "toestemming van het gezin. Doe dat gericht: formuleer de vraag die u beantwoord "
                    "wilt hebben, vraag alleen wat daarvoor nodig is, en leg vast wie wat heeft "
                    "verstrekt. Bedenk dat de meldcode professionals een meldrecht geeft en geen "
                    "meldplicht; ook bij een informatieverzoek wegen zij zelf af wat zij delen.</p>"
                    "<h3>Vier vragen voordat u deelt</h3>"
                    "<ol>"
                    "<li>Waarom deel ik dit, en welk veiligheidsdoel dient het?</li>"
                    "<li>Wat deel ik precies, en kan het met minder?</li>"
                    "<li>Met wie deel ik het, en heeft die persoon het nodig voor de eigen taak?</li>"
                    "<li>Hoe deel ik het veilig, en waar leg ik vast dat ik het heb gedeeld?</li>"
                    "</ol>"
                    "<p>Informeer de betrokkenen in principe over het delen van hun gegevens, tenzij "
                    "dat de veiligheid van iemand in gevaar brengt. Leg ook die afweging vast.</p>"
                    "<h3>Terugkoppeling en overdracht</h3>"
                    "<p>Twee momenten vragen extra zorg. Bij de terugkoppeling hoort de melder of er "
                    "vervolg is ingezet en welke partijen betrokken zijn, maar niet de inhoud van het "
                    "onderzoek. Bij een overdracht krijgt de ontvangende partij wat nodig is om de "
                    "veiligheid te bewaken: de zorgen, de bronnen waarop die berusten en de "
                    "veiligheidsvoorwaarden. Leg in beide gevallen vast wat u hebt gedeeld, met wie en "
                    "waarom, zodat achteraf te controleren is dat u zorgvuldig hebt gehandeld.</p>"
                    "<h3>Oefenmateriaal en intervisie</h3>"
                    "<p>Gebruik echte cliëntgegevens nooit buiten het registratiesysteem, ook niet in "
                    "e-learning, presentaties of reflectieverslagen. Een naam weglaten is vaak niet "
                    "genoeg: een combinatie van leeftijd, woonplaats en gebeurtenis kan een gezin "
                    "alsnog herkenbaar maken. Maak casuïstiek voor intervisie daarom zo algemeen "
                    "mogelijk, of verzin een casus die het dilemma bevat zonder een echt gezin te "
                    "beschrijven.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Let op",
                        "body": (
                            "<p>Deel nooit gegevens die de verblijfplaats van een slachtoffer kunnen "
                            "verraden met de (vermoedelijke) pleger of diens omgeving. Gebruik geen "
                            "privé-apps of persoonlijke e-mail voor informatie uit een dossier.</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": (
                            "Een medewerker van een kinderopvang, die niet de melder is, belt en vraagt "
                            "of er 'iets speelt' in een gezin waar Veilig Thuis onderzoek doet. Wat "
                            "doet u?"
                        ),
                        "options": [
                            {
                                "text": "U deelt niets over het gezin, noteert de vraag en beoordeelt of de "
                                "kinderopvang als informant iets kan bijdragen aan het onderzoek; zo "
                                "ja, dan stelt u zelf gerichte vragen.",
                                "correct": True,
                                "feedback": "Juist. Doelbinding en need-to-know: de kinderopvang heeft deze "
                                "informatie niet nodig voor een eigen taak. Veilig Thuis mag wel "
                                "gericht informatie opvragen als dat nodig is voor het onderzoek.",
                            },
                            {
                                "text": "U bevestigt alleen dat het gezin bij Veilig Thuis bekend is.",
                                "correct": False,
                                "feedback": "Niet juist. Ook het feit dat Veilig Thuis betrokken is, is een "
                                "gevoelig persoonsgegeven. Zonder need-to-know deelt u het niet "
                                "(AVG: minimale gegevensverwerking).",
                            },
                            {
                                "text": "U geeft een samenvatting van de zorgen, omdat de kinderopvang ook "
                                "een meldcode heeft.",
                                "correct": False,
                                "feedback": "Niet juist. De meldcode geeft professionals een meldrecht "
                                "richting Veilig Thuis, maar geen recht op informatie uit een "
                                "dossier. Delen zonder doel strijdt met doelbinding.",
                            },
                            {
                                "text": "U vraagt de ouders om toestemming en deelt daarna het hele verslag.",
                                "correct": False,
                                "feedback": "Niet juist. Ook met toestemming deelt u niet meer dan nodig is "
                                "(minimale gegevensverwerking). Bovendien is niet duidelijk welk "
                                "veiligheidsdoel het delen dient.",
                            },
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ les 3
        {
            "slug": "beroepsethiek-tuchtrecht-eigen-grenzen",
            "title": "Beroepsethiek, tuchtrecht en uw eigen grenzen",
            "summary": (
                "Ethische dilemma's zorgvuldig wegen, het tuchtrecht begrijpen en goed voor uzelf blijven zorgen."
            ),
            "duration_minutes": 35,
            "body": [
                (
                    "text",
                    "<p>Werken bij Veilig Thuis betekent dagelijks afwegen tussen waarden die met "
                    "elkaar botsen. De autonomie van een volwassene die geen hulp wil, tegenover de "
                    "bescherming van de kinderen in huis. Openheid naar een gezin, tegenover de "
                    "veiligheid van een melder. Snel handelen, tegenover zorgvuldig onderzoek. Voor "
                    "zulke dilemma's bestaat zelden één juist antwoord. Wel kunt u laten zien dat u ze "
                    "zorgvuldig, met anderen en op basis van de beroepscode hebt gewogen.</p>"
                    "<h3>Registratie, beroepscode en tuchtrecht</h3>"
                    "<p>De meeste medewerkers van Veilig Thuis zijn geregistreerd bij het "
                    "Kwaliteitsregister Jeugd (SKJ). Veilig Thuis hoort bij het jeugddomein, en de "
                    "norm van de verantwoorde werktoedeling bepaalt dat taken waarvoor een "
                    "geregistreerde professional nodig is, ook door zo iemand worden uitgevoerd. Met "
                    "uw registratie verbindt u zich aan de beroepscode van uw beroepsgroep en valt u "
                    "onder het tuchtrecht van SKJ. Gedragswetenschappers kunnen ook via NIP of NVO "
                    "geregistreerd zijn, met een eigen beroepscode; vertrouwensartsen staan in het "
                    "BIG-register.</p>"
                    "<p>Tuchtrecht bewaakt de kwaliteit van de beroepsuitoefening; het is niet bedoeld "
                    "om schuldigen aan te wijzen. Een tuchtcollege toetst of u hebt gehandeld zoals "
                    "van een zorgvuldige beroepsgenoot mag worden verwacht, met de beroepscode als "
                    "maatstaf. Een ouder die het oneens is met een besluit, kan een klacht indienen. "
                    "Dan gaat het om uw professionele handelen, niet om de vraag of de uitkomst de "
                    "ouder bevalt. Een navolgbaar dossier, overleg met collega's en de "
                    "gedragswetenschapper, en een transparante onderbouwing zijn daarom ook uw beste "
                    "bescherming.</p>"
                    "<h3>Reflectie als onderdeel van het vak</h3>"
                    "<p>Voor herregistratie als jeugd- en gezinsprofessional vraagt SKJ onder meer ten "
                    "minste zestig uur reflectie in vijf jaar, bijvoorbeeld intervisie en supervisie. "
                    "Volgens informatie van SKJ hoort ook een training beroepsethiek bij de eisen; "
                    "controleer de actuele voorwaarden op de website van SKJ. Reflectie is meer dan "
                    "een verplichting. Het helpt u om eigen normen, aannames en blinde vlekken te "
                    "herkennen, zoals tunnelvisie of een te snelle identificatie met één gezinslid.</p>"
                    "<h3>Een dilemma stap voor stap wegen</h3>"
                    "<p>Een vaste volgorde helpt om een dilemma zorgvuldig te wegen. Benoem eerst "
                    "welke waarden en belangen in het geding zijn, en van wie. Verzamel daarna de "
                    "feiten die ertoe doen en onderscheid ze van aannames. Bedenk vervolgens ten minste "
                    "twee handelingsopties en hun gevolgen voor iedereen die betrokken is, met de "
                    "veiligheid van kinderen en andere afhankelijken voorop. Bespreek uw afweging met "
                    "een collega of de gedragswetenschapper en leg haar vast in het dossier.</p>"
                    "<h3>Uw eigen grenzen</h3>"
                    "<p>Wie dagelijks verhalen over geweld hoort, loopt het risico op secundaire "
                    "traumatisering. Signalen zijn bijvoorbeeld slecht slapen, beelden uit zaken die "
                    "blijven terugkomen, prikkelbaarheid, cynisme, of het vermijden van bepaalde "
                    "zaken. Dat zijn geen tekenen van zwakte, maar voorspelbare reacties op zwaar "
                    "werk. Bespreek ze tijdig met collega's, in intervisie of met uw leidinggevende, "
                    "en maak gebruik van de ondersteuning die uw organisatie biedt. De organisatie "
                    "heeft hierin een eigen verantwoordelijkheid, bijvoorbeeld door te zorgen voor een "
                    "haalbare caseload en ruimte voor nabespreking na ingrijpende gebeurtenissen.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Let op",
                        "body": (
                            "<p>Merkt u dat spanning, vermoeidheid of een eigen ervaring uw oordeel in "
                            "een zaak beïnvloedt, bespreek dit dan direct met een collega of uw "
                            "teamleider en vraag zo nodig of een ander de zaak overneemt. Een besluit "
                            "over veiligheid mag niet afhangen van hoe u zich die dag voelt.</p>"
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "question": (
                            "Denk aan een recent dilemma in uw werk waarin twee waarden botsten. Welke "
                            "waarden waren dat, hoe hebt u ze gewogen, met wie hebt u overlegd en wat "
                            "zou u een volgende keer anders doen?"
                        ),
                        "guidance": (
                            "Beschrijf het dilemma in algemene termen en richt u op uw eigen afweging. "
                            "Schrijf geen cliëntgegevens of herleidbare details op."
                        ),
                    },
                ),
            ],
        },
    ],
}
