from __future__ import annotations

COURSE = {
    "code": "M07",
    "slug": "schadelijke-praktijken-mensenhandel",
    "title": "Schadelijke praktijken en mensenhandel",
    "summary": (
        "U leert eergerelateerd geweld, vrouwelijke genitale verminking, huwelijksdwang, "
        "achterlating en mensenhandel herkennen en zorgvuldig wegen. Bij deze vormen kan een "
        "gesprek met de familie of een confrontatie met de uitbuiter het gevaar juist vergroten; "
        "daarom vragen ze om specialistische kennis, tijdige consultatie en cultuursensitief "
        "handelen zonder stereotypen."
    ),
    "learning_objectives": [
        "U herkent eergerelateerd geweld, vrouwelijke genitale verminking, huwelijksdwang, "
        "achterlating en huwelijkse gevangenschap, en benoemt de specifieke risico's van het "
        "confronteren van familie.",
        "U legt uit waarom stap 3 van de meldcode (het gesprek met betrokkenen) bij deze vormen "
        "kan vervallen, en wanneer u het LEC EGG, het LKHA of Pharos raadpleegt.",
        "U herkent signalen van seksuele uitbuiting, arbeidsuitbuiting en criminele uitbuiting "
        "en beschrijft de rol van CoMensha.",
        "U werkt cultuursensitief zonder te stereotyperen en zet tolken op een passende manier in.",
    ],
    "study_load_hours": 6,
    "functions": ["veiligheidsbeoordeling", "onderzoeker", "vv-monitoring", "gedragswetenschapper"],
    "forms_of_violence": ["eergerelateerd-geweld", "vgv", "huwelijksdwang-achterlating", "mensenhandel"],
    "competences": ["C8", "C3", "C6"],
    "accreditation": {"body": "SKJ", "number": "VT-2026-M07", "points": 6},
    "prerequisites": ["M02"],
    "certificate_validity_months": 36,
    "lessons": [
        # ------------------------------------------------------------------ les 1
        {
            "slug": "eergerelateerd-geweld-huwelijksdwang-achterlating",
            "title": "Eergerelateerd geweld, huwelijksdwang en achterlating",
            "summary": (
                "Wat deze vormen van geweld onderscheidt, waarom de familie niet zomaar wordt "
                "benaderd en welke expertise u inschakelt."
            ),
            "duration_minutes": 45,
            "body": [
                (
                    "content_warning",
                    "Deze les beschrijft eergerelateerd geweld, huwelijksdwang en achterlating, "
                    "waaronder bedreiging van een jongere door familieleden. Neem gerust even pauze "
                    "als u dat nodig hebt.",
                ),
                (
                    "text",
                    "<p>Bij eergerelateerd geweld is niet de vorm van het geweld bepalend, maar het "
                    "motief. Dreiging, dwang of geweld wordt ingezet om de eer van een familie of "
                    "gemeenschap te beschermen of te herstellen, zoals die eer door de omgeving wordt "
                    "beleefd. Aanleiding kan gedrag zijn dat als een schending van de normen wordt "
                    "gezien: een relatie die de familie afkeurt, een seksuele oriëntatie of "
                    "genderidentiteit die niet wordt geaccepteerd, of de wens om een huwelijk te "
                    "beëindigen. Eergerelateerd geweld komt voor in uiteenlopende gemeenschappen en is "
                    "niet gebonden aan één land, cultuur of religie. Het risico volgt uit de dynamiek "
                    "in een bepaalde familie, niet uit iemands herkomst.</p>"
                    "<h3>Wat maakt deze vorm anders?</h3>"
                    "<p>Bij partnergeweld of kindermishandeling is meestal één pleger aan te wijzen. "
                    "Bij eergerelateerd geweld zijn vaak meerdere familieleden betrokken, soms ook "
                    "verwanten in het buitenland of mensen uit de bredere omgeving. Beslissingen "
                    "ontstaan collectief of onder druk van buitenaf. Dat heeft gevolgen voor uw "
                    "werk:</p>"
                    "<ul>"
                    "<li>Ouders of broers die vriendelijk en meewerkend overkomen, kunnen toch deel "
                    "uitmaken van de dreiging, of zelf ernstig onder druk staan.</li>"
                    "<li>Informatie verspreidt zich snel: wat u met één familielid bespreekt, kan de "
                    "hele familie bereiken.</li>"
                    "<li>De dreiging kan toenemen zodra de familie merkt dat hulpverleners of "
                    "instanties betrokken zijn.</li>"
                    "</ul>"
                    "<h3>Huwelijksdwang, achterlating en huwelijkse gevangenschap</h3>"
                    "<p>Van huwelijksdwang is sprake wanneer iemand onder druk wordt gezet of wordt "
                    "gedwongen een huwelijk of relatie aan te gaan; ook religieuze en informele "
                    "huwelijken tellen mee. Bij achterlating wordt iemand tegen de eigen wil in het "
                    "buitenland achtergelaten, vaak nadat paspoort of verblijfsdocument is ingenomen. "
                    "Huwelijkse gevangenschap betekent dat iemand een huwelijk niet kan beëindigen "
                    "omdat de partner of de familie medewerking weigert. Deze vormen hangen regelmatig "
                    "met elkaar samen en kunnen een eergerelateerde achtergrond hebben.</p>"
                    "<h3>Aanvullende stappen en consultatie</h3>"
                    "<p>Voor eergerelateerd geweld en vrouwelijke genitale verminking bevat de "
                    "meldcode aanvullende stappen. Een professional die zulke signalen opmerkt, neemt "
                    "direct contact op met Veilig Thuis en voert het gesprek uit stap 3 niet op eigen "
                    "initiatief met de familie. Binnen Veilig Thuis raadpleegt u bij eergerelateerde "
                    "zaken het Landelijk Expertise Centrum Eergerelateerd Geweld van de politie (LEC "
                    "EGG), en bij huwelijksdwang of achterlating het Landelijk Knooppunt "
                    "Huwelijksdwang en Achterlating (LKHA). Controleer welke consultatieroute in uw "
                    "regio is afgesproken.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Let op",
                        "body": (
                            "<p>Benader ouders of andere familieleden pas nadat de veiligheid van de "
                            "betrokkene is ingeschat, en alleen na overleg met de gedragswetenschapper. "
                            "Zet nooit familieleden, vrienden of mensen uit dezelfde gemeenschap in als "
                            "tolk. Spreek met de betrokkene af hoe u veilig contact houdt: via welk "
                            "nummer, op welke momenten, en wat er gebeurt als het contact wegvalt.</p>"
                        ),
                    },
                ),
                (
                    "casus",
                    {
                        "title": "Lina (17), een reis voor de zomer",
                        "situation": (
                            "<p>Mentor Tom Verhoef van een middelbare school in Haverdijk belt in juni "
                            "met Veilig Thuis. Lina (17) heeft hem verteld dat haar ouders over drie "
                            "weken met haar naar familie in het buitenland reizen, waar zij 'iemand "
                            "moet ontmoeten'. Ze is bang dat ze niet terug mag komen. Haar paspoort "
                            "ligt sinds kort bij haar vader. Haar oudere broer heeft haar met een "
                            "klasgenoot gezien en volgt haar sindsdien na schooltijd. De mentor wil de "
                            "ouders uitnodigen om 'het misverstand op te helderen'.</p>"
                        ),
                        "people": [
                            {"name": "Lina", "role": "leerling, 17 jaar"},
                            {"name": "Tom Verhoef", "role": "mentor en melder"},
                            {"name": "Medewerker veiligheidsbeoordeling", "role": "Veilig Thuis"},
                        ],
                        "timeline": [
                            {
                                "moment": "Maandag 10.15",
                                "event": "Lina vertelt de mentor over de reis en het ingenomen paspoort.",
                            },
                            {
                                "moment": "Maandag 11.00",
                                "event": "De mentor belt Veilig Thuis, noemt zijn naam en wil melden.",
                            },
                            {
                                "moment": "Maandag 13.00",
                                "event": "Overleg met de gedragswetenschapper en consultatie van het LKHA.",
                            },
                            {
                                "moment": "Maandag 15.30",
                                "event": "Via de mentor wordt een veilig gespreksmoment met Lina op school "
                                "afgesproken; de familie wordt niet benaderd.",
                            },
                        ],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": "De mentor wil de ouders van Lina uitnodigen voor een gesprek. Wat adviseert u?",
                        "options": [
                            {
                                "text": "Nodig de ouders niet uit; de melding wordt met voorrang beoordeeld "
                                "en de familie wordt pas benaderd als de veiligheid van Lina dat toelaat.",
                                "correct": True,
                                "feedback": "Juist. Stap 3 van de meldcode mag vervallen als het gesprek de "
                                "veiligheid van iemand in gevaar brengt, en bij eergerelateerde "
                                "signalen gelden aanvullende stappen: de professional neemt direct "
                                "contact op met Veilig Thuis. De naderende reis en het ingenomen "
                                "paspoort wijzen op mogelijk acute onveiligheid (afwegingsvraag 2).",
                            },
                            {
                                "text": "Nodig beide ouders uit, want stap 3 van de meldcode schrijft een "
                                "gesprek met de betrokkenen voor.",
                                "correct": False,
                                "feedback": "Niet juist. Stap 3 is geen absolute plicht: het gesprek kan "
                                "vervallen als het iemands veiligheid in gevaar brengt. Bij "
                                "eergerelateerde dreiging is dat risico groot, omdat de hele "
                                "familie snel op de hoogte kan zijn.",
                            },
                            {
                                "text": "Nodig alleen de vader uit, omdat hij het paspoort in bezit heeft.",
                                "correct": False,
                                "feedback": "Niet juist. Bij eergerelateerd geweld zijn vaak meerdere "
                                "familieleden betrokken. Ook een gesprek met één ouder kan de "
                                "dreiging vergroten; daarom vervalt stap 3 van de meldcode hier "
                                "totdat de veiligheid is ingeschat.",
                            },
                            {
                                "text": "Wacht tot na de zomervakantie en kijk dan of Lina terugkomt.",
                                "correct": False,
                                "feedback": "Niet juist. Afwegingsvraag 2 van het afwegingskader vraagt of "
                                "er acute of structurele onveiligheid is. Met een vertrek over "
                                "drie weken en risico op achterlating is wachten geen optie; de "
                                "veiligheidsbeoordeling vindt met voorrang plaats.",
                            },
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ les 2
        {
            "slug": "vrouwelijke-genitale-verminking",
            "title": "Vrouwelijke genitale verminking: signaleren en beschermen",
            "summary": (
                "Risico op VGV inschatten zonder te stigmatiseren, samenwerken met de "
                "vertrouwensarts en het gesprek met ouders voeren."
            ),
            "duration_minutes": 40,
            "body": [
                (
                    "content_warning",
                    "Deze les gaat over vrouwelijke genitale verminking en de lichamelijke en "
                    "psychische gevolgen daarvan. Neem gerust even pauze als u dat nodig hebt.",
                ),
                (
                    "text",
                    "<p>Vrouwelijke genitale verminking (VGV) omvat alle ingrepen waarbij de "
                    "uitwendige geslachtsdelen van een meisje of vrouw zonder medische reden geheel "
                    "of gedeeltelijk worden verwijderd of op een andere manier worden beschadigd. Het "
                    "is een schadelijke praktijk met ernstige en vaak blijvende gevolgen, zoals pijn, "
                    "infecties, problemen bij plassen, menstruatie, seksualiteit en bevallingen, en "
                    "psychische klachten. VGV is in Nederland strafbaar. Bij een meisje is het "
                    "bovendien een vorm van kindermishandeling.</p>"
                    "<h3>Risico herkennen zonder te stigmatiseren</h3>"
                    "<p>VGV komt voor in bepaalde regio's en gemeenschappen, maar een herkomstland "
                    "zegt op zichzelf niets over het risico in een gezin. Veel ouders die zelf "
                    "besneden zijn, wijzen de praktijk af en willen hun dochters juist beschermen. De "
                    "druk komt soms van grootouders of familie in het herkomstland, bijvoorbeeld "
                    "tijdens een vakantie. Een goede risico-inschatting gaat dus over de opvattingen "
                    "en de weerbaarheid van deze ouders en hun omgeving. Aanwijzingen voor een "
                    "verhoogd risico kunnen zijn:</p>"
                    "<ul>"
                    "<li>een moeder of oudere zus die VGV heeft ondergaan, terwijl onduidelijk is hoe "
                    "de familie erover denkt;</li>"
                    "<li>een geplande, vaak langere reis naar het herkomstland, zeker rond de "
                    "zomervakantie;</li>"
                    "<li>een meisje dat vertelt over een 'feest' of 'bijzondere gebeurtenis' die haar "
                    "tijdens die reis te wachten staat;</li>"
                    "<li>ouders die aangeven dat zij zich moeilijk aan de druk van familie kunnen "
                    "onttrekken.</li>"
                    "</ul>"
                    "<p>Signalen dat een ingreep mogelijk al heeft plaatsgevonden, zijn onder meer "
                    "langdurig schoolverzuim na een reis, pijn bij zitten of plassen, en een meisje dat "
                    "stil of angstig terugkomt. De duiding van zulke signalen vraagt medische "
                    "deskundigheid: betrek de vertrouwensarts.</p>"
                    "<h3>Preventie en samenwerking</h3>"
                    "<p>De jeugdgezondheidszorg bespreekt VGV preventief met ouders uit gemeenschappen "
                    "waar de praktijk voorkomt. Ziet een professional een concreet risico, dan gelden "
                    "ook hier de aanvullende stappen in de meldcode en neemt hij of zij direct contact "
                    "op met Veilig Thuis. U betrekt de vertrouwensarts en de gedragswetenschapper bij "
                    "de beoordeling. Pharos biedt kennis en voorlichtingsmateriaal over VGV; ga na "
                    "welke deskundigen en sleutelpersonen in uw regio beschikbaar zijn.</p>"
                    "<h3>Het gesprek en de tolk</h3>"
                    "<p>Bespreek VGV in feitelijke, niet-veroordelende taal en sluit aan bij de "
                    "woorden die ouders zelf gebruiken. Vraag naar hun eigen opvattingen voordat u "
                    "iets aanneemt. Leg uit dat VGV in Nederland strafbaar is en dat u samen met hen "
                    "wilt zorgen dat hun dochter beschermd blijft, ook als er druk van familie is. "
                    "Vraag wat zij nodig hebben om die druk te weerstaan. Werk met een professionele "
                    "tolk, vraag vooraf of de tolk de familie kent, en laat nooit een kind "
                    "tolken.</p>"
                    "<h3>Bescherming op de langere termijn</h3>"
                    "<p>Een risico op VGV verdwijnt niet na één gesprek. Staat een reis gepland, "
                    "bespreek dan met de ouders welke afspraken zij met familie maken en hoe zij hun "
                    "dochter beschermen als de druk toeneemt. Leg vast welke afspraken zijn gemaakt en "
                    "met wie, zodat collega's en ketenpartners daarop kunnen voortbouwen. Denk bij een "
                    "moeder die VGV heeft ondergaan ook aan andere dochters in het gezin, en aan de "
                    "zorg die zij mogelijk zelf nodig heeft.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Let op",
                        "body": (
                            "<p>Is een reis op korte termijn gepland en is het risico concreet, wacht "
                            "dan niet af. Beoordeel de situatie met voorrang, betrek de vertrouwensarts "
                            "en de gedragswetenschapper, en bespreek met de jurist of een verzoek aan de "
                            "Raad voor de Kinderbescherming nodig is om het meisje te beschermen.</p>"
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "question": (
                            "Welke beelden of aannames over culturen en gemeenschappen merkt u bij "
                            "uzelf op als het over VGV gaat, en hoe voorkomt u dat die uw inschatting "
                            "van een concreet gezin sturen?"
                        ),
                        "guidance": (
                            "Denk aan een situatie uit uw werk of opleiding en beschrijf vooral uw "
                            "eigen reactie. Schrijf geen cliëntgegevens of herleidbare details op."
                        ),
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ les 3
        {
            "slug": "mensenhandel-en-uitbuiting",
            "title": "Mensenhandel en uitbuiting",
            "summary": (
                "Signalen van seksuele, arbeids- en criminele uitbuiting herkennen en veilig "
                "samenwerken met politie en CoMensha."
            ),
            "duration_minutes": 45,
            "body": [
                (
                    "content_warning",
                    "Deze les beschrijft seksuele, arbeids- en criminele uitbuiting, ook van "
                    "minderjarigen. Neem gerust even pauze als u dat nodig hebt.",
                ),
                (
                    "text",
                    "<p>Bij mensenhandel wordt iemand geworven, vervoerd, gehuisvest of vastgehouden "
                    "met als doel die persoon uit te buiten. We onderscheiden drie vormen: seksuele "
                    "uitbuiting, arbeidsuitbuiting en criminele uitbuiting, waarbij iemand wordt "
                    "gedwongen tot bijvoorbeeld drugstransport of diefstal. Veilig Thuis krijgt met "
                    "mensenhandel te maken wanneer de uitbuiting zich in de huiselijke kring afspeelt "
                    "of ermee samenhangt. Denk aan een partner die de ander tot prostitutie dwingt, "
                    "familie die een jongere zonder loon laat werken, of een oudere 'vriend' die een "
                    "meisje eerst aan zich bindt en haar daarna uitbuit: de zogeheten loverboy- of "
                    "pooierboymethode. Volgens het CBS ontving Veilig Thuis in 2023 ongeveer 545 "
                    "meldingen waarin mensenhandel speelde.</p>"
                    "<h3>Waarom signalen vaak verborgen blijven</h3>"
                    "<p>Slachtoffers zien zichzelf lang niet altijd als slachtoffer. Ze zijn loyaal "
                    "aan de uitbuiter, schamen zich, vrezen represailles tegen zichzelf of hun familie, "
                    "hebben een schuld die steeds groter wordt, of zijn bang voor gevolgen voor hun "
                    "verblijfsstatus. Uitbuiting treft mensen van iedere herkomst, ook Nederlandse "
                    "jongeren. Let daarom eerder op een patroon dan op één uitspraak:</p>"
                    "<ul>"
                    "<li>iemand heeft geen zeggenschap over eigen identiteitspapieren, geld of "
                    "telefoon;</li>"
                    "<li>een ander voert steeds het woord of is altijd in de buurt;</li>"
                    "<li>dure cadeaus, een tweede telefoon of geld zonder verklaring, en plotseling "
                    "nieuwe contacten;</li>"
                    "<li>zeer lange werkdagen, wonen op het werkadres, of een schuld bij een werkgever "
                    "of 'bemiddelaar';</li>"
                    "<li>schoolverzuim, weglopen, of 's nachts onderweg zijn naar onbekende "
                    "adressen.</li>"
                    "</ul>"
                    "<p>Geen van deze signalen bewijst uitbuiting. In samenhang kunnen ze wel "
                    "aanleiding zijn voor een zorgvuldige veiligheidsbeoordeling en, zo nodig, "
                    "onderzoek.</p>"
                    "<h3>Samenwerking in de keten</h3>"
                    "<p>Mensenhandel is een ernstig strafbaar feit, dus u werkt vaak samen met de "
                    "politie. CoMensha is de landelijke organisatie die vermoedelijke slachtoffers "
                    "registreert en helpt bij het vinden van passende opvang en zorg; ga na welke "
                    "aanmeldroute in uw regio geldt. Een melding bij de politie of CoMensha vervangt "
                    "niet de eigen verantwoordelijkheid van Veilig Thuis. Ook als er een strafrechtelijk "
                    "traject loopt, blijft de vraag wat nodig is voor de veiligheid van het slachtoffer "
                    "en van eventuele kinderen in het gezin.</p>"
                    "<h3>Het gesprek met een vermoedelijk slachtoffer</h3>"
                    "<p>In een eerste gesprek vertelt iemand zelden alles. Stel open vragen over het "
                    "dagelijks leven: wie bepaalt waar iemand woont en werkt, wat er gebeurt met "
                    "verdiend geld, en wat er gebeurt als iemand 'nee' zegt. Oordeel niet over eerdere "
                    "keuzes van de betrokkene; dat vergroot de schaamte. Spreekt iemand onvoldoende "
                    "Nederlands, werk dan met een professionele tolk zonder banden met de werkgever, "
                    "de familie of de omgeving van de betrokkene.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Let op",
                        "body": (
                            "<p>Ga ervan uit dat de telefoon en berichten van het slachtoffer kunnen "
                            "worden meegelezen. Spreek veilige momenten en kanalen af. Confronteer de "
                            "vermoedelijke uitbuiter nooit zelf. Is er direct gevaar, schakel dan "
                            "meteen de politie in via 112.</p>"
                        ),
                    },
                ),
                (
                    "casus",
                    {
                        "title": "Romy (15), een nieuwe vriend",
                        "situation": (
                            "<p>Schoolmaatschappelijk werker Anouk de Graaf uit Lindenmarke meldt dat "
                            "Romy (15) sinds enkele maanden wordt opgehaald door een man van begin "
                            "twintig. Romy verzuimt vaak, heeft twee telefoons en draagt dure kleding. "
                            "Tegen een vriendin zei ze dat ze 'hem nog moet terugbetalen'. Haar moeder "
                            "maakt zich zorgen, maar Romy ontkent dat er iets aan de hand is.</p>"
                        ),
                        "people": [
                            {"name": "Romy", "role": "leerling, 15 jaar"},
                            {"name": "Anouk de Graaf", "role": "schoolmaatschappelijk werker en melder"},
                            {"name": "Moeder van Romy", "role": "ouder"},
                        ],
                        "timeline": [
                            {
                                "moment": "Dinsdag 09.30",
                                "event": "Een vriendin vertelt de schoolmaatschappelijk werker over de schuld.",
                            },
                            {
                                "moment": "Dinsdag 11.00",
                                "event": "Melding bij Veilig Thuis; de melder noemt haar naam.",
                            },
                            {
                                "moment": "Dinsdag 14.00",
                                "event": "De melding wordt met voorrang beoordeeld; eerdere betrokkenheid "
                                "wordt nagegaan.",
                            },
                        ],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": "Wat is na deze melding de beste eerste stap?",
                        "options": [
                            {
                                "text": "Met voorrang de veiligheid beoordelen, eerdere meldingen nagaan, "
                                "de signalen met de politie bespreken en een veilig gesprek met Romy "
                                "voorbereiden.",
                                "correct": True,
                                "feedback": "Juist. Het Handelingsprotocol Veilig Thuis vraagt dat signalen "
                                "van acuut gevaar met voorrang worden opgepakt. Het combineren "
                                "met eerdere signalen hoort bij de radarfunctie, en bij "
                                "vermoedelijke uitbuiting is samenwerking met de politie nodig.",
                            },
                            {
                                "text": "De man uitnodigen voor een gesprek om zijn kant van het verhaal te horen.",
                                "correct": False,
                                "feedback": "Niet juist. Confrontatie kan Romy in gevaar brengen en de "
                                "uitbuiter waarschuwen. Ook in stap 3 van de meldcode geldt: een "
                                "gesprek vindt niet plaats als het de veiligheid bedreigt.",
                            },
                            {
                                "text": "Wachten tot Romy zelf aangeeft dat ze hulp wil.",
                                "correct": False,
                                "feedback": "Niet juist. Slachtoffers zien zichzelf vaak niet als slachtoffer. "
                                "Er zijn aanwijzingen voor structurele onveiligheid "
                                "(afwegingsvraag 2), dus Veilig Thuis handelt ook zonder hulpvraag.",
                            },
                            {
                                "text": "Doorverwijzen naar CoMensha en de melding afsluiten.",
                                "correct": False,
                                "feedback": "Niet juist. Met de melding is de verantwoordelijkheid voor zicht "
                                "op veiligheid overgegaan naar Veilig Thuis (Handelingsprotocol). "
                                "Een verwijzing zonder veiligheidsbeoordeling en aanvaarde "
                                "overdracht laat Romy zonder bescherming.",
                            },
                        ],
                    },
                ),
            ],
        },
    ],
}
