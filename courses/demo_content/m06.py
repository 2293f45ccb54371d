"""Demo course M06: Partnergeweld en ouderenmishandeling (fictieve casussen, eigen tekst)."""

from __future__ import annotations

COURSE = {
    "code": "M06",
    "slug": "partnergeweld-en-ouderenmishandeling",
    "title": "Partnergeweld en ouderenmishandeling",
    "summary": (
        "U leert de patronen van partnergeweld herkennen, uw rol vervullen tijdens en na een tijdelijk "
        "huisverbod, en ouderenmishandeling, waaronder financieel misbruik, signaleren en aanpakken. Steeds "
        "staat de veiligheid van alle betrokkenen voorop, ook die van kinderen die getuige zijn."
    ),
    "learning_objectives": [
        (
            "De dynamiek van partnergeweld beschrijven, zoals dwingende controle, escalatie en scheiding als "
            "risicoperiode, en belangrijke risicofactoren herkennen."
        ),
        (
            "Het verloop van een tijdelijk huisverbod uitleggen (RiHG, tien dagen, verlenging tot maximaal "
            "28 dagen) en de rol van Veilig Thuis daarin."
        ),
        (
            "Ouderenmishandeling herkennen, waaronder financieel misbruik, en rekening houden met "
            "afhankelijkheid en wilsbekwaamheid."
        ),
        "Slachtoffer, pleger en kinderen op een veilige, afzonderlijke manier bij de aanpak betrekken.",
    ],
    "study_load_hours": 6,
    "functions": "all",
    "forms_of_violence": ["huiselijk-geweld", "partnergeweld", "ouderenmishandeling"],
    "competences": ["C2", "C3", "C6", "C5"],
    "accreditation": {
        "body": "SKJ",
        "number": "VT-2026-M06",
        "points": 6,
    },
    "prerequisites": ["M02"],
    "certificate_validity_months": 36,
    "lessons": [
        {
            "slug": "partnergeweld-patronen-en-risicos",
            "title": "Partnergeweld: patronen en risico's",
            "summary": (
                "Wat partnergeweld is, hoe dwingende controle werkt en welke factoren op een verhoogd risico wijzen."
            ),
            "duration_minutes": 40,
            "body": [
                (
                    "content_warning",
                    (
                        "Deze les beschrijft lichamelijk en psychisch geweld tussen partners, waaronder "
                        "wurging, en de gevolgen voor kinderen. Neem gerust even pauze als dat nodig is."
                    ),
                ),
                (
                    "text",
                    (
                        "<p>Onder huiselijk geweld valt lichamelijk, psychisch of seksueel geweld, of de "
                        "dreiging daarmee, door iemand uit de huiselijke kring van het slachtoffer. Het "
                        "woord 'huiselijk' zegt iets over de relatie tussen pleger en slachtoffer, niet over "
                        "de plaats: ook geweld op straat door een ex-partner hoort erbij. Tot de huiselijke "
                        "kring rekenen we (ex-)partners, familieleden, huisgenoten, mantelzorgers en "
                        "huisvrienden. Partnergeweld is de vorm die het meest voorkomt.</p><h3>Meer dan een "
                        "los incident</h3><p>Partnergeweld wordt vaak gemeld na één heftige gebeurtenis, "
                        "maar dat incident is zelden het hele verhaal. In veel relaties waarin geweld "
                        "voorkomt, speelt een patroon van controle: de ene partner bepaalt met wie de ander "
                        "omgaat, controleert telefoon en geld, kleineert, isoleert en bedreigt. Dit patroon "
                        "heet wel dwingende controle (in het Engels: coercive control). Het kan zonder "
                        "zichtbaar letsel veel schade aanrichten en maakt het voor een slachtoffer moeilijk "
                        "om weg te gaan of hulp te vragen. Vraag daarom altijd door naar wat er aan het "
                        "incident voorafging: hoe lang speelt dit al, hoe vaak gebeurt het, en wordt het "
                        "erger?</p><h3>Risicofactoren en risicomomenten</h3><p>In de praktijk en in de "
                        "vakliteratuur gelden onder meer de volgende factoren als aanwijzingen voor een "
                        "verhoogd risico op herhaling of escalatie. De lijst is niet volledig; gebruik haar "
                        "als denkhulp en niet als scorelijst. Instrumenten voor gestructureerde "
                        "risicotaxatie van partnergeweld, zoals de B-SAFER, helpen om zulke factoren "
                        "systematisch na te lopen. Ook de politie werkt gestructureerd: bij de beslissing "
                        "over een tijdelijk huisverbod gebruikt zij het Risicotaxatie-instrument Huiselijk "
                        "Geweld (RiHG), waarin twintig signalen over de pleger, het incident en de "
                        "achtergrond van het gezin worden gewogen. Zulke instrumenten ordenen en onderbouwen "
                        "een oordeel; ze vervangen het overleg met de gedragswetenschapper niet. Ga na welke "
                        "instrumenten uw organisatie gebruikt en hoe ze daar zijn ingebed.</p><ul><li>eerder "
                        "geweld, zeker wanneer het in ernst of frequentie toeneemt;</li><li>iemand bij de "
                        "keel grijpen of de keel dichtknijpen, ook zonder zichtbaar "
                        "letsel;</li><li>bedreiging met de dood of met een wapen;</li><li>sterke jaloezie en "
                        "controlerend gedrag;</li><li>problematisch gebruik van alcohol of "
                        "drugs;</li><li>een scheiding die op handen is of net heeft "
                        "plaatsgevonden;</li><li>het negeren van eerdere afspraken, maatregelen of "
                        "verboden;</li><li>het bagatelliseren of ontkennen van het geweld.</li></ul><p>Een "
                        "scheiding verdient bijzondere aandacht. Voor een slachtoffer is weggaan vaak de weg "
                        "naar veiligheid, maar de periode rond het vertrek kan juist gevaarlijk zijn, omdat "
                        "de pleger de controle dreigt te verliezen. Ook na de scheiding kan het geweld "
                        "doorgaan, bijvoorbeeld als stalking of belaging.</p><h3>Kinderen in het "
                        "gezin</h3><p>Wonen er kinderen in het gezin, dan zijn zij geen toeschouwers maar "
                        "slachtoffers: getuige zijn van partnergeweld is een vorm van kindermishandeling. "
                        "Doe bij iedere melding over partnergeweld de kindcheck en neem de veiligheid van "
                        "elk kind afzonderlijk mee in uw beoordeling. Kinderen hebben bovendien een eigen "
                        "stem: wat zij hebben gezien en wat zij nodig hebben, hoort u het liefst van "
                        "henzelf, in een gesprek dat bij hun leeftijd past.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "title": "Let op",
                        "body": (
                            "<p>Voer na partnergeweld geen gezamenlijk gesprek met slachtoffer en pleger "
                            "zolang de veiligheid niet is beoordeeld. Het slachtoffer kan in zo'n gesprek "
                            "niet vrijuit spreken en kan er thuis de gevolgen van ondervinden. Spreek de "
                            "partners afzonderlijk, op een moment en een plek die voor het slachtoffer "
                            "veilig zijn.</p>"
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "question": (
                            "Welke gedachten komen bij u op wanneer een slachtoffer van partnergeweld de "
                            "pleger weer thuis wil laten komen? Hoe voorkomt u dat die gedachten uw oordeel "
                            "over het risico kleuren?"
                        ),
                        "guidance": (
                            "Richt u op uw eigen reacties en aannames. Schrijf geen namen of andere cliëntgegevens op."
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "tijdelijk-huisverbod-en-gezinsaanpak",
            "title": "Het tijdelijk huisverbod en de aanpak voor het hele gezin",
            "summary": ("Hoe een huisverbod verloopt en wat Veilig Thuis doet voor slachtoffer, pleger en kinderen."),
            "duration_minutes": 45,
            "body": [
                (
                    "content_warning",
                    (
                        "Deze les beschrijft een casus van partnergeweld met letsel en wurging, waarvan "
                        "kinderen getuige waren. Neem gerust even pauze als dat nodig is."
                    ),
                ),
                (
                    "text",
                    (
                        "<p>Het tijdelijk huisverbod is een bestuurlijke maatregel van de burgemeester. "
                        "Daarmee kan iemand die een ernstig gevaar vormt voor zijn of haar huisgenoten, "
                        "tijdelijk de toegang tot de woning en het contact met die huisgenoten worden "
                        "verboden. In de praktijk beoordeelt een hulpofficier van justitie, een "
                        "politiefunctionaris met die bevoegdheid, de situatie namens de burgemeester, met de "
                        "RiHG als hulpmiddel (zie les 1).</p><p>Een huisverbod geldt tien dagen. De "
                        "burgemeester kan het verlengen tot in totaal maximaal achtentwintig dagen. De "
                        "maatregel is bedoeld als time-out: een periode waarin de rust terugkeert en hulp "
                        "snel op gang komt voor iedereen in het gezin, ook voor degene die de woning uit "
                        "moest. Veilig Thuis speelt een rol bij het starten en volgen van die hulp. Hoe de "
                        "advisering over een verlenging precies verloopt, verschilt per regio; ga na welke "
                        "afspraken in uw regio gelden.</p>"
                    ),
                ),
                (
                    "casus",
                    {
                        "title": "Nacht in Lindenmarke",
                        "situation": (
                            "<p>Laat op een zaterdagavond komt de politie naar een flat in Lindenmarke. "
                            "Buren hoorden geschreeuw en daarna een harde klap. Ruben Kamphuis (34) heeft "
                            "zijn partner Nadia Koster (31) tegen een deur geduwd. Haar wang is opgezwollen "
                            "en in haar hals zijn rode plekken te zien. Hun kinderen Milan (9) en Fenna (4) "
                            "waren wakker; Milan heeft uit zichzelf zijn oma gebeld. De hulpofficier van "
                            "justitie vult de RiHG in en legt Ruben een huisverbod van tien dagen op. Op "
                            "maandagochtend ligt de politiemelding bij Veilig Thuis. In een eerste "
                            "telefoongesprek zegt Nadia dat het de eerste keer was en dat Ruben gedronken "
                            "had. Verderop in hetzelfde gesprek vertelt zij dat hij haar tijdens ruzies wel "
                            "vaker bij de keel heeft gepakt.</p>"
                        ),
                        "people": [
                            {
                                "name": "Nadia Koster",
                                "role": "moeder, 31 jaar, slachtoffer",
                            },
                            {
                                "name": "Ruben Kamphuis",
                                "role": "vader, 34 jaar, heeft een huisverbod",
                            },
                            {
                                "name": "Milan",
                                "role": "zoon, 9 jaar",
                            },
                            {
                                "name": "Fenna",
                                "role": "dochter, 4 jaar",
                            },
                            {
                                "name": "Oma",
                                "role": "grootmoeder, door Milan gebeld",
                            },
                        ],
                        "timeline": [
                            {
                                "moment": "Zaterdag 23.40",
                                "event": "Buren bellen de politie na geschreeuw en een klap.",
                            },
                            {
                                "moment": "Zondag 01.30",
                                "event": (
                                    "De hulpofficier van justitie vult de RiHG in; Ruben krijgt een "
                                    "huisverbod van tien dagen."
                                ),
                            },
                            {
                                "moment": "Maandag 08.30",
                                "event": "De politiemelding komt binnen bij Veilig Thuis.",
                            },
                            {
                                "moment": "Maandag 10.15",
                                "event": "Eerste telefonisch contact met Nadia.",
                            },
                            {
                                "moment": "Dag 8 van het huisverbod",
                                "event": "Er moet worden besloten of het huisverbod wordt verlengd.",
                            },
                        ],
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Voorrang, en het hele gezin in beeld</h3><p>Een politiemelding na een "
                        "huisverbod hoort niet in de gewone wachtrij. De vijf werkdagen uit het "
                        "Handelingsprotocol zijn een maximum, en juist in de tien dagen van het huisverbod "
                        "moet de hulp op gang komen. Neem daarom dezelfde dag contact op. Betrek iedereen, "
                        "maar niet tegelijk: Nadia, Ruben en de kinderen, ieder in een eigen en veilig "
                        "gesprek. Milan heeft gezien en gehoord wat er gebeurde en heeft zelf hulp gezocht. "
                        "Hij heeft recht op een gesprek dat past bij zijn leeftijd, met ruimte voor zijn "
                        "zorgen over zijn moeder en zijn vader. Bij Fenna kijkt u vooral naar wat de "
                        "volwassenen om haar heen zien en hoe zij wordt opgevangen. Stem af met de politie "
                        "en met de hulp die tijdens het huisverbod start.</p><h3>Wat Nadia "
                        "vertelt</h3><p>Nadia's eerste reactie is begrijpelijk, maar haar latere opmerking "
                        "over het vaker bij de keel pakken verandert het beeld. Herhaald naar de keel "
                        "grijpen, het geweld kleiner maken dan het is, alcoholgebruik en kinderen die "
                        "getuige zijn: samen zijn dat ernstige aanwijzingen voor een risico op herhaling. "
                        "Hoe zwaar elke factor afzonderlijk weegt, beoordeelt u in een gestructureerde "
                        "risicotaxatie samen met de gedragswetenschapper. Nadia's wens dat Ruben terugkomt, "
                        "is belangrijk en verdient een serieus gesprek, maar bepaalt niet op zichzelf het "
                        "oordeel over het risico.</p><h3>Na het huisverbod</h3><p>Als het huisverbod "
                        "afloopt, is het gevaar niet vanzelf verdwenen. Een passende route is Voorwaarden & "
                        "Vervolg. Veilig Thuis stelt met het gezin minimale veiligheidsvoorwaarden vast, "
                        "bijvoorbeeld: geen geweld, hulp voor Ruben bij zijn gewelddadig gedrag en zijn "
                        "alcoholgebruik, en steun voor Milan en Fenna. Een ketenpartner werkt die "
                        "voorwaarden met het gezin en het netwerk uit in een veiligheidsplan, en Veilig "
                        "Thuis gaat via monitoring na of de veiligheid blijvend is. Aangifte doen kan "
                        "daarnaast, maar vervangt deze aanpak niet.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "title": "Let op",
                        "body": (
                            "<p>Plan gesprekken zo dat Nadia niet in een onveilige situatie terechtkomt, ook "
                            "niet na afloop van het huisverbod. Spreek met haar af hoe u haar veilig kunt "
                            "bereiken en bespreek wat zij kan doen als Ruben zich niet aan het verbod houdt: "
                            "dan belt zij direct 112.</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": (
                            "Op dag acht van het huisverbod wordt gevraagd of verlenging nodig is. Nadia wil "
                            "dat Ruben terugkomt. Welk advies past het best?"
                        ),
                        "options": [
                            {
                                "text": (
                                    "Verlenging adviseren, onderbouwd met de risicofactoren: herhaald "
                                    "keelgrijpen, bagatelliseren, alcohol en kinderen die getuige waren."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Juist. Het huisverbod kan worden verlengd tot maximaal 28 dagen. Er "
                                    "zijn aanwijzingen voor structurele onveiligheid (afwegingskader, vraag "
                                    "2), en een onderbouwing op basis van gestructureerde risicotaxatie "
                                    "weegt zwaarder dan de wens van één betrokkene. De precieze adviesroute "
                                    "verschilt per regio."
                                ),
                            },
                            {
                                "text": "Verlenging afraden, omdat Nadia wil dat Ruben terugkomt.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist. Nadia's wens telt mee, maar het risico-oordeel hangt daar "
                                    "niet alleen van af. Er zijn aanwijzingen voor structurele onveiligheid "
                                    "(afwegingskader, vraag 2), en de kinderen zijn als getuigen zelf "
                                    "slachtoffer."
                                ),
                            },
                            {
                                "text": "Geen advies geven; het huisverbod is een zaak van de politie.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist. Het huisverbod hoort in het Handelingsprotocol bij de "
                                    "dwangroute, waarin Veilig Thuis de hulp mee start en volgt. Uw beeld "
                                    "van het gezin is nodig voor een goed onderbouwd besluit; hoe uw advies "
                                    "de burgemeester bereikt, verschilt per regio."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "ouderenmishandeling-en-financieel-misbruik",
            "title": "Ouderenmishandeling en financieel misbruik",
            "summary": (
                "Ouderenmishandeling herkennen en aanpakken, met aandacht voor afhankelijkheid en wilsbekwaamheid."
            ),
            "duration_minutes": 45,
            "body": [
                (
                    "content_warning",
                    (
                        "Deze les beschrijft mishandeling en financiële uitbuiting van een oudere met "
                        "dementie. Neem gerust even pauze als dat nodig is."
                    ),
                ),
                (
                    "text",
                    (
                        "<p>Van ouderenmishandeling spreken we wanneer iemand van 65 jaar of ouder "
                        "lichamelijke, psychische of materiële schade lijdt door wat een ander doet of "
                        "nalaat, terwijl die ander een persoonlijke of beroepsmatige relatie met de oudere "
                        "heeft. Het kan gaan om lichamelijk geweld, om psychisch geweld zoals kleineren of "
                        "isoleren, om verwaarlozing, om seksueel geweld en om financieel misbruik. "
                        "Financieel misbruik komt het meest voor; naar schatting gaat het om zo'n 30.000 "
                        "ouderen per jaar. De naam Veilig Thuis maakt ook duidelijk dat de organisatie er "
                        "voor ouderen is.</p><h3>Waarom het lang verborgen blijft</h3><p>De pleger is vaak "
                        "iemand van wie de oudere afhankelijk is: een kind, kleinkind, partner of "
                        "mantelzorger. Soms is de zorg met goede bedoelingen begonnen en is de grens "
                        "geleidelijk overschreden, bijvoorbeeld door een overbelaste mantelzorger; soms "
                        "gebeurt het bewust. De oudere schaamt zich, wil de relatie niet kwijt of kan door "
                        "dementie niet goed overzien wat er gebeurt. Signalen van financieel misbruik zijn "
                        "onder meer onbetaalde rekeningen en aanmaningen terwijl er voldoende inkomen is, "
                        "een lege koelkast, onverklaarbare geldopnames, een familielid dat zonder duidelijke "
                        "afspraken de bankpas beheert, en bezittingen die verdwijnen.</p>"
                    ),
                ),
                (
                    "casus",
                    {
                        "title": "Meneer Wessels en de pinpas",
                        "situation": (
                            "<p>Ilse Brouwer is wijkverpleegkundige bij thuiszorgorganisatie De Zonnehoek in "
                            "Kwelderzand. Zij belt Veilig Thuis over haar cliënt Hendrik Wessels, een man "
                            "van 84 met beginnende dementie die alleen woont. Sinds ongeveer een halfjaar "
                            "doet zijn neef Patrick de boodschappen en regelt hij de bankzaken; de pinpas "
                            "van zijn oom heeft hij in bezit. De verpleegkundige treft de koelkast vaak "
                            "bijna leeg aan en op tafel liggen aanmaningen van de energieleverancier. "
                            "Onlangs vertelde meneer Wessels dat Patrick zelfs zijn spaargeld had "
                            "meegenomen. Toen zij daarop doorvroeg, raakte hij overstuur: ze moest Patrick "
                            "met rust laten, want hij was de enige die nog bij hem langskwam. Mevrouw "
                            "Brouwer wil met naam als melder bekend zijn.</p>"
                        ),
                        "people": [
                            {
                                "name": "Hendrik Wessels",
                                "role": "84 jaar, woont alleen, beginnende dementie",
                            },
                            {
                                "name": "Patrick",
                                "role": "neef, 46 jaar, beheert de pinpas",
                            },
                            {
                                "name": "Ilse Brouwer",
                                "role": "wijkverpleegkundige en melder",
                            },
                        ],
                        "timeline": [
                            {
                                "moment": "Zes maanden geleden",
                                "event": (
                                    "Patrick gaat zijn oom helpen met boodschappen en bankzaken en neemt de "
                                    "pinpas in beheer."
                                ),
                            },
                            {
                                "moment": "Afgelopen weken",
                                "event": (
                                    "De wijkverpleegkundige ziet een bijna lege koelkast en aanmaningen op tafel."
                                ),
                            },
                            {
                                "moment": "Vorige week",
                                "event": (
                                    "Meneer Wessels zegt dat zijn spaargeld is meegenomen, maar wil niet dat "
                                    "er iets gebeurt."
                                ),
                            },
                            {
                                "moment": "Donderdag 14.00",
                                "event": "Mevrouw Brouwer doet met naam een melding bij Veilig Thuis.",
                            },
                        ],
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Wat u doet</h3><p>Allereerst: dit is werk voor Veilig Thuis. De neef hoort als "
                        "familielid en als mantelzorger tot de huiselijke kring, en materiële schade bij een "
                        "oudere is ouderenmishandeling. U verwijst dus niet alleen naar de "
                        "bank.</p><p>Meneer Wessels wil geen actie. Een volwassene mag hulp weigeren, maar "
                        "bij afhankelijkheid en dementie is niet vanzelfsprekend dat een weigering een vrije "
                        "en goed overwogen keuze is. Spreek hem daarom alleen, zonder de neef. Laat zijn "
                        "wilsbekwaamheid op dit punt beoordelen met de huisarts en zo nodig de "
                        "vertrouwensarts, die ook deskundig is op het gebied van ouderenmishandeling. Zoek "
                        "naar mogelijkheden die zijn geld beschermen zonder hem de relatie te ontnemen die "
                        "hij waardeert, zoals een onafhankelijke regeling voor zijn financiën. "
                        "Beschermingsbewind via de kantonrechter is een van de juridische mogelijkheden; "
                        "laat de voorwaarden en de procedure toetsen door een jurist.</p><p>Verzamel "
                        "informatie proportioneel en navolgbaar. Raadpleeg de huisarts en het thuiszorgteam, "
                        "leg vast welke informatie van welke bron komt en nodig zo nodig de betrokken "
                        "professionals uit voor een casusoverleg. Vraag de neef niet om bankafschriften: "
                        "daarmee waarschuwt u de mogelijke pleger en maakt u hem tot bron van het bewijs. "
                        "Zonder wettelijke grondslag volledige transactieoverzichten bij de bank opvragen is "
                        "evenmin proportioneel.</p><p>Een passende afronding is overdracht aan het lokale "
                        "team met veiligheidsvoorwaarden, bijvoorbeeld: de pinpas gaat terug naar meneer "
                        "Wessels of naar een neutrale beheerder, de dagelijkse thuiszorg gaat door en de "
                        "huisarts is op de hoogte. Maak daarbij duidelijke afspraken over monitoring, zodat "
                        "het zicht op zijn veiligheid niet verloren gaat.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "title": "Let op",
                        "body": (
                            "<p>Bij financieel misbruik kan ook de dagelijkse veiligheid in het geding zijn: "
                            "geen eten in huis, een dreigende afsluiting van energie, of een oudere die "
                            "vereenzaamt als de enige bezoeker wegblijft. Kijk daarom niet alleen naar het "
                            "geld, maar ook naar voeding, verzorging en isolement, en let op signalen van "
                            "verwaarlozing of geweld.</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": "Meneer Wessels zegt dat hij niet wil dat er iets gebeurt. Wat doet u?",
                        "options": [
                            {
                                "text": ("De melding afsluiten: een volwassene heeft het recht om hulp te weigeren."),
                                "correct": False,
                                "feedback": (
                                    "Niet juist. Bij dementie en afhankelijkheid is een weigering niet "
                                    "zonder meer een vrije keuze. Er zijn aanwijzingen voor structurele "
                                    "onveiligheid (afwegingskader, vraag 2); afsluiten zonder zijn "
                                    "wilsbekwaamheid te laten beoordelen, laat die onveiligheid "
                                    "voortbestaan."
                                ),
                            },
                            {
                                "text": (
                                    "Meneer Wessels alleen spreken, zijn wilsbekwaamheid laten beoordelen "
                                    "met de huisarts en/of vertrouwensarts, en beschermende mogelijkheden "
                                    "verkennen die de band met zijn neef zoveel mogelijk sparen."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Juist. Zo neemt u zijn wens serieus en weegt u tegelijk de "
                                    "onveiligheid. Deskundigen raadplegen, zoals huisarts en "
                                    "vertrouwensarts, past bij meldcodestap 2. Na de melding draagt Veilig "
                                    "Thuis volgens het Handelingsprotocol de verantwoordelijkheid voor zicht "
                                    "op veiligheid."
                                ),
                            },
                            {
                                "text": "Namens meneer Wessels direct aangifte doen tegen de neef.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist. Zo gaat u voorbij aan meneer Wessels zelf en regelt u zijn "
                                    "dagelijkse veiligheid niet. Het Handelingsprotocol vraagt eerst een "
                                    "veiligheidsbeoordeling en een passende route; een strafrechtelijke stap "
                                    "kan daarna eventueel naast de hulp lopen."
                                ),
                            },
                            {
                                "text": "De neef uitnodigen en hem vragen de bankafschriften mee te nemen.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist. Zo waarschuwt u de mogelijke pleger en maakt u hem tot bron "
                                    "van het bewijs. Net als bij meldcodestap 3 gaat veiligheid voor: een "
                                    "gesprek dat de situatie kan verslechteren, voert u pas na zorgvuldige "
                                    "voorbereiding."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "question": (
                            "Wanneer weegt voor u de autonomie van een oudere zwaarder dan de wens om in te "
                            "grijpen, en wanneer niet? Welke informatie hebt u nodig om die afweging goed te "
                            "maken?"
                        ),
                        "guidance": ("Beschrijf uw afweging in algemene termen. Schrijf geen cliëntgegevens op."),
                    },
                ),
            ],
        },
    ],
}
