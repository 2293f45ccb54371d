from __future__ import annotations

COURSE = {
    "code": "M01",
    "slug": "wettelijk-kader-en-opdracht",
    "title": "Wettelijk kader en opdracht van Veilig Thuis",
    "summary": (
        "U leert hoe Veilig Thuis is ontstaan uit AMK en SHG, welke wettelijke taken de organisatie heeft "
        "en welke wetten, veldnormen en welk toezicht uw dagelijkse werk bepalen. Wie de opdracht scherp "
        "kent, kan melders en gezinnen duidelijk uitleggen wat zij van Veilig Thuis mogen verwachten."
    ),
    "learning_objectives": [
        "U kunt de samenvoeging van AMK en SHG tot AMHK/Veilig Thuis in 2015 uitleggen, met de twee doelen uit de Jeugdwet: één meldpunt en een samenhangende aanpak.",
        "U kunt de wettelijke taken van Veilig Thuis noemen en aangeven wat geen taak van Veilig Thuis is, zoals behandeling.",
        "U kunt de rol van de Wmo 2015, de Jeugdwet, de Wet verplichte meldcode en de Wet tijdelijk huisverbod in het dagelijkse werk van elkaar onderscheiden.",
        "U kunt de rol van het Landelijk Netwerk Veilig Thuis (Handelingsprotocol, Kwaliteitskader) en het toezicht door de IGJ beschrijven, inclusief de termijnen waarop de inspectie let.",
    ],
    "study_load_hours": 4,
    "functions": "all",
    "forms_of_violence": ["huiselijk-geweld", "kindermishandeling", "ouderenmishandeling"],
    "competences": ["C1", "C9"],
    "accreditation": {"body": "SKJ", "number": "VT-2026-M01", "points": 4},
    "prerequisites": [],
    "certificate_validity_months": 36,
    "lessons": [
        {
            "slug": "van-amk-en-shg-naar-veilig-thuis",
            "title": "Van AMK en SHG naar Veilig Thuis",
            "summary": "Waarom twee voorzieningen in 2015 samengingen en wat die geschiedenis nu nog betekent voor uw werk.",
            "duration_minutes": 40,
            "body": [
                (
                    "text",
                    (
                        "<p>Wie bij Veilig Thuis werkt, werkt in een organisatie met twee wortels. Tot 2015 kende "
                        "Nederland twee gescheiden voorzieningen voor geweld in huiselijke kring. De Advies- en "
                        "Meldpunten Kindermishandeling (AMK) hoorden bij de vijftien Bureaus Jeugdzorg en richtten zich "
                        "op kinderen over wie zorgen bestonden. Daarnaast waren er de Steunpunten Huiselijk Geweld "
                        "(SHG, ook wel ASHG), georganiseerd vanuit de 35 centrumgemeenten voor de vrouwenopvang. Zij "
                        "richtten zich vooral op volwassenen die te maken hadden met geweld door een (ex-)partner of "
                        "een ander gezinslid.</p>"
                        "<p>Op 1 januari 2015 zijn beide functies samengevoegd tot regionale Advies- en Meldpunten "
                        "Huiselijk geweld en Kindermishandeling (AMHK). De wet schreef geen vaste regio-indeling voor. "
                        "Wel moest elk meldpunt voor meerdere gemeenten werken en moest het hele land gedekt zijn.</p>"
                        "<h3>Twee doelen uit de Jeugdwet</h3>"
                        "<p>De wetgever gaf de nieuwe organisatie in de Jeugdwet twee doelen mee:</p>"
                        "<ol>"
                        "<li><b>Eén meldpunt.</b> Burgers en professionals hoeven niet meer zelf uit te zoeken of hun "
                        "zorg over een kind of over een volwassene gaat. Met ieder vermoeden van huiselijk geweld of "
                        "kindermishandeling kunnen zij op één plek terecht.</li>"
                        "<li><b>Meer samenhang.</b> Geweld in een gezin treft zelden maar één persoon. Een kind dat "
                        "getuige is van geweld tussen zijn ouders, geldt zelf ook als slachtoffer van "
                        "kindermishandeling. Door beide aanpakken samen te brengen, kan het hele huishouden in beeld "
                        "komen: slachtoffer, pleger en kinderen.</li>"
                        "</ol>"
                        "<p>Tijdens de overgang ondersteunden de VNG en het ministerie van VWS de regio's met een "
                        "ondersteuningsprogramma (2013–2014). Daarin was aandacht voor een model-handelingsprotocol, "
                        "voor het samenvoegen van de registraties en voor de deskundigheid van de medewerkers. Deze "
                        "cursus sluit aan bij die laatste lijn: uw vakmanschap is de kern van de kwaliteit.</p>"
                        "<h3>De naam Veilig Thuis</h3>"
                        "<p>In juli 2014 stelde de toenmalige staatssecretaris de naam ‘Veilig Thuis – advies- en "
                        "meldpunt huiselijk geweld en kindermishandeling’ voor. De naam sloot aan bij de "
                        "publiekscampagne ‘Het houdt niet op, niet vanzelf’. VNG en VWS raadden de regio's aan deze "
                        "naam te voeren, maar verplicht was dat niet. De naam maakt ook zichtbaar dat de organisatie er "
                        "is voor ouderen: ouderenmishandeling valt nadrukkelijk binnen het werkterrein.</p>"
                        "<h3>Zesentwintig organisaties en een landelijk netwerk</h3>"
                        "<p>Nederland telt 26 regionale Veilig Thuis-organisaties. Zij werken samen in het Landelijk "
                        "Netwerk Veilig Thuis (LNVT). Dat netwerk beheert het gratis nummer 0800-2000, dat dag en nacht "
                        "bereikbaar is, en heeft het Handelingsprotocol en het Kwaliteitskader opgesteld. Gemeenten "
                        "zijn opdrachtgever en financieren Veilig Thuis op grond van de Wmo 2015. De organisatievorm "
                        "verschilt: sommige Veilig Thuis-organisaties zijn ondergebracht bij een GGD en vallen zo onder "
                        "een gemeenschappelijke regeling, andere zijn een stichting of onderdeel van een grotere "
                        "stichting. Dat verklaart waarom functienamen en werkinstructies per regio kunnen "
                        "verschillen.</p>"
                        "<h3>Twee tradities in één team</h3>"
                        "<p>De samenvoeging bracht ook twee beroepsculturen bij elkaar. Dat wordt vaak ongeveer zo "
                        "beschreven: wie uit de AMK-traditie komt, is gewend te denken vanuit de veiligheid van het "
                        "kind, met onderzoek, vertrouwensartsen en de Raad voor de Kinderbescherming als vaste ankers. "
                        "Wie uit de SHG-traditie komt, heeft vaak meer ervaring met volwassenen, partnergeweld en "
                        "samenwerking met politie en opvang. Hoe dit in uw eigen regio heeft uitgepakt, verschilt. Vast "
                        "staat wel dat Veilig Thuis beide blikken nodig heeft. Een melding over partnergeweld is ook "
                        "een vraag over de kinderen in dat huis; een melding over een kind vraagt ook om zicht op de "
                        "volwassenen om dat kind heen.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "title": "Let op",
                        "body": (
                            "<p>Kijk bij elke melding naar het hele huishouden. Gaat een melding over geweld tussen "
                            "volwassenen, vraag dan altijd of er kinderen zijn en wie voor hen zorgt. Gaat een melding "
                            "over een kind, vraag dan ook naar de veiligheid van de andere gezinsleden, bijvoorbeeld een "
                            "ouder die zelf slachtoffer kan zijn.</p>"
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "question": (
                            "Vanuit welke blik kijkt u zelf het eerst naar een melding: vanuit het kind of vanuit de "
                            "volwassenen? Wat zou u daardoor gemakkelijk over het hoofd kunnen zien?"
                        ),
                        "guidance": (
                            "Denk aan uw opleiding en eerdere werkplekken. Noem één vraag die u voortaan standaard wilt "
                            "stellen om de andere blik niet te missen. Schrijf geen cliëntgegevens op."
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "wettelijke-taken",
            "title": "Wat Veilig Thuis wel en niet doet",
            "summary": "De wettelijke taken van Veilig Thuis, het verschil tussen advies en melding, en de grens bij hulpverlening.",
            "duration_minutes": 40,
            "body": [
                (
                    "content_warning",
                    (
                        "Deze les noemt in algemene termen vormen van geweld tegen kinderen en volwassenen. "
                        "Neem gerust even pauze als dat nodig is."
                    ),
                ),
                (
                    "text",
                    (
                        "<p>De taken van Veilig Thuis zijn wettelijk vastgelegd. Samen vormen ze de opdracht waarbinnen "
                        "u werkt. Het helpt om ze scherp te kennen: ze bepalen wat een beller of melder van u mag "
                        "verwachten, en ook wat niet.</p>"
                        "<h3>De wettelijke taken</h3>"
                        "<ul>"
                        "<li><b>Een herkenbaar en bereikbaar meldpunt zijn.</b> Veilig Thuis is dag en nacht gratis "
                        "telefonisch bereikbaar via 0800-2000. Daarnaast worden chat en e-mail gebruikt.</li>"
                        "<li><b>Advies en informatie geven</b> aan burgers en professionals die zich zorgen maken.</li>"
                        "<li><b>Meldingen aannemen</b> over (vermoedens van) huiselijk geweld of "
                        "kindermishandeling.</li>"
                        "<li><b>Onderzoek doen</b> naar de vraag of er werkelijk sprake is van huiselijk geweld of "
                        "kindermishandeling.</li>"
                        "<li><b>Zo nodig vervolg in gang zetten:</b> overdragen aan vrijwillige hulp, de Raad voor de "
                        "Kinderbescherming inlichten of om onderzoek vragen, of de politie inlichten.</li>"
                        "<li><b>Terugkoppelen aan de melder</b> wat er met de melding is gebeurd.</li>"
                        "</ul>"
                        "<h3>Advies en melding: wie is verantwoordelijk?</h3>"
                        "<p>Het onderscheid tussen advies en melding komt in module M03 uitgebreid aan bod, maar de kern "
                        "hoort bij uw opdracht. Bij een advies blijft de beller zelf verantwoordelijk voor wat er met de "
                        "zorg gebeurt; u denkt mee, maar neemt de situatie niet over. Een adviesvraag kan ook anoniem, "
                        "en dan legt Veilig Thuis geen persoonsgegevens vast. Bij een melding gaat de verantwoordelijkheid "
                        "om zicht te houden op de veiligheid over van de melder naar Veilig Thuis. Volgens het "
                        "Handelingsprotocol geeft Veilig Thuis altijd gehoor aan de wens om te melden, mits het gaat om "
                        "een (vermoeden van) huiselijk geweld of kindermishandeling en de melder zich bekendmaakt.</p>"
                        "<h3>Wat Veilig Thuis niet doet</h3>"
                        "<p>Veilig Thuis biedt zelf geen behandeling of langdurige begeleiding. De organisatie beoordeelt "
                        "de veiligheid, stelt waar nodig veiligheidsvoorwaarden en zorgt dat passende hulp wordt "
                        "georganiseerd, bijvoorbeeld door het lokale team of door hulpverleners die al betrokken zijn. "
                        "Die grens is belangrijk. Wie als medewerker zelf gaat hulpverlenen, loopt het risico de eigen "
                        "rol als beoordelaar van de veiligheid kwijt te raken, en wekt verwachtingen die Veilig Thuis "
                        "niet kan waarmaken.</p>"
                        "<h3>Welke vormen van geweld?</h3>"
                        "<p>Het werkterrein is breed. Huiselijk geweld is lichamelijk, geestelijk of seksueel geweld, of "
                        "de dreiging daarmee, door iemand uit de huiselijke kring: (ex-)partners, familieleden, "
                        "huisgenoten, mantelzorgers en huisvrienden. ‘Huiselijk’ zegt dus iets over de relatie tussen "
                        "mensen, niet over de plek waar het geweld gebeurt. Onder kindermishandeling vallen ook "
                        "verwaarlozing en het getuige zijn van huiselijk geweld. Ook ouderenmishandeling, waaronder "
                        "financieel misbruik, hoort bij het werkterrein. Daarnaast is Veilig Thuis expertisecentrum "
                        "voor onder meer eergerelateerd geweld, vrouwelijke genitale verminking, huwelijksdwang en "
                        "seksueel misbruik.</p>"
                        "<h3>De route na een melding</h3>"
                        "<p>Na een melding volgt een veiligheidsbeoordeling. Op basis daarvan kiest Veilig Thuis een "
                        "vervolg: overdracht aan het lokale team of aan al betrokken hulp, Voorwaarden &amp; Vervolg, "
                        "een eigen onderzoek, een verzoek aan de Raad voor de Kinderbescherming, of geen vervolg. Waar "
                        "Veilig Thuis zelf veiligheidsvoorwaarden heeft gesteld, volgt monitoring: wordt het huishouden "
                        "veilig, en blijft het dat ook? In de praktijk gaat niet meer dan ongeveer een vijfde van de "
                        "meldingen naar onderzoek. Het grootste deel van het werk bestaat dus uit beoordelen, "
                        "organiseren en overdragen, met de veiligheid steeds als maatstaf.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "key": "proces-veilig-thuis",
                        "alt": (
                            "Schema van het proces bij Veilig Thuis: melding, dan veiligheidsbeoordeling, dan een van de "
                            "routes (overdracht, Voorwaarden en Vervolg, onderzoek, verzoek aan de Raad voor de "
                            "Kinderbescherming of geen vervolg), en tot slot monitoring."
                        ),
                        "caption": "Het proces van melding tot monitoring, op hoofdlijnen.",
                    },
                ),
                (
                    "callout",
                    {
                        "title": "Let op",
                        "body": (
                            "<p>Ook als een beller ‘alleen een vraag’ heeft, blijft de veiligheid uw eerste zorg. Hoort "
                            "u dat iemand op dit moment gevaar loopt, dan wacht u niet op de gewone route: volg de "
                            "spoedprocedure van uw regio en schakel zo nodig direct politie of crisisdienst in.</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": (
                            "Een moeder belt Veilig Thuis. Haar zoon van negen is getuige geweest van geweld door haar "
                            "ex-partner. Zij vraagt of Veilig Thuis haar zoon therapie kan geven. Welke reactie past bij "
                            "de wettelijke opdracht?"
                        ),
                        "options": [
                            {
                                "text": "Veilig Thuis neemt de therapie voor de zoon zelf op zich.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist: Veilig Thuis biedt zelf geen behandeling. Volgens het "
                                    "Handelingsprotocol beoordeelt Veilig Thuis de veiligheid en organiseert het hulp, "
                                    "bijvoorbeeld via overdracht aan het lokale team of al betrokken hulp."
                                ),
                            },
                            {
                                "text": (
                                    "U bespreekt de veiligheid van moeder en zoon, geeft advies en zorgt zo nodig dat "
                                    "passende hulp wordt georganiseerd, bijvoorbeeld via het lokale team."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Juist: advies geven en hulp organiseren horen bij de wettelijke taken; behandelen "
                                    "niet. Het getuige zijn van geweld geldt als kindermishandeling, dus de veiligheid "
                                    "van de zoon verdient aandacht. Blijkt een melding nodig, dan volgt een "
                                    "veiligheidsbeoordeling en een route volgens het Handelingsprotocol."
                                ),
                            },
                            {
                                "text": "U legt uit dat hulpvragen niet bij Veilig Thuis horen en verwijst haar naar de huisarts.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist: advies en informatie geven is een wettelijke taak. Door direct door te "
                                    "verwijzen mist u de vraag of het kind nu veilig is, terwijl het getuige zijn van "
                                    "geweld onder kindermishandeling valt. Het Handelingsprotocol vraagt eerst zicht op "
                                    "de veiligheid."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "wetten-protocol-en-toezicht",
            "refresher": True,  # wet- en regelgeving verandert: bij hercertificering opnieuw
            "title": "Wetten, protocol en toezicht",
            "summary": "Vier wetten in uw dagelijkse werk, de rol van Handelingsprotocol en Kwaliteitskader, en het toezicht door de IGJ.",
            "duration_minutes": 45,
            "body": [
                (
                    "text",
                    (
                        "<p>In uw werk komen vier wetten steeds terug. Elk heeft een eigen functie. Wie ze door elkaar "
                        "haalt, geeft melders en gezinnen al snel onjuiste informatie.</p>"
                        "<h3>Vier wetten in het dagelijkse werk</h3>"
                        "<ul>"
                        "<li><b>Wmo 2015.</b> Deze wet regelt de opdracht en financiering van Veilig Thuis door "
                        "gemeenten en bevat de definitie van huiselijk geweld. De termijn voor de "
                        "veiligheidsbeoordeling staat in de uitvoeringsregels: zo snel mogelijk en uiterlijk binnen "
                        "vijf werkdagen na ontvangst van de melding (Uitvoeringsbesluit Wmo 2015, art. 4.1.7, eerste "
                        "lid; controleer altijd de actuele tekst).</li>"
                        "<li><b>Jeugdwet.</b> Hierin staan de doelen van de samenvoeging en de definitie van "
                        "kindermishandeling. Veilig Thuis hoort bij het jeugddomein: het Besluit Jeugdwet noemt Veilig "
                        "Thuis uitdrukkelijk. Daardoor geldt de norm van verantwoorde werktoedeling: taken waarvoor "
                        "registratie nodig is, worden uitgevoerd door geregistreerde professionals, meestal in het "
                        "register van SKJ.</li>"
                        "<li><b>Wet verplichte meldcode huiselijk geweld en kindermishandeling.</b> Sinds 2013 moeten "
                        "professionals die onder deze wet vallen, werken met een meldcode. De wet geeft een meldrecht, "
                        "geen meldplicht. Sinds 1 januari 2019 hoort bij de meldcode een verplicht afwegingskader en "
                        "geldt het melden van acute of structurele onveiligheid als professionele norm. Module M02 gaat "
                        "hier verder op in.</li>"
                        "<li><b>Wet tijdelijk huisverbod.</b> Namens de burgemeester kan iemand van wie een ernstige "
                        "dreiging uitgaat, tijdelijk de toegang tot de woning worden ontzegd. In de praktijk beoordeelt "
                        "een hulpofficier van justitie de situatie met het risicotaxatie-instrument RiHG. Een huisverbod "
                        "duurt tien dagen en kan door de burgemeester worden verlengd tot in totaal maximaal 28 dagen. "
                        "Die periode is bedoeld als time-out waarin snel hulp op gang komt voor het hele "
                        "huishouden.</li>"
                        "</ul>"
                        "<h3>Handelingsprotocol en Kwaliteitskader</h3>"
                        "<p>De wet zegt wát Veilig Thuis moet doen; de veldnormen beschrijven hóé. Het Handelingsprotocol "
                        "Veilig Thuis (LNVT, 2019) beschrijft het proces van het eerste contact tot en met monitoring. "
                        "Het noemt onder meer de criteria waarop Veilig Thuis zelf onderzoek doet en de momenten waarop "
                        "de melder terugkoppeling krijgt: ten minste na de veiligheidsbeoordeling en na een onderzoek. "
                        "Voor een onderzoek wordt een maximale duur van ongeveer tien weken aangehouden; de precieze "
                        "grondslag daarvan kunt u het best nagaan in de actuele versie van het protocol.</p>"
                        "<p>Het Kwaliteitskader bevat veldnormen die de Veilig Thuis-organisaties samen via het LNVT "
                        "hebben opgesteld. Het eerste deel, ‘Zicht op veiligheid’ (2016), beschrijft onder meer wanneer "
                        "de verantwoordelijkheid van Veilig Thuis voor de veiligheid begint en eindigt, en aan welke "
                        "eisen een overdracht moet voldoen. Ga bij twijfel na welke versie van protocol en "
                        "kwaliteitskader in uw organisatie geldt.</p>"
                        "<h3>Toezicht door de inspectie</h3>"
                        "<p>De Inspectie Gezondheidszorg en Jeugd (IGJ) houdt toezicht op Veilig Thuis. In 2015 "
                        "bezochten de inspecties alle 26 organisaties. In een tweede fase, met een toetsingskader uit "
                        "2016, lag de nadruk op de kwaliteit van vervolg en onderzoek; de wettelijke termijnen wogen "
                        "daarbij zwaar. In december 2023 meldde de IGJ dat geen enkele Veilig Thuis-organisatie aan de "
                        "wettelijke termijnen voldeed en dat de wachtlijsten bleven bestaan.</p>"
                        "<h3>Termijnen en uw professionele verantwoordelijkheid</h3>"
                        "<p>Termijnen zijn geen administratieve formaliteit. Achter elke melding op een wachtlijst staat "
                        "een huishouden waarvan de veiligheid nog niet is beoordeeld. Tegelijk mag tijdsdruk niet leiden "
                        "tot haastige of slecht onderbouwde besluiten. Als geregistreerde professional bent u gebonden "
                        "aan de beroepscode en valt u onder het tuchtrecht. Dat vraagt dat u uw afwegingen navolgbaar "
                        "vastlegt, tijdig aangeeft wanneer een termijn in gevaar komt en dat met uw teamleider bespreekt, "
                        "in plaats van het stilletjes op te lossen door stappen over te slaan.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "title": "Let op",
                        "body": (
                            "<p>De vijf werkdagen zijn een maximum, geen streefdatum. Zijn er aanwijzingen voor acute "
                            "onveiligheid, dan wordt de melding volgens het Handelingsprotocol met voorrang opgepakt en "
                            "worden direct maatregelen genomen.</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": (
                            "Op maandagochtend komt een melding binnen zonder aanwijzingen voor acuut gevaar. Wat is de "
                            "uiterste termijn voor de veiligheidsbeoordeling?"
                        ),
                        "options": [
                            {
                                "text": "Dezelfde dag, bij elke melding.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist: alleen bij acute signalen geldt dat de melding met voorrang, dus zo "
                                    "nodig dezelfde dag, wordt opgepakt. De wettelijke uiterste termijn in het "
                                    "Handelingsprotocol is vijf werkdagen."
                                ),
                            },
                            {
                                "text": "Zo snel mogelijk en uiterlijk binnen vijf werkdagen na ontvangst.",
                                "correct": True,
                                "feedback": (
                                    "Juist: het Handelingsprotocol en het Uitvoeringsbesluit Wmo 2015 (art. 4.1.7, "
                                    "eerste lid) noemen vijf werkdagen als maximum. Let op: ‘zo snel mogelijk’ betekent "
                                    "dat u de termijn niet standaard opmaakt."
                                ),
                            },
                            {
                                "text": "Binnen tien weken.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist: tien weken is de maximale duur die voor een onderzoek door Veilig Thuis "
                                    "wordt aangehouden. Het onderzoek volgt pas ná de veiligheidsbeoordeling, als die "
                                    "route volgens het Handelingsprotocol is gekozen."
                                ),
                            },
                            {
                                "text": "Binnen 28 dagen.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist: 28 dagen is de maximale duur van een verlengd tijdelijk huisverbod. "
                                    "Voor de veiligheidsbeoordeling geldt volgens het Handelingsprotocol een maximum van "
                                    "vijf werkdagen."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "question": (
                            "Denk aan een moment waarop tijdsdruk uw werk beïnvloedde. Welke afweging maakte u, en hoe "
                            "heeft u die vastgelegd en besproken?"
                        ),
                        "guidance": (
                            "Het gaat om uw eigen handelen, niet om de casus. Beschrijf wat u zou doen als u nu een "
                            "termijn dreigt te overschrijden. Schrijf geen cliëntgegevens op."
                        ),
                    },
                ),
            ],
        },
    ],
}
