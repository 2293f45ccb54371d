from __future__ import annotations

# Drie vertakte casussen voor de toetsing (DOMAIN §11). Alle personen, scholen, organisaties en
# plaatsen zijn verzonnen. Consequentiestappen ("2b", "consequence": True) zijn alleen bereikbaar via
# een onveilige keuze; daar levert de beste herstelkeuze hooguit 1 punt op.

CASUS = [
    # ------------------------------------------------------------------------------------------
    # Casus A — Sem (7), blauwe plekken
    # ------------------------------------------------------------------------------------------
    {
        "key": "sem-blauwe-plekken",
        "title": "Sem (7), blauwe plekken",
        "intro": (
            "<p>Dinsdagochtend, 8.40 uur. Marieke Doornbos, leerkracht van groep 4 van basisschool De "
            "Wilgenhoek in Brekkenveen, belt Veilig Thuis. Zij maakt zich zorgen over Sem Hofstra (7). Sem "
            "heeft voor de tweede keer in drie weken een blauwe plek op zijn bovenarm. Toen zij er vanochtend "
            "naar vroeg, zei hij: ‘Papa wordt heel boos als ik niet luister.’</p>"
            "<p>Sem woont met zijn vader Jeroen (38) en zijn zusje Noor (4). Zijn moeder is een halfjaar "
            "geleden vertrokken. De juf heeft de vader nog niet gesproken: zij is bang dat een gesprek het "
            "voor Sem thuis erger maakt. De aandachtsfunctionaris van de school is ziek. Behalve een korte "
            "notitie van drie weken geleden over de eerste blauwe plek heeft de school niets vastgelegd; er "
            "zijn geen foto's.</p>"
            "<p>Juf Doornbos noemt haar naam en telefoonnummer en vraagt: ‘Kunnen jullie dit overnemen?’</p>"
        ),
        "competences": ["C1", "C3", "C4", "C7"],
        "forms": ["kindermishandeling", "huiselijk-geweld"],
        "steps": [
            {
                "key": "1",
                "title": "Advies of melding?",
                "info": "",
                "question": "Hoe gaat u met deze vraag van de juf om?",
                "competence": "C1",
                "critical": False,
                "options": [
                    {
                        "text": (
                            "U behandelt het als adviesvraag: de juf gaat eerst met de vader in gesprek "
                            "(meldcode stap 3) en belt daarna terug."
                        ),
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onveilig. De juf maakt zich bekend, wil de verantwoordelijkheid overdragen en "
                            "beschrijft herhaald letsel en een uitspraak van Sem zelf. Dan honoreert Veilig "
                            "Thuis de wens om te melden. Het gesprek met de ouder mag achterwege blijven als het "
                            "de veiligheid van het kind in gevaar kan brengen, en juist die zorg heeft de juf "
                            "genoemd. Door haar terug te sturen naar de vader, legt u de verantwoordelijkheid bij "
                            "haar terug en loopt Sem mogelijk extra risico."
                        ),
                        "reference": "Handelingsprotocol 2019, advies en melding; Meldcode stap 3",
                        "next": "1b",
                    },
                    {
                        "text": (
                            "U registreert het als melding: de juf maakt zich bekend, wil de verantwoordelijkheid "
                            "overdragen en er zijn signalen van herhaald letsel en een onthulling. U vraagt haar "
                            "Sems woorden letterlijk en haar eigen waarnemingen feitelijk vast te leggen."
                        ),
                        "rating": "best",
                        "points": 2,
                        "feedback": (
                            "Juist. Veilig Thuis honoreert de wens om te melden als het gaat om een vermoeden "
                            "van kindermishandeling en de melder zich bekendmaakt. Met de melding gaat de "
                            "verantwoordelijkheid voor zicht op veiligheid over naar Veilig Thuis. Herhaald "
                            "letsel wijst op structurele onveiligheid; wat Sem uit zichzelf vertelde, geldt als "
                            "onthulling en wordt behandeld als acute onveiligheid. Door de juf te vragen Sems "
                            "woorden letterlijk en met datum op te schrijven, krijgt u controleerbare informatie."
                        ),
                        "reference": "Handelingsprotocol 2019, advies en melding; Afwegingskader, vraag 2",
                        "next": "",
                    },
                    {
                        "text": "U verwijst haar naar de politie: letsel bij een kind is een strafrechtelijke zaak.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onveilig. Hiermee schuift u de verantwoordelijkheid door zonder dat iemand de "
                            "veiligheid van Sem en Noor beoordeelt. Een vermoeden van kindermishandeling hoort "
                            "bij Veilig Thuis: daar wordt de veiligheid beoordeeld en wordt zo nodig de politie "
                            "ingeschakeld. Alleen als een kind op dit moment direct gevaar loopt, belt u meteen "
                            "de politie, en dan naast de melding, niet in plaats daarvan."
                        ),
                        "reference": "Handelingsprotocol 2019, advies en melding; wettelijke taken Veilig Thuis",
                        "next": "",
                    },
                ],
            },
            {
                "key": "1b",
                "consequence": True,
                "title": "De juf sprak de vader",
                "info": (
                    "<p>U adviseerde de juf eerst met de vader te praten. Donderdagochtend belt zij terug. Zij "
                    "sprak Jeroen Hofstra dinsdagmiddag bij het schoolhek. Hij werd kwaad, zei dat de school zich "
                    "niet met zijn opvoeding moet bemoeien en trok Sem aan zijn arm mee. Woensdag en donderdag "
                    "was Sem niet op school; de vader meldde hem met een kort berichtje ziek. De school krijgt "
                    "niemand meer aan de telefoon. Ook de peuterspeelzaal in hetzelfde gebouw heeft Noor sinds "
                    "dinsdag niet gezien.</p>"
                ),
                "question": "De juf wil nu alsnog melden. Wat doet u?",
                "competence": "C1",
                "critical": False,
                "options": [
                    {
                        "text": (
                            "U registreert direct een melding, legt vast dat Sem en Noor sinds het gesprek met "
                            "de vader uit beeld zijn en zorgt dat de melding vandaag nog met spoed wordt "
                            "beoordeeld."
                        ),
                        "rating": "best",
                        "points": 1,
                        "feedback": (
                            "Dit is de juiste herstelstap. De juf maakt zich bekend en wil melden; die wens "
                            "honoreert Veilig Thuis. Dat beide kinderen sinds het gesprek niet meer zijn gezien, "
                            "is een nieuw en zorgwekkend signaal dat snelle beoordeling nog dringender maakt. Les "
                            "voor de volgende keer: na een onthulling en herhaald letsel is een gesprek met de "
                            "ouder niet de eerste stap als dat het kind in gevaar kan brengen."
                        ),
                        "reference": "Handelingsprotocol 2019, veiligheidsbeoordeling; Meldcode stap 3",
                        "next": "2",
                    },
                    {
                        "text": (
                            "U adviseert de school de leerplichtambtenaar in te schakelen voor het verzuim en "
                            "terug te bellen zodra Sem weer op school is."
                        ),
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onveilig. Het verzuim is hier geen administratieve kwestie, maar een teken dat twee "
                            "kinderen na een onthulling uit beeld zijn geraakt. Wachten tot Sem terug is, laat "
                            "hen zonder bescherming. In deze casus neemt uw teamleider de melding alsnog met spoed "
                            "in behandeling; u gaat verder bij de eerste acties na registratie."
                        ),
                        "reference": "Afwegingskader, vraag 2; Handelingsprotocol 2019, veiligheidsbeoordeling",
                        "next": "2",
                    },
                    {
                        "text": "U vraagt de juf om na schooltijd bij het gezin langs te gaan om te zien hoe het met Sem gaat.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onveilig. U brengt de juf in een positie die niet bij haar rol past en die voor haar "
                            "en voor Sem risico's meebrengt, want de vader reageerde al boos. Beoordelen en zo "
                            "nodig ingrijpen is nu de taak van Veilig Thuis. In deze casus neemt uw teamleider de "
                            "melding alsnog met spoed in behandeling; u gaat verder bij de eerste acties na "
                            "registratie."
                        ),
                        "reference": "Handelingsprotocol 2019, advies en melding",
                        "next": "2",
                    },
                ],
            },
            {
                "key": "2",
                "title": "Eerste acties na de registratie",
                "info": (
                    "<p>De melding is geregistreerd. Juf Doornbos heeft haar notitie van drie weken geleden "
                    "gemaild, met een verslag van het gesprek van vanochtend waarin Sems woorden letterlijk "
                    "staan. U bent verantwoordelijk voor de veiligheidsbeoordeling.</p>"
                ),
                "question": "Wat zijn uw eerste acties?",
                "competence": "C3",
                "critical": True,
                "options": [
                    {
                        "text": (
                            "U beoordeelt vandaag nog de urgentie, gaat na of het gezin eerder bekend is bij "
                            "Veilig Thuis (ook in andere regio's) en overlegt met de vertrouwensarts over het "
                            "patroon van het letsel."
                        ),
                        "rating": "best",
                        "points": 2,
                        "feedback": (
                            "Juist. Signalen die op acute onveiligheid kunnen wijzen, pakt Veilig Thuis met "
                            "voorrang op: de vijf werkdagen zijn een maximum, geen planning. Door eerdere "
                            "meldingen en betrokkenheid na te gaan, gebruikt u de radarfunctie: signalen uit "
                            "verschillende bronnen en perioden geven samen een beter beeld. Voor de duiding van "
                            "letsel is medische deskundigheid nodig; de vertrouwensarts kan beoordelen of het "
                            "letsel past bij een onschuldige verklaring."
                        ),
                        "reference": (
                            "Handelingsprotocol 2019, veiligheidsbeoordeling; radarfunctie; "
                            "Meldcode stap 2, letselduiding"
                        ),
                        "next": "",
                    },
                    {
                        "text": "U belt de vader meteen op en vraagt hem om uitleg over de blauwe plekken.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onveilig. U waarschuwt de vader voordat de veiligheid is beoordeeld en voordat "
                            "duidelijk is hoe Sem na zijn onthulling beschermd wordt. De juf koos er juist bewust "
                            "voor de vader nog niet te spreken. Het gesprek met de vader is belangrijk, maar pas "
                            "als u weet hoe u het veilig voert en wat u doet als hij boos reageert."
                        ),
                        "reference": "Handelingsprotocol 2019, veiligheidsbeoordeling; Meldcode stap 3",
                        "next": "2b",
                    },
                    {
                        "text": "U zet de melding in de wachtrij; binnen de termijn van vijf werkdagen is er tijd genoeg.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onveilig. De termijn van vijf werkdagen is een uiterste grens. Bij mogelijk acute "
                            "onveiligheid, zoals een onthulling door een kind met herhaald letsel, beoordeelt "
                            "Veilig Thuis met voorrang en neemt het zo nodig direct maatregelen. Door te wachten "
                            "negeert u die voorrangsregel."
                        ),
                        "reference": (
                            "Handelingsprotocol 2019, veiligheidsbeoordeling (uiterlijk vijf werkdagen); "
                            "Afwegingskader, vraag 2"
                        ),
                        "next": "2c",
                    },
                ],
            },
            {
                "key": "2b",
                "consequence": True,
                "title": "De vader is gewaarschuwd",
                "info": (
                    "<p>U belde Jeroen Hofstra. Hij zei dat Sem van zijn fiets was gevallen en dat de school "
                    "‘overdrijft’. Daarna hing hij op. De volgende ochtend is Sem niet op school: de vader heeft "
                    "hem ziek gemeld en neemt de telefoon niet meer op. Ook de peuterspeelzaal heeft Noor niet "
                    "gezien. Juf Doornbos belt u ongerust op.</p>"
                ),
                "question": "Wat doet u nu?",
                "competence": "C3",
                "critical": False,
                "options": [
                    {
                        "text": (
                            "U bespreekt de situatie direct met de gedragswetenschapper, rondt vandaag de "
                            "veiligheidsbeoordeling af, met radarcheck en overleg met de vertrouwensarts, en "
                            "zorgt dat Sem en Noor vandaag nog worden gezien, zo nodig met een huisbezoek samen "
                            "met de politie."
                        ),
                        "rating": "best",
                        "points": 1,
                        "feedback": (
                            "Dit is de juiste herstelstap. De kinderen zijn uit beeld en de vader weet van de "
                            "zorgen; dat maakt de situatie urgenter. Bij acute onveiligheid neemt Veilig Thuis "
                            "direct maatregelen en betrekt het zo nodig de politie. Les voor de volgende keer: "
                            "waarschuw een ouder niet voordat u weet hoe u de veiligheid van het kind bewaakt."
                        ),
                        "reference": "Handelingsprotocol 2019, veiligheidsbeoordeling",
                        "next": "3",
                    },
                    {
                        "text": "U wacht tot Sem weer op school is en vraagt de juf u dan te bellen.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onveilig. Twee jonge kinderen zijn uit beeld bij een vader die net van de zorgen "
                            "heeft gehoord. Afwachten laat hen zonder bescherming. In deze casus grijpt de "
                            "gedragswetenschapper in en worden Sem en Noor dezelfde dag gezien; u gaat verder bij "
                            "de uitkomst van de veiligheidsbeoordeling."
                        ),
                        "reference": "Handelingsprotocol 2019, veiligheidsbeoordeling; Afwegingskader, vraag 2",
                        "next": "3",
                    },
                    {
                        "text": "U belt de vader opnieuw en vraagt hem Sem morgen weer naar school te laten gaan.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onveilig. U blijft afhankelijk van de medewerking van de ouder over wie de zorgen "
                            "gaan, terwijl de kinderen uit beeld zijn. Zicht op veiligheid vraagt dat Veilig "
                            "Thuis zelf zorgt dat de kinderen worden gezien. In deze casus grijpt de "
                            "gedragswetenschapper in; u gaat verder bij de uitkomst van de "
                            "veiligheidsbeoordeling."
                        ),
                        "reference": "Handelingsprotocol 2019, veiligheidsbeoordeling",
                        "next": "3",
                    },
                ],
            },
            {
                "key": "2c",
                "consequence": True,
                "title": "Twee dagen later",
                "info": (
                    "<p>De melding stond in de wachtrij. Donderdag om 14.30 uur belt juf Doornbos opnieuw. Sem "
                    "heeft een nieuwe blauwe plek, nu op zijn onderarm. Hij vroeg of hij vandaag bij haar mocht "
                    "blijven, omdat hij ‘niet naar huis wil’. De school gaat om 15.15 uur uit. De melding van "
                    "dinsdag is nog door niemand bekeken.</p>"
                ),
                "question": "Wat doet u nu?",
                "competence": "C3",
                "critical": False,
                "options": [
                    {
                        "text": (
                            "U pakt de melding direct op met de gedragswetenschapper en maakt met de school "
                            "afspraken voor vanmiddag: Sem gaat niet naar huis voordat Veilig Thuis, zo nodig "
                            "met de crisisdienst of de politie, heeft beoordeeld of dat veilig kan. Daarna volgen "
                            "de radarcheck en het overleg met de vertrouwensarts."
                        ),
                        "rating": "best",
                        "points": 1,
                        "feedback": (
                            "Dit is de juiste herstelstap. Nieuw letsel en een kind dat zegt niet naar huis te "
                            "willen, vragen om handelen binnen het uur, niet binnen de termijn. Bij acute "
                            "onveiligheid neemt Veilig Thuis direct maatregelen en schakelt het zo nodig de "
                            "crisisdienst of de politie in. Les voor de volgende keer: de vijf werkdagen zijn een "
                            "maximum, geen wachttijd."
                        ),
                        "reference": "Handelingsprotocol 2019, veiligheidsbeoordeling; Afwegingskader, vraag 2",
                        "next": "3",
                    },
                    {
                        "text": (
                            "U voegt het nieuwe signaal toe aan de melding; die wordt uiterlijk maandag, binnen de "
                            "termijn, beoordeeld."
                        ),
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onveilig. Formeel valt maandag binnen de termijn, maar er is nu sprake van acute "
                            "onveiligheid: nieuw letsel na een onthulling en een kind dat bang is om naar huis te "
                            "gaan. In deze casus ziet de gedragswetenschapper de aanvulling en grijpt zij nog "
                            "dezelfde middag in; u gaat verder bij de uitkomst van de veiligheidsbeoordeling."
                        ),
                        "reference": "Handelingsprotocol 2019, veiligheidsbeoordeling (uiterlijk vijf werkdagen)",
                        "next": "3",
                    },
                    {
                        "text": "U adviseert de juf om Sem na schooltijd zelf naar huis te brengen en met de vader te praten.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onveilig. U legt de verantwoordelijkheid terug bij de melder en stuurt Sem terug "
                            "naar de situatie waarvoor hij bang is, zonder dat iemand de veiligheid heeft "
                            "beoordeeld. In deze casus grijpt de gedragswetenschapper nog dezelfde middag in; u "
                            "gaat verder bij de uitkomst van de veiligheidsbeoordeling."
                        ),
                        "reference": "Handelingsprotocol 2019, advies en melding; Meldcode stap 3",
                        "next": "3",
                    },
                ],
            },
            {
                "key": "3",
                "title": "Uitkomst van de veiligheidsbeoordeling",
                "info": (
                    "<p>Sem en Noor zijn inmiddels gezien. Er zijn voorlopige afspraken gemaakt, zodat beide "
                    "kinderen de komende dagen in beeld blijven.</p>"
                    "<p>Bij het nagaan van eerdere betrokkenheid vindt u een melding van veertien maanden geleden: "
                    "de huisarts meldde toen partnergeweld tussen Jeroen Hofstra en de moeder van Sem en Noor. Die "
                    "melding is overgedragen aan het lokale team, dat de zaak vier maanden geleden heeft "
                    "afgesloten. De moeder woont nu in Haverdijk; met haar is nog geen contact geweest.</p>"
                    "<p>De vertrouwensarts vindt de plaats van de blauwe plekken, twee keer aan de binnenkant van "
                    "de bovenarm, niet goed passen bij een val. Voor een zorgvuldig oordeel wil zij Sem zelf zien. "
                    "Hoe de vader tegen de zorgen aankijkt, is nog onduidelijk.</p>"
                ),
                "question": "Welke route kiest u na de veiligheidsbeoordeling?",
                "competence": "C4",
                "critical": False,
                "options": [
                    {
                        "text": "U draagt de zaak opnieuw over aan het lokale team.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onveilig. Eerdere hulp via het lokale team heeft niet tot blijvende veiligheid "
                            "geleid; binnen enkele maanden na afsluiting zijn er nieuwe, ernstiger signalen "
                            "(vergelijk afwegingsvraag 5). Bovendien heeft Sem onthuld en is de rol van de vader "
                            "onduidelijk. U herhaalt zo een route die al eens tekortschoot."
                        ),
                        "reference": "Handelingsprotocol 2019, criteria voor onderzoek door Veilig Thuis; Afwegingskader, vraag 5",
                        "next": "",
                    },
                    {
                        "text": "Voorwaarden & Vervolg: u stelt met de vader veiligheidsvoorwaarden op en draagt daarna over.",
                        "rating": "acceptable",
                        "points": 1,
                        "feedback": (
                            "Gedeeltelijk juist. Voorwaarden & Vervolg past als de feiten helder zijn en de ouder "
                            "het probleem erkent en meewerkt. Hier is nog onduidelijk wat er thuis gebeurt en hoe "
                            "de vader zich opstelt, en de moeder is niet gesproken. Deze route is pas verantwoord "
                            "als die onzekerheden zijn weggenomen."
                        ),
                        "reference": "Handelingsprotocol 2019, Voorwaarden & Vervolg",
                        "next": "",
                    },
                    {
                        "text": "Onderzoek door Veilig Thuis.",
                        "rating": "best",
                        "points": 2,
                        "feedback": (
                            "Juist. Er is onvoldoende zekerheid over wat er thuis gebeurt, de rol en houding van "
                            "de vader zijn onbekend, Sem heeft onthuld en eerdere hulp heeft niet tot blijvende "
                            "veiligheid geleid. Dat zijn redenen voor Veilig Thuis om zelf onderzoek te doen. "
                            "Neem het besluit samen met de gedragswetenschapper en leg de onderbouwing vast."
                        ),
                        "reference": "Handelingsprotocol 2019, criteria voor onderzoek door Veilig Thuis",
                        "next": "",
                    },
                    {
                        "text": "U vraagt direct de Raad voor de Kinderbescherming om onderzoek.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Voorbarig. Een verzoek aan de Raad ligt voor de hand als al duidelijk is dat een "
                            "kinderbeschermingsmaatregel nodig is. Hier zijn de feiten nog onzeker, is de vader "
                            "niet gehoord en is de moeder niet gesproken. Eerst moet Veilig Thuis vaststellen wat "
                            "er speelt en of vrijwillige hulp met voorwaarden de veiligheid kan borgen."
                        ),
                        "reference": "Handelingsprotocol 2019, uitkomsten van de veiligheidsbeoordeling",
                        "next": "",
                    },
                ],
            },
            {
                "key": "4",
                "title": "Terugkoppeling aan de juf",
                "info": (
                    "<p>Samen met de gedragswetenschapper is besloten tot onderzoek door Veilig Thuis. U belt juf "
                    "Doornbos voor de terugkoppeling na de veiligheidsbeoordeling. Zij vraagt: ‘Wat is er nou "
                    "aan de hand bij Sem thuis?’</p>"
                ),
                "question": "Wat vertelt u haar?",
                "competence": "C7",
                "critical": False,
                "options": [
                    {
                        "text": (
                            "U vertelt haar alles wat u weet, ook over de eerdere melding van partnergeweld, "
                            "zodat de school het gezin beter begrijpt."
                        ),
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onjuist. De juf heeft informatie nodig voor haar eigen rol, niet de voorgeschiedenis "
                            "van het gezin. De eerdere melding van partnergeweld delen gaat verder dan nodig is en "
                            "schaadt de privacy van de ouders; het kan ook het vertrouwen van het gezin in school "
                            "en hulpverlening beschadigen."
                        ),
                        "reference": "Handelingsprotocol 2019, terugkoppeling aan de melder; AVG, dataminimalisatie",
                        "next": "einde",
                    },
                    {
                        "text": (
                            "U vertelt dat Veilig Thuis een onderzoek is gestart en welke partijen daarbij "
                            "betrokken zijn, en u bespreekt haar rol: Sem goed in beeld houden en nieuwe signalen "
                            "direct doorgeven. U spreekt af dat u na het onderzoek opnieuw terugkoppelt."
                        ),
                        "rating": "best",
                        "points": 2,
                        "feedback": (
                            "Juist. Veilig Thuis koppelt ten minste twee keer terug: na de veiligheidsbeoordeling "
                            "en na het onderzoek. De melder hoort of er vervolg is ingezet, met welke partijen, en "
                            "welke rol hij of zij heeft bij veiligheidsafspraken en monitoring. Zo kan de school "
                            "haar eigen taak goed blijven doen."
                        ),
                        "reference": "Handelingsprotocol 2019, terugkoppeling aan de melder",
                        "next": "einde",
                    },
                    {
                        "text": "U geeft geen terugkoppeling; vanwege de privacy van het gezin kunt u niets vertellen.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onjuist. Terugkoppeling aan de melder is een taak van Veilig Thuis. Zonder "
                            "terugkoppeling weet de school niet wat haar rol is, en zij ziet Sem elke dag. Privacy "
                            "vraagt om een beperkte terugkoppeling, niet om helemaal geen."
                        ),
                        "reference": "Handelingsprotocol 2019, terugkoppeling aan de melder",
                        "next": "einde",
                    },
                ],
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    # Casus B — Nacht in Lindenmarke
    # ------------------------------------------------------------------------------------------
    {
        "key": "nacht-in-lindenmarke",
        "title": "Nacht in Lindenmarke",
        "intro": (
            "<p>Maandagochtend komt bij Veilig Thuis een melding van de politie binnen. Zaterdagnacht werd de "
            "politie naar een flat in Lindenmarke gestuurd, nadat buren geschreeuw en een harde klap hoorden. "
            "Ruben Kamphuis (34) had zijn partner Nadia Koster (31) tegen een deur geduwd. Nadia had een "
            "gezwollen wang en rode plekken in haar hals. Hun kinderen Milan (9) en Fenna (4) waren wakker; "
            "Milan belde zijn oma.</p>"
            "<p>Namens de burgemeester heeft de hulpofficier van justitie de RiHG ingevuld en Ruben een "
            "tijdelijk huisverbod van tien dagen opgelegd. Ruben verblijft bij zijn broer. Nadia en de kinderen "
            "zijn in de flat gebleven.</p>"
        ),
        "competences": ["C3", "C4", "C5", "C6"],
        "forms": ["partnergeweld", "kindermishandeling", "huiselijk-geweld"],
        "steps": [
            {
                "key": "1",
                "title": "Prioriteit",
                "info": (
                    "<p>Het is maandag, 9.10 uur. In de wachtrij staan ruim twintig meldingen, waarvan een deel "
                    "al een paar dagen oud is. Het huisverbod loopt sinds zaterdagnacht.</p>"
                ),
                "question": "Welke prioriteit geeft u deze melding?",
                "competence": "C3",
                "critical": True,
                "options": [
                    {
                        "text": "Gewone wachtrij: de melding wordt binnen de termijn van vijf werkdagen beoordeeld.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onveilig. Een huisverbod is bedoeld als time-out waarin snel hulp op gang komt voor "
                            "iedereen in het gezin. Wie de gewone termijn aanhoudt, laat een groot deel van die "
                            "tien dagen ongebruikt. De vijf werkdagen zijn een maximum, geen streeftermijn. "
                            "Bovendien waren twee kinderen getuige van het geweld; ook zij zijn slachtoffer."
                        ),
                        "reference": "Wet tijdelijk huisverbod; Handelingsprotocol 2019, veiligheidsbeoordeling",
                        "next": "1b",
                    },
                    {
                        "text": "Vandaag nog contact en start van hulp voor het hele huishouden.",
                        "rating": "best",
                        "points": 2,
                        "feedback": (
                            "Juist. Het huisverbod schept een korte periode van rust waarin de hulp snel moet "
                            "beginnen, voor Nadia, voor Ruben en voor de kinderen. Milan en Fenna waren getuige "
                            "van geweld tussen hun ouders; dat valt onder kindermishandeling. De termijn van vijf "
                            "werkdagen is een bovengrens; deze situatie vraagt om contact op dezelfde dag."
                        ),
                        "reference": "Wet tijdelijk huisverbod; Handelingsprotocol 2019, veiligheidsbeoordeling",
                        "next": "",
                    },
                    {
                        "text": "U wacht tot het politieonderzoek is afgerond, zodat u over alle feiten beschikt.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onveilig. U haalt de strafrechtelijke route en de veiligheidsroute door elkaar. Het "
                            "politieonderzoek gaat over de vraag of er een strafbaar feit is gepleegd; Veilig "
                            "Thuis gaat over de veiligheid van het gezin, nu en straks. Die twee lopen naast "
                            "elkaar, en de hulp kan niet wachten op de strafzaak."
                        ),
                        "reference": "Wet tijdelijk huisverbod; Handelingsprotocol 2019, dwangkader",
                        "next": "1b",
                    },
                ],
            },
            {
                "key": "1b",
                "consequence": True,
                "title": "Een huisverbod zonder hulp",
                "info": (
                    "<p>De melding bleef liggen. Donderdagavond laat de politie weten dat Ruben het huisverbod "
                    "heeft overtreden: hij stond bij de flat en wilde de kinderen zien. Nadia had hem zelf gebeld, "
                    "omdat Fenna steeds naar haar vader vroeg en Nadia ‘er helemaal alleen voor stond’. Buren "
                    "hoorden opnieuw geschreeuw en Milan belde weer zijn oma. Niemand van Veilig Thuis of van de "
                    "hulpverlening had het gezin nog gesproken.</p>"
                ),
                "question": "Wat doet u nu?",
                "competence": "C3",
                "critical": False,
                "options": [
                    {
                        "text": (
                            "U neemt vandaag nog contact op met Nadia en, apart, met Ruben; u zorgt dat de "
                            "kinderen worden gezien en stemt met de politie af welke hulp nu direct start."
                        ),
                        "rating": "best",
                        "points": 1,
                        "feedback": (
                            "Dit is de juiste herstelstap. Zonder hulp stond Nadia er tijdens het huisverbod "
                            "alleen voor, met dit gevolg. Nu is snel, gescheiden contact met alle gezinsleden "
                            "nodig, in afstemming met de politie. Les voor de volgende keer: bij een huisverbod is "
                            "snel contact de kern van de aanpak."
                        ),
                        "reference": "Wet tijdelijk huisverbod; Handelingsprotocol 2019, veiligheidsbeoordeling",
                        "next": "2",
                    },
                    {
                        "text": "U wacht het politieonderzoek naar de overtreding af; dat is nu eerst aan de politie.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onveilig. De overtreding is een strafrechtelijke kwestie voor de politie, maar de "
                            "veiligheid van Nadia en de kinderen is dat niet alleen. Er is opnieuw een incident "
                            "geweest, met de kinderen erbij. In deze casus pakt de crisisdienst het gezin "
                            "dezelfde avond op; u gaat verder bij de vraag wie u betrekt."
                        ),
                        "reference": "Handelingsprotocol 2019, veiligheidsbeoordeling",
                        "next": "2",
                    },
                    {
                        "text": "U stuurt Nadia een brief met informatie over hulp en het telefoonnummer van Veilig Thuis.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onveilig. Een brief legt het initiatief bij Nadia, die net heeft laten zien dat zij "
                            "het alleen niet redt. Zij en de kinderen hebben nu direct contact nodig. In deze "
                            "casus pakt de crisisdienst het gezin dezelfde avond op; u gaat verder bij de vraag "
                            "wie u betrekt."
                        ),
                        "reference": "Wet tijdelijk huisverbod; Handelingsprotocol 2019, veiligheidsbeoordeling",
                        "next": "2",
                    },
                ],
            },
            {
                "key": "2",
                "title": "Wie betrekt u, en hoe?",
                "info": (
                    "<p>In een eerste telefoongesprek zegt Nadia: ‘Het was de eerste keer, hij had gedronken.’ Zij "
                    "wil vooral dat het rustig wordt voor de kinderen. Ruben heeft tegen de politie gezegd dat hij "
                    "‘alles wil doen om terug naar huis te kunnen’. De oma van de kinderen, die vlakbij woont en "
                    "dagelijks langskomt, vertelt dat Milan sinds het weekend erg stil is.</p>"
                ),
                "question": "Hoe pakt u de gesprekken aan?",
                "competence": "C5",
                "critical": False,
                "options": [
                    {
                        "text": "U spreekt alleen met Nadia: zij is het slachtoffer en de kinderen zijn bij haar.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onvoldoende. Tijdens een huisverbod is een aanpak voor het hele huishouden nodig. Als "
                            "u Ruben niet spreekt, blijft zijn kant van het risico buiten beeld en komt er geen "
                            "hulp voor hem op gang. En Milan en Fenna hebben recht op een eigen stem: zij zijn "
                            "zelf ook slachtoffer."
                        ),
                        "reference": "Wet tijdelijk huisverbod; Jeugdwet, definitie kindermishandeling",
                        "next": "",
                    },
                    {
                        "text": (
                            "U voert aparte, veilige gesprekken met Nadia, met Ruben en, op een bij hun leeftijd "
                            "passende manier, met Milan en Fenna. U stemt af met de politie en met de hulp die "
                            "tijdens het huisverbod start."
                        ),
                        "rating": "best",
                        "points": 2,
                        "feedback": (
                            "Juist. Tijdens een huisverbod hoort de hulp het hele gezin te bereiken. Aparte "
                            "gesprekken geven Nadia de ruimte om vrijuit te praten, geven Ruben een eigen "
                            "hulpaanbod en geven de kinderen een eigen stem. In de praktijk geldt: kort na "
                            "partnergeweld kan een gezamenlijk gesprek het slachtoffer in gevaar brengen."
                        ),
                        "reference": "Wet tijdelijk huisverbod; Handelingsprotocol 2019, veiligheidsbeoordeling",
                        "next": "",
                    },
                    {
                        "text": "U nodigt Nadia en Ruben samen uit, zodat ze weer met elkaar in gesprek komen.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onveilig. Vlak na partnergeweld kan een gezamenlijk gesprek het slachtoffer in gevaar "
                            "brengen: Nadia kan in het bijzijn van Ruben niet vrijuit praten, en wat zij zegt, kan "
                            "na afloop gevolgen voor haar hebben. Bovendien staat de communicatie tussen de "
                            "partners nu niet voorop, maar de veiligheid."
                        ),
                        "reference": "Wet tijdelijk huisverbod; professionele praktijk bij partnergeweld",
                        "next": "2b",
                    },
                ],
            },
            {
                "key": "2b",
                "consequence": True,
                "title": "Het gezamenlijke gesprek",
                "info": (
                    "<p>Nadia en Ruben kwamen samen naar het kantoor van Veilig Thuis. Ruben voerde het woord: "
                    "‘We hebben het uitgepraat, het was eenmalig.’ Nadia keek hem voor elk antwoord aan en zei "
                    "weinig. Een uur later stuurt zij u een bericht: ‘Sorry, ik kon niks zeggen. Hij stond na "
                    "afloop buiten op me te wachten.’</p>"
                ),
                "question": "Wat doet u nu?",
                "competence": "C5",
                "critical": False,
                "options": [
                    {
                        "text": (
                            "U spreekt Nadia zo snel mogelijk apart, op een plek en tijdstip waarvan Ruben niet "
                            "weet, en maakt met haar een veiligheidsplan. U informeert de politie dat Ruben haar "
                            "na afloop opwachtte, en u voert daarnaast een apart gesprek met Ruben en passende "
                            "gesprekken met de kinderen."
                        ),
                        "rating": "best",
                        "points": 1,
                        "feedback": (
                            "Dit is de juiste herstelstap. Nadia laat zelf zien dat zij in het bijzijn van Ruben "
                            "niet vrijuit kan praten. Een apart gesprek en een veiligheidsplan beschermen haar; de "
                            "politie moet weten dat Ruben haar opwachtte. Les voor de volgende keer: spreek "
                            "partners na geweld eerst apart."
                        ),
                        "reference": "Wet tijdelijk huisverbod; Handelingsprotocol 2019, veiligheidsbeoordeling",
                        "next": "3",
                    },
                    {
                        "text": "U plant over twee weken een tweede gezamenlijk gesprek, nu met een collega erbij.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onveilig. Een collega erbij verandert niets aan de druk die Nadia ervaart, en twee "
                            "weken wachten is veel te lang nu zij zelf een noodsignaal geeft. In deze casus neemt "
                            "uw collega contact op met Nadia en spreekt haar apart; u gaat verder bij het advies "
                            "over verlenging."
                        ),
                        "reference": "Professionele praktijk bij partnergeweld; Handelingsprotocol 2019",
                        "next": "3",
                    },
                    {
                        "text": "U belt Ruben en zegt dat hij Nadia voortaan met rust moet laten.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onveilig. Ruben kan hieruit afleiden dat Nadia u iets heeft verteld, en dat kan haar "
                            "juist in gevaar brengen. De veiligheid van Nadia regelt u met haar zelf en met de "
                            "politie. In deze casus spreekt uw collega Nadia alsnog apart; u gaat verder bij het "
                            "advies over verlenging."
                        ),
                        "reference": "Professionele praktijk bij partnergeweld; Wet tijdelijk huisverbod",
                        "next": "3",
                    },
                ],
            },
            {
                "key": "3",
                "title": "Advies over verlenging van het huisverbod",
                "info": (
                    "<p>In de aparte gesprekken komt meer naar boven. Nadia vertelt dat Ruben haar bij ruzies "
                    "‘wel vaker’ bij de keel heeft gepakt. Milan zegt dat hij met Fenna op zijn kamer ging zitten, "
                    "‘omdat papa weer boos was van het bier’. Ruben noemt het incident ‘uit de hand gelopen’ en "
                    "zegt dat hij ‘nooit echt iets doet’. Nadia wil dat Ruben terugkomt, ‘voor de kinderen’.</p>"
                    "<p>Het huisverbod loopt over een paar dagen af. De burgemeester moet beslissen over "
                    "verlenging en vraagt, zoals in uw regio is afgesproken, het advies van Veilig Thuis.</p>"
                ),
                "question": "Wat adviseert u?",
                "competence": "C4",
                "critical": False,
                "options": [
                    {
                        "text": "U adviseert niet te verlengen, omdat Nadia wil dat Ruben terugkomt.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onveilig. Nadia's wens telt mee, maar bepaalt het risico-oordeel niet alleen. Herhaald "
                            "bij de keel grijpen, bagatelliseren, alcoholgebruik en kinderen die het geweld "
                            "meemaken, zijn ernstige signalen. Wie die niet meeweegt, laat het gezin terugkeren "
                            "naar de situatie van vóór het huisverbod, terwijl de hulp nog maar net is begonnen."
                        ),
                        "reference": "Wet tijdelijk huisverbod; B-SAFER",
                        "next": "",
                    },
                    {
                        "text": (
                            "U adviseert verlenging, tot in totaal maximaal 28 dagen, en onderbouwt dat met "
                            "gestructureerde risicofactoren."
                        ),
                        "rating": "best",
                        "points": 2,
                        "feedback": (
                            "Juist. De burgemeester kan het huisverbod van tien dagen verlengen tot maximaal 28 "
                            "dagen in totaal. Herhaald bij de keel grijpen, het bagatelliseren (‘de eerste keer’, "
                            "‘nooit echt iets’), alcoholgebruik en kinderen die getuige zijn, zijn in een "
                            "gestructureerde risicotaxatie van partnergeweld, zoals met de B-SAFER, ernstige "
                            "signalen. Leg bij elke risicofactor de bron vast."
                        ),
                        "reference": "Wet tijdelijk huisverbod (verlenging tot maximaal 28 dagen); B-SAFER",
                        "next": "",
                    },
                    {
                        "text": "U laat het advies aan de politie over.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onvoldoende. Veilig Thuis heeft zicht op het hele huishouden, ook op wat Nadia in een "
                            "apart gesprek vertelde en wat Milan zei. Die informatie is essentieel voor het "
                            "risico-oordeel. Als u het advies aan de politie overlaat, ontbreekt ze bij het besluit "
                            "van de burgemeester."
                        ),
                        "reference": "Wet tijdelijk huisverbod; Handelingsprotocol 2019, dwangkader",
                        "next": "",
                    },
                ],
            },
            {
                "key": "4",
                "title": "Na het huisverbod",
                "info": (
                    "<p>De burgemeester heeft het huisverbod verlengd tot het maximum van 28 dagen. Ruben is via "
                    "de huisarts begonnen met hulp voor zijn alcoholgebruik en zegt mee te willen doen aan een "
                    "programma voor plegers van huiselijk geweld. Milan heeft een paar gesprekken gehad bij het "
                    "lokale team. Over een week loopt het huisverbod af en wil Ruben terug naar huis.</p>"
                ),
                "question": "Hoe geeft u het vervolg vorm?",
                "competence": "C6",
                "critical": False,
                "options": [
                    {
                        "text": "U sluit de zaak af: het huisverbod is voorbij en er is hulp gestart.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onveilig. Het einde van het huisverbod is geen bewijs van veiligheid. Zonder "
                            "veiligheidsvoorwaarden en monitoring weet niemand of de hulp werkt en of het geweld "
                            "wegblijft wanneer Ruben terugkeert. Zo verliest Veilig Thuis het zicht op "
                            "veiligheid."
                        ),
                        "reference": "Handelingsprotocol 2019, monitoring; Kwaliteitskader Veilig Thuis, Zicht op veiligheid",
                        "next": "einde",
                    },
                    {
                        "text": (
                            "Voorwaarden & Vervolg: u stelt veiligheidsvoorwaarden op (geen geweld; Ruben volgt "
                            "een plegerprogramma of alcoholbehandeling; steun voor Milan en Fenna; een "
                            "veiligheidsplan met het netwerk), draagt over aan het lokale team en monitort of de "
                            "veiligheid blijvend is."
                        ),
                        "rating": "best",
                        "points": 2,
                        "feedback": (
                            "Juist. Bij Voorwaarden & Vervolg stelt Veilig Thuis de veiligheidsvoorwaarden vast, "
                            "maakt een ketenpartner met het gezin en het netwerk het veiligheidsplan, en monitort "
                            "Veilig Thuis of de veiligheid blijvend is. Zo blijft er zicht op veiligheid, ook "
                            "wanneer Ruben terugkeert."
                        ),
                        "reference": "Handelingsprotocol 2019, Voorwaarden & Vervolg en monitoring",
                        "next": "einde",
                    },
                    {
                        "text": "U adviseert Nadia alleen om aangifte te doen.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onvoldoende. Aangifte kan naast de hulp een plaats hebben, maar zorgt op zichzelf "
                            "niet voor de veiligheid van Nadia, Milan en Fenna. Zonder voorwaarden, hulp en "
                            "monitoring is er geen zicht op veiligheid."
                        ),
                        "reference": "Handelingsprotocol 2019, Voorwaarden & Vervolg; dwangkader",
                        "next": "einde",
                    },
                ],
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    # Casus C — Meneer Wessels en de pinpas
    # ------------------------------------------------------------------------------------------
    {
        "key": "meneer-wessels-pinpas",
        "title": "Meneer Wessels en de pinpas",
        "intro": (
            "<p>Ilse Brouwer, wijkverpleegkundige bij thuiszorgorganisatie De Zonnehoek in Kwelderzand, belt "
            "Veilig Thuis. Zij maakt zich zorgen over Hendrik Wessels (84). Meneer Wessels woont alleen en heeft "
            "beginnende dementie. Sinds een halfjaar ‘helpt’ zijn neef Patrick (46) met de boodschappen en de "
            "bankzaken; Patrick heeft de pinpas van meneer Wessels.</p>"
            "<p>De koelkast is vaak bijna leeg en op tafel liggen aanmaningen van de energieleverancier. Onlangs "
            "zei meneer Wessels dat Patrick ‘zelfs het spaargeld had meegenomen’. Toen de wijkverpleegkundige "
            "daarop inging, raakte hij van streek: ‘Laat Patrick met rust, hij is de enige die nog komt.’ Mevrouw "
            "Brouwer is bereid om met naam als melder bekend te zijn.</p>"
        ),
        "competences": ["C2", "C5", "C6", "C7"],
        "forms": ["ouderenmishandeling", "huiselijk-geweld"],
        "steps": [
            {
                "key": "1",
                "title": "Hoort dit bij Veilig Thuis?",
                "info": "",
                "question": "Mevrouw Brouwer vraagt of zij met dit verhaal wel bij Veilig Thuis aan het goede adres is. Wat antwoordt u?",
                "competence": "C2",
                "critical": False,
                "options": [
                    {
                        "text": "Nee, dit is een financiële kwestie; u verwijst haar naar de bank.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onjuist. Financieel misbruik van een oudere door iemand uit de huiselijke kring is "
                            "ouderenmishandeling, en daarmee een vorm van huiselijk geweld. Het is bovendien de "
                            "meest voorkomende vorm van ouderenmishandeling. Een bank beoordeelt geen veiligheid "
                            "en kan de wijkverpleegkundige niets over de rekening vertellen."
                        ),
                        "reference": "Wmo 2015, definitie huiselijk geweld; definitie ouderenmishandeling",
                        "next": "1b",
                    },
                    {
                        "text": (
                            "Ja: financieel misbruik van een oudere door een mantelzorger is ouderenmishandeling "
                            "en valt onder huiselijk geweld."
                        ),
                        "rating": "best",
                        "points": 2,
                        "feedback": (
                            "Juist. De neef hoort als familielid en mantelzorger tot de huiselijke kring; "
                            "‘huiselijk’ gaat over de relatie, niet over de plek. Ouderenmishandeling omvat ook "
                            "materiële schade bij mensen van 65 jaar en ouder, en financieel misbruik is de meest "
                            "voorkomende vorm. Veilig Thuis is ook expertisecentrum voor ouderenmishandeling en "
                            "financieel misbruik."
                        ),
                        "reference": "Wmo 2015, definitie huiselijk geweld; definitie ouderenmishandeling",
                        "next": "",
                    },
                    {
                        "text": "Alleen als er ook sprake is van lichamelijk geweld.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onjuist. Huiselijk geweld is niet beperkt tot lichamelijk geweld. "
                            "Ouderenmishandeling omvat lichamelijke, psychische en materiële schade, en juist "
                            "financieel misbruik komt het meest voor. Wie wacht op lichamelijk geweld, mist het "
                            "grootste deel van de ouderenmishandeling."
                        ),
                        "reference": "Definitie ouderenmishandeling; Wmo 2015, definitie huiselijk geweld",
                        "next": "1b",
                    },
                ],
            },
            {
                "key": "1b",
                "consequence": True,
                "title": "Een maand later",
                "info": (
                    "<p>Mevrouw Brouwer nam contact op met de bank. Die kon haar niets vertellen over de rekening "
                    "van meneer Wessels. Een maand later belt zij opnieuw. De energieleverancier heeft afsluiting "
                    "aangekondigd, meneer Wessels is zichtbaar afgevallen en Patrick heeft de thuiszorg laten "
                    "weten dat hij ‘de bezoeken wel kan overnemen’. Mevrouw Brouwer vraagt wat zij nu nog kan "
                    "doen.</p>"
                ),
                "question": "Wat doet u nu?",
                "competence": "C2",
                "critical": False,
                "options": [
                    {
                        "text": (
                            "U legt uit dat dit ouderenmishandeling is, neemt haar melding aan en zorgt dat die "
                            "met voorrang wordt beoordeeld. U adviseert haar de thuiszorg niet af te bouwen."
                        ),
                        "rating": "best",
                        "points": 1,
                        "feedback": (
                            "Dit is de juiste herstelstap. De situatie is in een maand verslechterd: de basale "
                            "verzorging van meneer Wessels komt in gevaar en Patrick probeert de thuiszorg buiten "
                            "de deur te houden. Les voor de volgende keer: financieel misbruik van een oudere "
                            "hoort bij Veilig Thuis."
                        ),
                        "reference": "Definitie ouderenmishandeling; Handelingsprotocol 2019, advies en melding",
                        "next": "2",
                    },
                    {
                        "text": "U adviseert haar Patrick aan te spreken op de rekeningen.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onveilig. Zo waarschuwt zij de persoon over wie de zorgen gaan, zonder dat iemand de "
                            "veiligheid van meneer Wessels heeft beoordeeld. Dat kan de druk op hem vergroten. In "
                            "deze casus belt mevrouw Brouwer na overleg met haar aandachtsfunctionaris alsnog om "
                            "te melden; u gaat verder bij de volgende stap."
                        ),
                        "reference": "Meldcode stap 3; Handelingsprotocol 2019, advies en melding",
                        "next": "2",
                    },
                    {
                        "text": (
                            "U adviseert haar in het zorgdossier vast te leggen dat meneer Wessels er zelf voor "
                            "kiest Patrick te laten helpen."
                        ),
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onveilig. Of meneer Wessels deze keuze nog kan overzien, is juist de vraag. Vastleggen "
                            "dat het zijn keuze is, sluit de ogen voor een situatie die steeds onveiliger wordt. In "
                            "deze casus belt mevrouw Brouwer na overleg met haar aandachtsfunctionaris alsnog om te "
                            "melden; u gaat verder bij de volgende stap."
                        ),
                        "reference": "Definitie ouderenmishandeling; Afwegingskader, vraag 2",
                        "next": "2",
                    },
                ],
            },
            {
                "key": "2",
                "title": "Meneer Wessels wil geen actie",
                "info": (
                    "<p>De melding is aangenomen. Tijdens een bezoek van de wijkverpleegkundige spreekt u meneer "
                    "Wessels kort. Hij wil niet dat er ‘iets’ gebeurt: ‘Patrick bedoelt het goed, ik wil hem niet "
                    "kwijt.’ Zijn huisarts laat weten dat de dementie het afgelopen jaar is toegenomen. De "
                    "energieleverancier heeft een laatste aanmaning gestuurd.</p>"
                ),
                "question": "Hoe gaat u verder?",
                "competence": "C5",
                "critical": True,
                "options": [
                    {
                        "text": "U sluit de zaak af: een volwassene heeft het recht om hulp te weigeren.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onveilig. Bij beginnende dementie en afhankelijkheid van de persoon over wie de "
                            "zorgen gaan, is een weigering moeilijk te duiden. Er is sprake van structurele "
                            "onveiligheid, en met een lege koelkast en dreigende afsluiting van de energie komt de "
                            "meest basale verzorging in gevaar. Wie nu afsluit, laat meneer Wessels zonder "
                            "bescherming."
                        ),
                        "reference": "Afwegingskader, definities acute en structurele onveiligheid",
                        "next": "2b",
                    },
                    {
                        "text": (
                            "U spreekt meneer Wessels alleen, laat zijn wilsbekwaamheid beoordelen door de "
                            "huisarts en/of de vertrouwensarts en verkent beschermende mogelijkheden, zoals "
                            "onafhankelijk beheer van zijn geld, met behoud van het contact met Patrick dat hij "
                            "belangrijk vindt."
                        ),
                        "rating": "best",
                        "points": 2,
                        "feedback": (
                            "Juist. Onder vier ogen kan meneer Wessels vrijer praten. Of hij de gevolgen van zijn "
                            "keuze kan overzien, vraagt een medisch oordeel; de vertrouwensarts heeft ook "
                            "deskundigheid op het gebied van ouderenmishandeling. Door het contact met Patrick te "
                            "respecteren en tegelijk zijn geld te beschermen, sluit u aan bij wat hij zelf "
                            "belangrijk vindt. Welke juridische beschermingsmaatregelen passen, verkent u met een "
                            "jurist."
                        ),
                        "reference": "Handelingsprotocol 2019, veiligheidsbeoordeling; taken vertrouwensarts",
                        "next": "",
                    },
                    {
                        "text": "U doet meteen namens hem aangifte van diefstal.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onjuist. Een aangifte gaat buiten meneer Wessels om, terwijl hij zegt Patrick niet "
                            "kwijt te willen. Bovendien regelt een aangifte niet dat hij morgen te eten heeft en "
                            "dat de energie aan blijft. Eerst moet zijn dagelijkse veiligheid geborgd zijn."
                        ),
                        "reference": "Handelingsprotocol 2019, veiligheidsbeoordeling; dwangkader",
                        "next": "",
                    },
                ],
            },
            {
                "key": "2b",
                "consequence": True,
                "title": "Drie weken later",
                "info": (
                    "<p>U sloot de zaak. Drie weken later belt de maatschappelijk werker van het ziekenhuis. "
                    "Meneer Wessels is opgenomen: hij was verward, ondervoed en uitgedroogd, en de stroom was "
                    "afgesloten. De thuiszorg had de bezoeken teruggebracht, omdat meneer Wessels zei geen hulp "
                    "meer te willen. Patrick kwam de laatste weken nauwelijks nog; de pinpas heeft hij nog "
                    "steeds.</p>"
                ),
                "question": "Wat doet u nu?",
                "competence": "C5",
                "critical": False,
                "options": [
                    {
                        "text": (
                            "U neemt de nieuwe melding met voorrang in behandeling, spreekt meneer Wessels alleen "
                            "in het ziekenhuis, vraagt de behandelend arts en de vertrouwensarts om een oordeel "
                            "over zijn wilsbekwaamheid en zorgt samen met het ziekenhuis dat hij niet terugkeert "
                            "naar dezelfde onveilige situatie."
                        ),
                        "rating": "best",
                        "points": 1,
                        "feedback": (
                            "Dit is de juiste herstelstap. De opname laat zien dat de onveiligheid ernstiger was "
                            "dan zijn weigering deed vermoeden. Nu moet zijn ontslag uit het ziekenhuis gepaard "
                            "gaan met bescherming van zijn geld en zijn dagelijkse verzorging. Les voor de "
                            "volgende keer: een weigering bij mogelijke wilsonbekwaamheid is geen reden om af te "
                            "sluiten."
                        ),
                        "reference": "Handelingsprotocol 2019, veiligheidsbeoordeling; taken vertrouwensarts",
                        "next": "3",
                    },
                    {
                        "text": "U wacht tot meneer Wessels weer thuis is en vraagt de thuiszorg dan een nieuwe melding te doen.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onveilig. Zo keert meneer Wessels terug naar de situatie die tot zijn opname leidde. "
                            "De ziekenhuisopname is juist het moment om bescherming te regelen. In deze casus "
                            "neemt de vertrouwensarts contact op met het ziekenhuis en wordt de melding alsnog "
                            "opgepakt; u gaat verder bij het verzamelen van informatie."
                        ),
                        "reference": "Handelingsprotocol 2019, veiligheidsbeoordeling",
                        "next": "3",
                    },
                    {
                        "text": "U adviseert het ziekenhuis de neef te vragen de geldzaken voortaan beter te regelen.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onveilig. U legt de bescherming van meneer Wessels in handen van de persoon over wie "
                            "de zorgen gaan. In deze casus neemt de vertrouwensarts contact op met het ziekenhuis "
                            "en wordt de melding alsnog opgepakt; u gaat verder bij het verzamelen van informatie."
                        ),
                        "reference": "Definitie ouderenmishandeling; Handelingsprotocol 2019, veiligheidsbeoordeling",
                        "next": "3",
                    },
                ],
            },
            {
                "key": "3",
                "title": "Informatie verzamelen",
                "info": (
                    "<p>Na de veiligheidsbeoordeling is besloten tot onderzoek door Veilig Thuis. In een gesprek "
                    "onder vier ogen vertelt meneer Wessels dat Patrick hem ‘twintig euro zakgeld per week’ geeft. "
                    "Hoeveel geld er op zijn rekening staat, weet hij niet. De huisarts wil meewerken aan het "
                    "onderzoek. Patrick is nog niet gesproken.</p>"
                ),
                "question": "Hoe verzamelt u informatie over de situatie van meneer Wessels?",
                "competence": "C7",
                "critical": False,
                "options": [
                    {
                        "text": "U vraagt de bank om volledige rekeningoverzichten, ook al is daar geen wettelijke grondslag voor.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onjuist. Informatie opvragen zonder grondslag is niet rechtmatig en bovendien "
                            "onevenredig: u vraagt veel meer dan nodig is. Gegevensverzameling in een onderzoek "
                            "moet rechtmatig, proportioneel en vastgelegd zijn."
                        ),
                        "reference": "AVG, rechtmatigheid en dataminimalisatie; Handelingsprotocol 2019, onderzoek",
                        "next": "",
                    },
                    {
                        "text": (
                            "U raadpleegt de huisarts en het thuiszorgteam, legt de bron van alle informatie vast "
                            "en nodigt de betrokken professionals uit voor een casusoverleg."
                        ),
                        "rating": "best",
                        "points": 2,
                        "feedback": (
                            "Juist. In een onderzoek raadpleegt Veilig Thuis de betrokken professionals, zo nodig "
                            "ook zonder toestemming van de cliënt, op een proportionele en vastgelegde manier. "
                            "Door bij elke bewering de bron te noteren, blijft het verslag controleerbaar. Een "
                            "casusoverleg brengt de waarnemingen van huisarts en thuiszorg samen."
                        ),
                        "reference": "Handelingsprotocol 2019, onderzoek",
                        "next": "",
                    },
                    {
                        "text": "U vraagt Patrick om de bankafschriften mee te nemen naar een gesprek.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onveilig. U waarschuwt de persoon over wie de zorgen gaan en maakt u voor het bewijs "
                            "afhankelijk van hem. Hij bepaalt dan zelf welke informatie u ziet, en meneer Wessels "
                            "kan onder druk komen te staan."
                        ),
                        "reference": "Handelingsprotocol 2019, onderzoek",
                        "next": "3b",
                    },
                ],
            },
            {
                "key": "3b",
                "consequence": True,
                "title": "Patrick is gewaarschuwd",
                "info": (
                    "<p>Patrick kwam naar het gesprek met een keurig overzicht van ‘uitgaven voor oom Henk’: "
                    "boodschappen, kleding en een nieuwe televisie. De volledige afschriften had hij ‘niet kunnen "
                    "vinden’. Twee dagen later meldt mevrouw Brouwer dat meneer Wessels angstig is: Patrick was "
                    "boos geweest, ‘omdat ik had gekletst’. Er ligt geen boodschappengeld meer in de la.</p>"
                ),
                "question": "Wat doet u nu?",
                "competence": "C7",
                "critical": False,
                "options": [
                    {
                        "text": (
                            "U regelt met meneer Wessels en de wijkverpleging dat zijn verzorging en boodschappen "
                            "de komende dagen veilig zijn, haalt de informatie alsnog bij de huisarts en het "
                            "thuiszorgteam en legt vast welke gegevens van Patrick komen en welke uit andere "
                            "bronnen."
                        ),
                        "rating": "best",
                        "points": 1,
                        "feedback": (
                            "Dit is de juiste herstelstap. Eerst moet meneer Wessels te eten hebben en zich veilig "
                            "voelen. Daarna verzamelt u informatie bij onafhankelijke bronnen en houdt u in het "
                            "verslag uit elkaar wat Patrick zegt en wat anderen waarnemen. Les voor de volgende "
                            "keer: vraag geen bewijs aan de persoon over wie de zorgen gaan."
                        ),
                        "reference": "Handelingsprotocol 2019, onderzoek; feitelijke verslaglegging",
                        "next": "4",
                    },
                    {
                        "text": "U gaat uit van het overzicht van Patrick; daarmee is de zorg over het geld weerlegd.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onjuist. Een zelfgemaakt overzicht zonder afschriften is geen onafhankelijke bron, "
                            "en de reactie van Patrick op meneer Wessels is een nieuw zorgsignaal. In deze casus "
                            "bespreekt de gedragswetenschapper het overzicht met u en haalt u de informatie "
                            "alsnog bij de huisarts en de thuiszorg; u gaat verder bij het vervolg."
                        ),
                        "reference": "Handelingsprotocol 2019, onderzoek",
                        "next": "4",
                    },
                    {
                        "text": "U confronteert Patrick telefonisch met het feit dat hij meneer Wessels onder druk zet.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onveilig. Patrick hoort zo opnieuw dat meneer Wessels over hem heeft gepraat, en de "
                            "druk op meneer Wessels kan verder toenemen. Regel eerst zijn veiligheid. In deze "
                            "casus haalt u de informatie alsnog bij de huisarts en de thuiszorg; u gaat verder "
                            "bij het vervolg."
                        ),
                        "reference": "Handelingsprotocol 2019, onderzoek",
                        "next": "4",
                    },
                ],
            },
            {
                "key": "4",
                "title": "Het vervolg",
                "info": (
                    "<p>Uit het onderzoek blijkt dat meneer Wessels zijn geldzaken niet meer kan overzien. In het "
                    "afgelopen halfjaar zijn grote bedragen opgenomen die niet aan hem zijn besteed. Patrick "
                    "erkent dat hij geld heeft ‘geleend’ voor eigen schulden. Meneer Wessels wil het contact met "
                    "Patrick houden. Het lokale team van Kwelderzand is bereid het vervolg op zich te nemen.</p>"
                ),
                "question": "Hoe regelt u het vervolg?",
                "competence": "C6",
                "critical": False,
                "options": [
                    {
                        "text": (
                            "U draagt over aan het lokale team met veiligheidsvoorwaarden: de pinpas gaat terug "
                            "naar meneer Wessels of naar een onafhankelijke beheerder, de dagelijkse thuiszorg "
                            "gaat door en de huisarts is op de hoogte. U spreekt af hoe u monitort of de "
                            "veiligheid blijvend is."
                        ),
                        "rating": "best",
                        "points": 2,
                        "feedback": (
                            "Juist. Een overdracht met concrete veiligheidsvoorwaarden en afspraken over "
                            "monitoring houdt zicht op veiligheid. Iedereen weet wat er moet gebeuren en wanneer "
                            "de veiligheid voldoende geborgd is. Het contact met Patrick kan blijven, maar zonder "
                            "toegang tot het geld van meneer Wessels."
                        ),
                        "reference": "Kwaliteitskader Veilig Thuis, Zicht op veiligheid (eisen aan overdracht); Handelingsprotocol 2019, monitoring",
                        "next": "einde",
                    },
                    {
                        "text": (
                            "U draagt over aan het lokale team met het verzoek een financieel beheerder te regelen, "
                            "zonder vastgelegde veiligheidsvoorwaarden en zonder afspraken over monitoring."
                        ),
                        "rating": "acceptable",
                        "points": 1,
                        "feedback": (
                            "Gedeeltelijk juist. De overdracht en de bescherming van het geld zijn goede stappen. "
                            "Maar zonder vastgelegde voorwaarden weet het lokale team niet wanneer de situatie "
                            "veilig genoeg is, en zonder monitoring ziet niemand het als de situatie terugvalt. Het "
                            "Kwaliteitskader stelt juist eisen aan een overdracht."
                        ),
                        "reference": "Kwaliteitskader Veilig Thuis, Zicht op veiligheid (eisen aan overdracht)",
                        "next": "einde",
                    },
                    {
                        "text": "Geen vervolg: de wijkverpleegkundige houdt informeel een oogje in het zeil.",
                        "rating": "unsafe",
                        "points": 0,
                        "feedback": (
                            "Onveilig. Niemand heeft dan de verantwoordelijkheid voor zicht op veiligheid, terwijl "
                            "is vastgesteld dat meneer Wessels financieel is benadeeld en zijn geldzaken niet meer "
                            "kan overzien. Een informele afspraak is geen overdracht."
                        ),
                        "reference": "Kwaliteitskader Veilig Thuis, Zicht op veiligheid",
                        "next": "einde",
                    },
                ],
            },
        ],
    },
]
