from __future__ import annotations

COURSE = {
    "code": "M03",
    "slug": "advies-en-meldingen-aannemen",
    "title": "Advies en meldingen aannemen",
    "summary": (
        "U leert zorgvuldig kiezen tussen advies en melding, een gestructureerd gesprek voeren met bellers en "
        "acuut gevaar direct herkennen en opschalen. Het eerste contact bepaalt welke informatie de "
        "veiligheidsbeoordeling heeft, en daarmee hoe snel en goed een gezin in beeld komt."
    ),
    "learning_objectives": [
        "U kunt correct kiezen tussen advies en melding: de melder maakt zich bekend en de verantwoordelijkheid voor zicht op veiligheid gaat over naar Veilig Thuis.",
        "U kunt een gestructureerd intakegesprek of chatgesprek voeren waarin feiten, waarnemingen, interpretaties en bronnen van elkaar worden gescheiden.",
        "U kunt signalen van acuut gevaar tijdens een gesprek herkennen en direct opschalen naar de crisisdienst of de politie.",
        "U kunt verzoeken om anonimiteit van melders zorgvuldig behandelen en de gevolgen daarvan aan de melder uitleggen.",
        "U kunt het contact nauwkeurig vastleggen in het registratiesysteem.",
    ],
    "study_load_hours": 6,
    "functions": ["advies-en-meldingen", "veiligheidsbeoordeling"],
    "forms_of_violence": ["kindermishandeling", "huiselijk-geweld", "partnergeweld"],
    "competences": ["C2", "C5", "C7", "C3"],
    "accreditation": {"body": "SKJ", "number": "VT-2026-M03", "points": 6},
    "prerequisites": ["M02"],
    "certificate_validity_months": 36,
    "lessons": [
        {
            "slug": "advies-of-melding",
            "title": "Advies of melding?",
            "summary": "Het verschil tussen advies en melding, melder en informant, en hoe u omgaat met verzoeken om anonimiteit.",
            "duration_minutes": 50,
            "body": [
                (
                    "content_warning",
                    (
                        "Deze les bevat korte voorbeelden van (vermoedens van) geweld tegen kinderen en volwassenen. "
                        "Neem gerust even pauze als dat nodig is."
                    ),
                ),
                (
                    "text",
                    (
                        "<p>Bijna elk contact met Veilig Thuis begint met dezelfde vraag: gaat het om advies of om een "
                        "melding? Het antwoord bepaalt wie verantwoordelijk is voor de veiligheid en wat er daarna "
                        "gebeurt. Een zorgvuldige keuze is daarom geen formaliteit, maar de eerste stap in het bewaken "
                        "van de veiligheid.</p>"
                        "<h3>Advies</h3>"
                        "<p>Bij een advies denkt u mee met een burger of professional die zich zorgen maakt. De beller "
                        "blijft zelf verantwoordelijk voor wat er met die zorgen gebeurt. U helpt de situatie te ordenen, "
                        "geeft informatie over mogelijke stappen en spreekt zo nodig een vervolgcontact af. Een "
                        "adviesvraag kan anoniem worden gesteld; er worden dan geen persoonsgegevens vastgelegd.</p>"
                        "<h3>Melding</h3>"
                        "<p>Bij een melding neemt Veilig Thuis de verantwoordelijkheid over om zicht te houden op de "
                        "veiligheid. Volgens het Handelingsprotocol geeft Veilig Thuis altijd gehoor aan de wens om te "
                        "melden, als aan twee voorwaarden is voldaan: het gaat om (een vermoeden van) huiselijk geweld of "
                        "kindermishandeling, en de melder maakt zich bekend. Een melding maakt het bovendien mogelijk om "
                        "signalen uit verschillende bronnen aan elkaar te koppelen.</p>"
                        "<p>Stel bij twijfel drie vragen. Gaat het over (een vermoeden van) huiselijk geweld of "
                        "kindermishandeling? Wil de beller de verantwoordelijkheid overdragen, of wil hij of zij met "
                        "advies zelf verder? En is de beller bereid zich bekend te maken? Vertelt een professional over "
                        "acute of structurele onveiligheid, wijs dan ook op het afwegingskader: bij vraag 2 is melden dan "
                        "de norm.</p>"
                        "<h3>Melder en informant</h3>"
                        "<p>Niet iedereen die informatie geeft, is melder. Een informant is iemand die Veilig Thuis zelf "
                        "benadert om informatie te krijgen, bijvoorbeeld een huisarts of leerkracht. Het verschil telt "
                        "onder meer voor de terugkoppeling. Een melder krijgt volgens het Handelingsprotocol ten minste "
                        "twee keer terugkoppeling: na de veiligheidsbeoordeling en na een onderzoek. Een arts die alleen "
                        "als informant is geraadpleegd, krijgt geen standaardterugkoppeling.</p>"
                        "<h3>Verzoeken om anonimiteit</h3>"
                        "<p>Melders vragen vaak of het gezin te weten komt wie er heeft gemeld. Maak onderscheid tussen "
                        "twee situaties. Een adviesvraag kan anoniem. Bij een melding maakt de melder zich bij Veilig "
                        "Thuis bekend, maar kan hij of zij vragen om de naam niet aan het gezin te noemen. Leg in dat "
                        "geval eerlijk uit wat dat betekent:</p>"
                        "<ul>"
                        "<li>Veilig Thuis noemt de naam van de melder niet, maar kan niet voorkomen dat het gezin zelf "
                        "vermoedt van wie de melding komt.</li>"
                        "<li>Toegezegde anonimiteit heeft gevolgen voor de route. Het Handelingsprotocol noemt het als "
                        "een van de redenen waarom Veilig Thuis zelf onderzoek doet, in plaats van de situatie meteen "
                        "over te dragen.</li>"
                        "<li>Voor professionals is openheid naar de cliënt het uitgangspunt: zij bespreken hun zorgen in "
                        "de regel in stap 3 van de meldcode, tenzij dat onveilig is. Weeg een verzoek om anonimiteit van "
                        "een professional daarom zorgvuldig en volg de werkinstructie van uw regio.</li>"
                        "</ul>"
                        "<p>Beloof nooit meer dan u kunt waarmaken. Een melder die achteraf merkt dat het gezin toch weet "
                        "wie er belde, verliest vertrouwen in u en in Veilig Thuis. Eerlijke uitleg vooraf helpt de "
                        "melder om een bewuste keuze te maken.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "title": "Let op",
                        "body": (
                            "<p>Hoort u in een adviesgesprek aanwijzingen voor acute onveiligheid, bijvoorbeeld omdat een "
                            "kind iets heeft verteld, bespreek dan met de beller dat een melding nodig is. Is er op dit "
                            "moment direct gevaar, dan schakelt u meteen politie of crisisdienst in, ook als de beller "
                            "anoniem wil blijven.</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": (
                            "Een buurman belt. Hij hoort al weken bijna elke avond geschreeuw en een huilend kind bij de "
                            "buren. Hij wil dat Veilig Thuis er iets mee doet, maar wil niet dat de buren weten dat hij "
                            "heeft gebeld. Hoe handelt u?"
                        ),
                        "options": [
                            {
                                "text": (
                                    "U neemt de melding aan als hij zich bij Veilig Thuis bekendmaakt. U legt uit dat zijn "
                                    "naam niet aan het gezin wordt genoemd, maar dat het gezin het wel kan vermoeden, en "
                                    "wat dit betekent voor het vervolg."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Juist: volgens het Handelingsprotocol geeft Veilig Thuis gehoor aan de wens om te "
                                    "melden als het om een vermoeden van huiselijk geweld of kindermishandeling gaat en "
                                    "de melder zich bekendmaakt. Anonimiteit richting het gezin is bespreekbaar, mits u "
                                    "eerlijk bent over de grenzen en gevolgen ervan."
                                ),
                            },
                            {
                                "text": "U legt uit dat melden alleen kan als hij goedvindt dat het gezin zijn naam hoort.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist: de melder moet zich bekendmaken bij Veilig Thuis, niet bij het gezin. Het "
                                    "Handelingsprotocol gaat uit van de mogelijkheid dat anonimiteit richting het gezin "
                                    "wordt toegezegd; dat is dan een reden om zelf onderzoek te doen."
                                ),
                            },
                            {
                                "text": "U noteert het als anoniem advies; Veilig Thuis neemt de situatie dan toch over.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist: bij advies blijft de verantwoordelijkheid bij de beller en worden geen "
                                    "persoonsgegevens vastgelegd. Volgens het Handelingsprotocol gaat de verantwoordelijkheid "
                                    "voor zicht op veiligheid alleen bij een melding over naar Veilig Thuis."
                                ),
                            },
                            {
                                "text": "U garandeert dat het gezin nooit zal achterhalen wie er heeft gebeld.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist: Veilig Thuis kan de naam geheimhouden, maar niet voorkomen dat het gezin "
                                    "het zelf vermoedt. Een belofte die u niet kunt waarmaken, schaadt het vertrouwen van "
                                    "de melder."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "het-intakegesprek",
            "title": "Het intakegesprek: feiten, waarnemingen en bronnen",
            "summary": "Een gestructureerd gesprek voeren met een melder, geoefend met de casus Sem.",
            "duration_minutes": 60,
            "body": [
                (
                    "content_warning",
                    (
                        "Deze les bevat een casus over een kind met letsel en een vermoeden van lichamelijke "
                        "mishandeling door een ouder. Neem gerust even pauze als dat nodig is."
                    ),
                ),
                (
                    "text",
                    (
                        "<p>Een goed intakegesprek levert informatie op waarmee uw collega van de "
                        "veiligheidsbeoordeling verder kan. Dat lukt alleen als u helder houdt wat iemand zelf heeft "
                        "gezien of gehoord, wat hij of zij daarvan denkt, en waar de informatie vandaan komt. In deze les "
                        "oefent u dat met een casus.</p>"
                        "<h3>Vier lagen in elk verhaal</h3>"
                        "<ul>"
                        "<li><b>Feiten</b>: wat is objectief vast te stellen? Bijvoorbeeld: een blauwe plek op de "
                        "linkerbovenarm, gezien op dinsdagochtend om half negen.</li>"
                        "<li><b>Waarnemingen</b>: wat heeft de melder zelf gezien of gehoord, en wanneer? Noteer "
                        "uitspraken zo letterlijk mogelijk, tussen aanhalingstekens.</li>"
                        "<li><b>Interpretaties</b>: wat denkt de melder dat er aan de hand is? Die duiding is waardevol, "
                        "maar u legt haar apart vast, als mening van de melder.</li>"
                        "<li><b>Bronnen</b>: weet de melder het uit eigen waarneming, of via een ander? ‘Een andere "
                        "moeder zei dat…’ is een andere bron dan ‘ik zag zelf dat…’.</li>"
                        "</ul>"
                        "<h3>De opbouw van het gesprek</h3>"
                        "<p>Begin open: laat de beller vertellen waarom hij of zij juist nu belt. Vat daarna samen en "
                        "vraag gericht door. Wie horen bij het huishouden, en zijn er (andere) kinderen? Wat is er precies "
                        "gezien of gehoord, wanneer en hoe vaak? Wat heeft het kind of de volwassene zelf gezegd? Is er al "
                        "met de ouders of de cliënt gesproken, en zo niet, waarom niet? Welke hulpverleners zijn "
                        "betrokken? En tot slot: wil de beller advies, of een melding doen? Controleer aan het eind of u "
                        "het verhaal goed heeft begrepen en spreek af wat de beller van Veilig Thuis mag verwachten.</p>"
                    ),
                ),
                (
                    "casus",
                    {
                        "title": "Sem (7), blauwe plekken",
                        "situation": (
                            "<p>Op een dinsdagochtend belt Anouk Veldkamp, leerkracht van groep 4 van basisschool De "
                            "Elzenhof in Elzenmond, naar Veilig Thuis. Het gaat om haar leerling Sem Wolters (7). Voor de "
                            "tweede keer in drie weken heeft Sem een blauwe plek op zijn bovenarm. Toen zij er vanochtend "
                            "naar vroeg, zei Sem: ‘Papa wordt echt kwaad als ik niet doe wat hij zegt.’ Sem woont bij "
                            "zijn vader Erik (38) en zijn zusje Lotte (4). Zijn moeder is ongeveer een half jaar geleden "
                            "uit huis gegaan.</p>"
                            "<p>Mevrouw Veldkamp heeft nog niet met de vader gesproken. Ze is bang dat Sem het thuis "
                            "moeilijker krijgt als zij hem aanspreekt. De aandachtsfunctionaris van de school is deze "
                            "week ziek. Behalve een korte notitie over de eerste blauwe plek heeft de school niets "
                            "vastgelegd, en er zijn geen foto's. Ze noemt haar naam en telefoonnummer en vraagt: ‘Kunnen "
                            "jullie dit van mij overnemen?’</p>"
                        ),
                        "people": [
                            {"name": "Sem Wolters", "role": "kind, 7 jaar, leerling van groep 4"},
                            {"name": "Lotte Wolters", "role": "zusje van Sem, 4 jaar"},
                            {"name": "Erik Wolters", "role": "vader, 38 jaar; Sem en Lotte wonen bij hem"},
                            {
                                "name": "Moeder van Sem en Lotte",
                                "role": "woont sinds ongeveer een half jaar niet meer in het gezin",
                            },
                            {"name": "Anouk Veldkamp", "role": "leerkracht groep 4, basisschool De Elzenhof; beller"},
                        ],
                        "timeline": [
                            {
                                "moment": "Drie weken geleden",
                                "event": "De leerkracht ziet een blauwe plek op Sems bovenarm en maakt er een korte notitie van.",
                            },
                            {
                                "moment": "Dinsdag 08.30",
                                "event": "Sem komt binnen in een shirt met korte mouwen; de leerkracht ziet opnieuw een blauwe plek op zijn linkerbovenarm.",
                            },
                            {
                                "moment": "Dinsdag 08.45",
                                "event": "Op haar vraag wat er is gebeurd, zegt Sem dat zijn vader ‘echt kwaad’ wordt als hij niet doet wat hij zegt.",
                            },
                            {
                                "moment": "Dinsdag 10.15",
                                "event": "Tijdens de ochtendpauze belt de leerkracht Veilig Thuis.",
                            },
                        ],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": "Hoe registreert u dit contact met mevrouw Veldkamp?",
                        "options": [
                            {
                                "text": "Als advies: zij moet eerst met de vader praten en daarna terugbellen.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist: het gesprek uit meldcode stap 3 mag achterwege blijven als het de "
                                    "veiligheid van het kind in gevaar brengt, en daar is de leerkracht juist bang voor. "
                                    "Bovendien wil zij de verantwoordelijkheid overdragen en maakt zij zich bekend."
                                ),
                            },
                            {
                                "text": (
                                    "Als melding: de leerkracht maakt zich bekend, wil de verantwoordelijkheid overdragen, "
                                    "en er zijn signalen van herhaald letsel en een uitspraak van Sem zelf."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Juist: volgens het Handelingsprotocol geeft Veilig Thuis gehoor aan de wens om te "
                                    "melden bij een vermoeden van kindermishandeling als de melder zich bekendmaakt. "
                                    "Herhaald letsel wijst op structurele onveiligheid en Sems uitspraak geldt als "
                                    "onthulling, dus acute onveiligheid (afwegingsvraag 2)."
                                ),
                            },
                            {
                                "text": "U verwijst haar naar de politie, omdat letsel een strafbaar feit kan zijn.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist: zo verschuift u de verantwoordelijkheid zonder dat de veiligheid van Sem "
                                    "en Lotte is beoordeeld. Volgens het Handelingsprotocol volgt na een melding eerst een "
                                    "veiligheidsbeoordeling; de politie kan daarna deel zijn van het vervolg."
                                ),
                            },
                            {
                                "text": "Als anoniem advies, met de afspraak dat de aandachtsfunctionaris belt zodra die beter is.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist: de leerkracht kan zelf melden. Collegiale consultatie (meldcode stap 2) "
                                    "kan ook met Veilig Thuis, en wachten past niet bij een onthulling, die als acute "
                                    "onveiligheid geldt (afwegingsvraag 2)."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Wat u in dit gesprek vastlegt</h3>"
                        "<p>In deze casus zijn de feiten beperkt, maar wel belangrijk: twee blauwe plekken op dezelfde "
                        "plaats binnen drie weken, één schriftelijke notitie en een letterlijke uitspraak van Sem. De "
                        "leerkracht vermoedt dat de vader Sem slaat. Dat is haar zorg, geen vastgesteld feit, en zo legt u "
                        "het ook vast. Vraag door naar wat zij weet over Lotte, over de moeder en over eventuele "
                        "hulpverlening. Vraag ook of Sem vanmiddag gewoon naar huis gaat en wie hem ophaalt. Dat is van "
                        "belang voor de inschatting hoe urgent de situatie is.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "title": "Let op",
                        "body": (
                            "<p>Adviseer de leerkracht om Sems woorden letterlijk op te schrijven, met datum en tijd, en "
                            "haar eigen waarnemingen feitelijk vast te leggen. Vraag haar Sem geen sturende vragen te "
                            "stellen en niet op eigen initiatief het gesprek met de vader aan te gaan zolang Veilig Thuis "
                            "de veiligheid beoordeelt. Een gesprek op het verkeerde moment kan Sem in gevaar brengen "
                            "(meldcode stap 3).</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "acuut-gevaar-en-vastleggen",
            "title": "Acuut gevaar herkennen en zorgvuldig vastleggen",
            "summary": "Signalen van acuut gevaar tijdens een gesprek herkennen, direct opschalen en het contact nauwkeurig registreren.",
            "duration_minutes": 60,
            "body": [
                (
                    "content_warning",
                    (
                        "Deze les beschrijft situaties van acuut geweld tegen volwassenen en kinderen. Neem gerust even "
                        "pauze als dat nodig is."
                    ),
                ),
                (
                    "text",
                    (
                        "<p>Soms wordt een gewoon gesprek binnen enkele minuten een spoedsituatie. Een beller vertelt dat "
                        "haar partner op dit moment in huis tekeergaat, een kind schrijft in de chat dat het niet naar "
                        "huis durft, of een buurvrouw hoorde vlak voor het bellen geschreeuw en brekend glas. Als "
                        "medewerker advies en meldingen moet u die momenten herkennen en direct handelen.</p>"
                        "<h3>Signalen van acuut gevaar</h3>"
                        "<p>Acute onveiligheid betekent direct fysiek gevaar, waarbij de veiligheid de komende dagen niet "
                        "gewaarborgd is. Let tijdens een gesprek in ieder geval op:</p>"
                        "<ul>"
                        "<li>geweld of bedreiging die nu plaatsvindt of elk moment kan plaatsvinden;</li>"
                        "<li>recent lichamelijk of seksueel geweld, terwijl het slachtoffer nog in dezelfde situatie "
                        "verkeert;</li>"
                        "<li>een kind of afhankelijke volwassene zonder de meest basale zorg;</li>"
                        "<li>een onthulling: een kind of afhankelijke volwassene die zelf vertelt over geweld of "
                        "misbruik.</li>"
                        "</ul>"
                        "<h3>Direct opschalen</h3>"
                        "<p>Het Handelingsprotocol vraagt dat acute situaties met voorrang worden opgepakt en dat er "
                        "meteen maatregelen worden genomen. Is er op dit moment gevaar voor iemands leven of gezondheid, "
                        "dan moet de politie via 112 worden ingeschakeld. Kan de beller dat zelf veilig doen, vraag dat "
                        "dan; anders volgt u de werkwijze van uw regio om zelf de politie te waarschuwen. Buiten "
                        "kantoortijd gaat een spoedsituatie naar de crisisdienst. Betrek daarnaast direct een collega of "
                        "leidinggevende volgens de interne spoedprocedure, zodat u het gesprek niet alleen draagt.</p>"
                        "<p>Blijf in contact met de beller zolang dat veilig is. Vraag waar de beller is, of hij of zij "
                        "zelf veilig is, of er kinderen aanwezig zijn en of er wapens in het spel zijn. Houd uw vragen kort "
                        "en concreet. Een uitgebreide intake kan later; veiligheid gaat voor.</p>"
                        "<h3>Zorgvuldig vastleggen</h3>"
                        "<p>Wat u vastlegt, is de basis voor de veiligheidsbeoordeling. Die moet uiterlijk binnen vijf "
                        "werkdagen zijn afgerond, en bij acute signalen veel sneller. Uw collega moet op uw verslag kunnen "
                        "bouwen, en het gezin moet later kunnen nalezen waarop besluiten zijn gebaseerd. Let daarom op het "
                        "volgende:</p>"
                        "<ul>"
                        "<li>Leg vast wie de melder is, in welke relatie hij of zij tot het gezin staat en hoe de melder "
                        "het weet.</li>"
                        "<li>Scheid feiten, waarnemingen en interpretaties. Schrijf ‘melder vermoedt dat…’ en niet "
                        "‘vader slaat…’ als dat niet is vastgesteld.</li>"
                        "<li>Neem uitspraken van kinderen en volwassenen letterlijk op, tussen aanhalingstekens, met "
                        "datum en aanleiding.</li>"
                        "<li>Leg niet meer vast dan nodig is voor de beoordeling van de veiligheid. Persoonlijke "
                        "indrukken over de melder of het gezin die daar niets aan bijdragen, horen niet in het "
                        "dossier.</li>"
                        "<li>Noteer welke afspraken u met de melder heeft gemaakt, ook over de terugkoppeling: na de "
                        "veiligheidsbeoordeling en, als er een onderzoek volgt, na dat onderzoek.</li>"
                        "</ul>"
                        "<p>Registreer het contact in het registratiesysteem van uw organisatie, volgens de regionale "
                        "werkinstructie. Dat systeem verschilt per regio, maar de principes hierboven gelden overal.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "key": "tijdlijn-vijf-werkdagen",
                        "alt": (
                            "Tijdlijn van vijf werkdagen vanaf de ontvangst van een melding tot de uiterste datum van de "
                            "veiligheidsbeoordeling. Acute meldingen worden direct opgepakt."
                        ),
                        "caption": "De veiligheidsbeoordeling: zo snel mogelijk, uiterlijk binnen vijf werkdagen.",
                    },
                ),
                (
                    "callout",
                    {
                        "title": "Let op",
                        "body": (
                            "<p>Verbreek het contact met iemand in acuut gevaar niet om hem of haar door te verwijzen. "
                            "Houd de lijn of de chat open, schakel hulp in via een collega en laat de beller pas los als "
                            "politie of crisisdienst het heeft overgenomen of de beller veilig is.</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": (
                            "Op zaterdagavond schrijft een meisje van veertien in de chat dat haar stiefvader dronken is, "
                            "met spullen gooit en haar moeder heeft geslagen. Zij heeft zich met haar broertje opgesloten "
                            "in de badkamer. Wat doet u?"
                        ),
                        "options": [
                            {
                                "text": (
                                    "U houdt de chat open, vraagt waar zij is en of zij veilig is, en zorgt volgens de "
                                    "spoedprocedure direct voor inzet van de politie via 112, samen met een collega of de "
                                    "crisisdienst."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Juist: er is direct fysiek gevaar, dus acute onveiligheid (afwegingsvraag 2). Het "
                                    "Handelingsprotocol vraagt om voorrang en onmiddellijke maatregelen. Door contact te "
                                    "houden weet u of de kinderen veilig blijven tot er hulp is."
                                ),
                            },
                            {
                                "text": "U registreert de melding; de veiligheidsbeoordeling volgt binnen vijf werkdagen.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist: vijf werkdagen is een maximum, geen standaard. Volgens het "
                                    "Handelingsprotocol worden acute situaties met voorrang opgepakt en worden direct "
                                    "maatregelen genomen."
                                ),
                            },
                            {
                                "text": "U raadt haar aan morgen met haar moeder te praten over wat er is gebeurd.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist: dit laat de kinderen nu in gevaar. Een gesprek met de betrokkenen (zoals "
                                    "in meldcode stap 3) is hier niet aan de orde; eerst moet de acute onveiligheid worden "
                                    "weggenomen."
                                ),
                            },
                            {
                                "text": "U beëindigt de chat en vraagt haar 0800-2000 te bellen, omdat bellen sneller gaat.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist: door het contact te verbreken weet u niet meer of de kinderen veilig zijn, "
                                    "en bellen kan voor haar juist onveilig zijn. Het Handelingsprotocol vraagt om direct "
                                    "handelen bij acute onveiligheid."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": "Welke notitie over het gesprek met de leerkracht van Sem (les 2) is het zorgvuldigst?",
                        "options": [
                            {
                                "text": "‘Vader mishandelt Sem; kind is bang voor vader.’",
                                "correct": False,
                                "feedback": (
                                    "Niet juist: hier staat een interpretatie als feit genoteerd, zonder bron. Meldcode "
                                    "stap 1 en het Handelingsprotocol vragen om feitelijke signalen met bron, zodat de "
                                    "veiligheidsbeoordeling navolgbaar is."
                                ),
                            },
                            {
                                "text": (
                                    "‘Melder (leerkracht, eigen waarneming, di 08.30): blauwe plek linkerbovenarm; drie "
                                    "weken eerder ook een blauwe plek, toen genoteerd. Sem zei volgens melder letterlijk: "
                                    "“Papa wordt echt kwaad als ik niet doe wat hij zegt.” Melder vermoedt lichamelijke "
                                    "mishandeling.’"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Juist: feiten, bron, letterlijke uitspraak en interpretatie staan apart. Zo kan de "
                                    "veiligheidsbeoordeling volgens het Handelingsprotocol op uw verslag bouwen."
                                ),
                            },
                            {
                                "text": "‘Leerkracht lijkt erg betrokken en emotioneel; mogelijk valt het mee.’",
                                "correct": False,
                                "feedback": (
                                    "Niet juist: dit is een persoonlijke indruk over de melder die niets bijdraagt aan de "
                                    "beoordeling van de veiligheid, terwijl de signalen zelf ontbreken (meldcode stap 1)."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "question": (
                            "Hoe reageert u zelf als een beller in paniek is of u onder druk zet? Wat helpt u om rustig te "
                            "blijven, korte vragen te stellen en tegelijk op tijd op te schalen?"
                        ),
                        "guidance": (
                            "Beschrijf uw eigen reactie en één afspraak die u met uzelf of uw team wilt maken. Denk ook aan "
                            "wat u na een zwaar gesprek nodig heeft. Schrijf geen cliëntgegevens op."
                        ),
                    },
                ),
            ],
        },
    ],
}
