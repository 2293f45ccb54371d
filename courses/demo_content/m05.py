"""Demo course M05: Kindermishandeling: vormen, signalen en letselduiding (eigen tekst)."""

from __future__ import annotations

COURSE = {
    "code": "M05",
    "slug": "kindermishandeling-vormen-signalen-letselduiding",
    "title": "Kindermishandeling: vormen, signalen en letselduiding",
    "summary": (
        "U leert kindermishandeling in al haar vormen herkennen, van lichamelijk geweld en verwaarlozing tot "
        "getuige zijn van huiselijk geweld en een complexe scheiding. U leert wanneer medische deskundigheid "
        "en letselduiding nodig zijn, en hoe u veilig en passend met een kind in gesprek gaat."
    ),
    "learning_objectives": [
        (
            "De definitie van kindermishandeling uit de Jeugdwet toepassen, inclusief verwaarlozing en "
            "getuige zijn van huiselijk geweld."
        ),
        (
            "Signalen per leeftijdsfase herkennen, waaronder signalen van seksueel misbruik en van Pediatric "
            "Condition Falsification (PCF)."
        ),
        (
            "Uitleggen wanneer u de vertrouwensarts en forensische letselduiding inschakelt, en beschrijven "
            "wat een screening zoals SPUTOVAMO wel en niet doet."
        ),
        (
            "De gevolgen van een complexe scheiding voor kinderen herkennen en deze behandelen als (risico "
            "op) kindermishandeling."
        ),
        "Een gesprek met een kind voorbereiden dat past bij de leeftijd, met veiligheid voorop.",
    ],
    "study_load_hours": 8,
    "functions": "all",
    "forms_of_violence": ["kindermishandeling", "huiselijk-geweld", "seksueel-geweld"],
    "competences": ["C2", "C3", "C5"],
    "accreditation": {
        "body": "SKJ",
        "number": "VT-2026-M05",
        "points": 8,
    },
    "prerequisites": ["M02"],
    "certificate_validity_months": 36,
    "lessons": [
        {
            "slug": "definitie-en-vormen",
            "title": "Wat verstaan we onder kindermishandeling?",
            "summary": (
                "De definitie uit de Jeugdwet en de vormen van kindermishandeling, inclusief getuige zijn en "
                "complexe scheiding."
            ),
            "duration_minutes": 45,
            "body": [
                (
                    "content_warning",
                    (
                        "Deze les beschrijft vormen van lichamelijk, psychisch en seksueel geweld tegen "
                        "kinderen en verwaarlozing. Neem gerust even pauze als dat nodig is."
                    ),
                ),
                (
                    "text",
                    (
                        "<p>Bij Veilig Thuis werkt u met een brede opvatting van kindermishandeling. Die "
                        "breedte is bewust gekozen: veel schade ontstaat niet door één heftig incident, maar "
                        "door wat een kind herhaaldelijk overkomt of wat het juist structureel wordt "
                        "onthouden.</p><h3>De definitie uit de Jeugdwet</h3><p>Kort samengevat verstaat de "
                        "Jeugdwet onder kindermishandeling: bedreigend of gewelddadig handelen van "
                        "lichamelijke, psychische of seksuele aard door ouders of andere volwassenen van wie "
                        "een kind afhankelijk is of tegenover wie het onvrij staat, waardoor het kind "
                        "ernstige schade oploopt of dreigt op te lopen. Drie elementen zijn voor uw werk "
                        "belangrijk.</p><ul><li><b>Afhankelijkheid.</b> De pleger is iemand van wie het kind "
                        "afhankelijk is: een ouder, een stiefouder, een verzorger of een andere volwassene "
                        "met een machtspositie.</li><li><b>Actief of passief.</b> Ook nalaten telt. Een kind "
                        "niet geven wat het nodig heeft, is net zo goed mishandeling als een kind pijn "
                        "doen.</li><li><b>Schade of dreiging van schade.</b> U hoeft niet te wachten tot er "
                        "zichtbare schade is. Een reëel risico op ernstige schade is voldoende om de "
                        "situatie serieus te nemen.</li></ul><h3>De vormen</h3><ul><li><b>Lichamelijke "
                        "mishandeling</b>: slaan, schoppen, knijpen, door elkaar schudden, branden of op een "
                        "andere manier lichamelijk letsel toebrengen.</li><li><b>Psychische "
                        "mishandeling</b>: stelselmatig kleineren, uitschelden, bedreigen, angst aanjagen of "
                        "buitensluiten.</li><li><b>Lichamelijke verwaarlozing</b>: tekortschieten in "
                        "voeding, kleding, hygiëne, onderdak of medische zorg.</li><li><b>Psychische "
                        "verwaarlozing</b>: een structureel gebrek aan aandacht, warmte, steun en "
                        "stimulans.</li><li><b>Seksueel misbruik</b>: elke seksuele handeling of benadering "
                        "die een kind wordt opgedrongen, met of zonder lichamelijk "
                        "contact.</li><li><b>Getuige zijn van huiselijk geweld</b>: een kind dat geweld "
                        "tussen volwassenen in huis ziet, hoort of de gevolgen ervan merkt, is zelf "
                        "slachtoffer.</li><li><b>Complexe scheiding</b>: ouders die tijdens of na een "
                        "scheiding vijandig blijven strijden, terwijl het kind klem komt te "
                        "zitten.</li></ul><p>Ook eergerelateerd geweld en vrouwelijke genitale verminking "
                        "vallen onder kindermishandeling wanneer een kind het slachtoffer is; die vormen "
                        "komen in module M07 aan bod. Een zeldzame maar ernstige vorm is Pediatric Condition "
                        "Falsification (PCF), ook bekend als Münchhausen by proxy. Daarbij verzint of "
                        "veroorzaakt een ouder ziekteverschijnselen bij het kind, waardoor het onnodig wordt "
                        "onderzocht of behandeld. Het afwegingskader noemt onnodige medische zorg of "
                        "medicatie uitdrukkelijk als een vorm van acute onveiligheid. Bij een vermoeden van "
                        "PCF werken Veilig Thuis, politie, Openbaar Ministerie, de Raad voor de "
                        "Kinderbescherming en de reclassering samen.</p><h3>Getuige zijn en complexe "
                        "scheiding</h3><p>Deze twee vormen worden in de praktijk nog vaak onderschat. Ouders "
                        "zien hun ruzies soms als iets tussen volwassenen. Voor het kind ligt dat anders: "
                        "het leeft in spanning, voelt zich verantwoordelijk of heeft het gevoel te moeten "
                        "kiezen. Daarom geldt een ouderconflict waarin vijandigheid de toon zet al als "
                        "kindermishandeling, ook als het kind zelf nooit is geslagen. Bij een complexe "
                        "scheiding kunt u letten op een kind dat boodschappen tussen de ouders moet "
                        "overbrengen, dat zich voor de ene ouder moet verantwoorden over de andere, of dat "
                        "het contact met een ouder plotseling en zonder duidelijke reden afwijst. Vraag bij "
                        "iedere melding over partnergeweld of een vechtscheiding dus: welke kinderen wonen "
                        "hier, wat hebben zij meegemaakt en hoe gaat het nu met hen?</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "title": "Let op",
                        "body": (
                            "<p>Een melding over ruzie of geweld tussen ouders is nooit alleen een melding "
                            "over volwassenen. Doe altijd de kindcheck en beoordeel de veiligheid van ieder "
                            "kind afzonderlijk. Broertjes en zusjes die niet in de melding worden genoemd, "
                            "kunnen hetzelfde risico lopen.</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": (
                            "Een buurvrouw meldt dat de ouders van Lotte (6) bijna elke avond hard tegen "
                            "elkaar schreeuwen en dat er soms met spullen wordt gegooid. Voor zover bekend "
                            "is Lotte zelf nooit aangeraakt. Hoe weegt u dit?"
                        ),
                        "options": [
                            {
                                "text": (
                                    "Als een vermoeden van kindermishandeling: Lotte is getuige van huiselijk geweld."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Juist. Getuige zijn van huiselijk geweld valt onder de definitie van "
                                    "kindermishandeling. De kindcheck hoort bij meldcodestap 1, en herhaald "
                                    "geweld wijst op structurele onveiligheid (afwegingskader, vraag 2)."
                                ),
                            },
                            {
                                "text": (
                                    "Als partnergeweld tussen volwassenen; voor Lotte is pas actie nodig als "
                                    "zij zelf letsel heeft."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Niet juist. De definitie vraagt geen letsel; ook dreigende ernstige "
                                    "schade telt. Bovendien vraagt meldcodestap 1 met de kindcheck "
                                    "uitdrukkelijk naar de kinderen in het gezin."
                                ),
                            },
                            {
                                "text": "Als een opvoedkwestie die buiten de taak van Veilig Thuis valt.",
                                "correct": False,
                                "feedback": (
                                    "Niet juist. Het gaat om geweld in de huiselijke kring waarvan een kind "
                                    "getuige is. Daarmee is de eerste vraag van het afwegingskader (is er "
                                    "een vermoeden van huiselijk geweld of kindermishandeling?) met ja "
                                    "beantwoord."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "signalen-herkennen-en-duiden",
            "title": "Signalen herkennen en duiden",
            "summary": ("Signalen bij kind, ouder en situatie, per leeftijdsfase, bij seksueel misbruik en bij PCF."),
            "duration_minutes": 45,
            "body": [
                (
                    "content_warning",
                    (
                        "Deze les beschrijft signalen van lichamelijke mishandeling, verwaarlozing en "
                        "seksueel misbruik van kinderen. Neem gerust even pauze als dat nodig is."
                    ),
                ),
                (
                    "text",
                    (
                        "<p>Een signaal is een waarneming die u aan het denken zet: iets wat u ziet of "
                        "hoort, wat een kind zegt of doet, of wat een ouder vertelt. Een signaal is geen "
                        "bewijs. Vrijwel elk afzonderlijk signaal kan ook een onschuldige verklaring hebben. "
                        "Goed signaleren is daarom tweeledig: u neemt signalen serieus, en u weegt ze in "
                        "samenhang en in hun context.</p><h3>Kind, ouder en situatie</h3><p>Kijk breder dan "
                        "naar het kind alleen. Signalen kunnen liggen bij het kind (letsel, gedrag, "
                        "ontwikkeling), bij de ouder (hoe de ouder over het kind praat, hoe hij of zij "
                        "reageert op vragen over letsel, verslaving, psychiatrische problemen of geweld "
                        "tussen de ouders) en in de gezinssituatie (sociaal isolement, grote schulden, een "
                        "recente scheiding, eerdere meldingen). Let vooral op patronen: herhaling, een "
                        "verklaring die steeds verandert, of een uitleg die niet past bij de leeftijd en de "
                        "ontwikkeling van het kind.</p><h3>Per leeftijdsfase</h3><ul><li><b>Baby's en "
                        "peuters</b> kunnen niet vertellen wat er gebeurt. Letsel bij een baby die zich nog "
                        "niet zelfstandig verplaatst, verdient altijd medische beoordeling: een kind dat nog "
                        "niet kruipt, stoot zich zelden. Let ook op achterblijvende groei, een onverzorgde "
                        "indruk, ontroostbaar huilen of juist opvallend stil en waakzaam "
                        "gedrag.</li><li><b>Basisschoolkinderen</b> laten zorgen vaak zien in hun gedrag: "
                        "schrikreacties, angst om naar huis te gaan, agressie, een plotselinge terugval op "
                        "school, vaak ziek of afwezig zijn, honger, of letsel waarvoor de verklaring "
                        "wisselt.</li><li><b>Jongeren</b> uiten problemen soms via weglopen, "
                        "zelfbeschadiging, middelengebruik, somberheid of juist overmatig aangepast gedrag. "
                        "Sommigen vertellen eerder aan leeftijdgenoten of aan een vertrouwde volwassene "
                        "buiten het gezin wat er speelt.</li></ul><h3>Seksueel misbruik</h3><p>Seksueel "
                        "misbruik laat zelden zichtbare lichamelijke sporen na. De signalen zijn vaak "
                        "indirect: seksueel gedrag of seksuele kennis die niet bij de leeftijd past, angst "
                        "voor een bepaalde persoon of plek, pijnklachten in de onderbuik of bij het plassen, "
                        "slaapproblemen of een terugval in zindelijkheid. Geen van deze signalen bewijst "
                        "misbruik, maar samen kunnen zij een zorgvuldige verdere verkenning rechtvaardigen, "
                        "waarbij u de vertrouwensarts betrekt. Bij recent seksueel geweld kan een Centrum "
                        "Seksueel Geweld acute zorg en forensisch onderzoek bieden.</p><h3>Pediatric "
                        "Condition Falsification</h3><p>Bij PCF liggen de signalen vooral in het medische "
                        "verhaal: klachten die alleen optreden als één bepaalde ouder aanwezig is, uitslagen "
                        "die niet passen bij de beschreven klachten, veel verschillende artsen of "
                        "ziekenhuizen, en een kind dat opknapt wanneer het een tijd niet bij die ouder is. "
                        "Omdat de ouder vaak bezorgd en zeer betrokken overkomt, wordt een vermoeden "
                        "gemakkelijk weggeredeneerd. Een vermoeden van PCF beoordeelt u nooit alleen; de "
                        "vertrouwensarts is hier onmisbaar.</p><h3>Van signaal naar weging</h3><p>Leg "
                        "signalen feitelijk vast: wat is er waargenomen, door wie en wanneer, en wat zei het "
                        "kind of de ouder letterlijk? Houd waarneming en interpretatie gescheiden. Voor de "
                        "professional die belt, is dat de kern van meldcodestap 1; voor uw eigen beoordeling "
                        "is het net zo onmisbaar. Vraag daarbij altijd naar eerdere zorgen, bij de melder en "
                        "in de registratie van Veilig Thuis. Een enkel signaal kan licht lijken, maar samen "
                        "met eerdere meldingen een heel ander beeld geven. Juist daarom bestaat de "
                        "radarfunctie.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "title": "Let op",
                        "body": (
                            "<p>Confronteer een ouder niet met een vermoeden van seksueel misbruik of PCF "
                            "voordat u met de vertrouwensarts en de gedragswetenschapper hebt afgestemd hoe "
                            "de veiligheid van het kind geborgd blijft. Ook in de meldcode (stap 3) mag een "
                            "gesprek worden overgeslagen als het de veiligheid van het kind in gevaar "
                            "brengt.</p>"
                        ),
                    },
                ),
                (
                    "reflection",
                    {
                        "question": (
                            "Bij welke signalen merkt u dat u snel een geruststellende verklaring zoekt, en "
                            "welke signalen zou u gemakkelijk over het hoofd zien? Wat helpt u om signalen "
                            "in samenhang te wegen?"
                        ),
                        "guidance": (
                            "Denk aan uw eigen manier van kijken, niet aan een bepaald gezin. Schrijf geen "
                            "cliëntgegevens op."
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "letselduiding-en-gesprek-met-kind",
            "title": "Letselduiding, de vertrouwensarts en het gesprek met het kind",
            "summary": (
                "Wanneer medische duiding nodig is, wat screening wel en niet doet, en hoe u veilig met een "
                "kind spreekt."
            ),
            "duration_minutes": 50,
            "body": [
                (
                    "content_warning",
                    (
                        "Deze les gaat over letsel bij kinderen, ook bij baby's, en over gesprekken waarin "
                        "een kind vertelt over geweld of misbruik. Neem gerust even pauze als dat nodig is."
                    ),
                ),
                (
                    "text",
                    (
                        "<h3>Waarom letselduiding</h3><p>Iedereen kan een blauwe plek zien, maar niet "
                        "iedereen kan betrouwbaar zeggen hoe die is ontstaan. Letselduiding is de "
                        "forensisch-medische beoordeling van letsel: past het letsel bij de gegeven "
                        "verklaring, bij de leeftijd en ontwikkeling van het kind en bij het beschreven "
                        "ongeval? De meldcode noemt in stap 2 uitdrukkelijk de mogelijkheid om een "
                        "deskundige op het gebied van letselduiding te raadplegen, bijvoorbeeld een "
                        "forensisch arts. Zo'n raadpleging werkt twee kanten op: zij kan een vermoeden "
                        "versterken, maar ook een onterecht vermoeden wegnemen.</p><h3>De rol van de "
                        "vertrouwensarts</h3><p>Binnen Veilig Thuis is de vertrouwensarts de medische "
                        "deskundige. De vertrouwensarts is sparringpartner voor artsen en andere "
                        "(para)medici, denkt mee over de duiding van letsel, seksueel misbruik en medische "
                        "signalen, en kan zo nodig een kind thuis of in het ziekenhuis zien. Het is "
                        "verstandig de vertrouwensarts in elk geval te betrekken bij:</p><ul><li>letsel bij "
                        "een baby of bij een kind dat zich nog niet zelfstandig verplaatst;</li><li>letsel "
                        "op ongebruikelijke plaatsen, herhaald letsel of letsel waarvoor de verklaring "
                        "ontbreekt of wisselt;</li><li>vermoedens van seksueel misbruik of "
                        "PCF;</li><li>medische informatie die u zelf niet goed kunt plaatsen, zoals een "
                        "ziekenhuisverslag.</li></ul><h3>Screening is geen diagnose</h3><p>Op spoedeisende "
                        "hulpafdelingen gebruiken verpleegkundigen soms een korte screeningslijst, zoals "
                        "SPUTOVAMO, om bij letsel na te gaan of er reden is om verder te kijken. Zo'n lijst "
                        "helpt om niets over het hoofd te zien, maar stelt geen diagnose. Meldt een "
                        "ziekenhuis na zo'n screening, dan weegt u dat als een signaal in samenhang met "
                        "andere informatie, met medische duiding door de vertrouwensarts.</p><h3>Wat u aan "
                        "de vertrouwensarts voorlegt</h3><p>Hoe beter de vraag, hoe bruikbaarder de duiding. "
                        "Zet voor het overleg op een rij wat er precies is gezien (plaats, vorm, grootte en "
                        "kleur van het letsel), door wie en wanneer; welke verklaring er is gegeven en door "
                        "wie; of er eerder letsel of eerdere zorgen zijn geweest; en wat bekend is over de "
                        "leeftijd en ontwikkeling van het kind. Vermeld ook wat u niet weet. Zo kan de "
                        "vertrouwensarts beoordelen of aanvullend medisch onderzoek nodig is.</p><h3>In "
                        "gesprek met het kind</h3><p>Kinderen hebben recht op een eigen stem in wat er over "
                        "hen wordt besloten. Een goed gesprek is veilig, past bij de leeftijd en stuurt "
                        "niet. Enkele uitgangspunten:</p><ul><li>Bereid het gesprek voor met de "
                        "gedragswetenschapper: wie spreekt het kind, waar, en wat gebeurt er als het kind "
                        "iets vertelt?</li><li>Kies een plek waar het kind zich veilig voelt en waar een "
                        "mogelijke pleger niet bij is en niet kan meeluisteren.</li><li>Stel open vragen, "
                        "zoals 'Vertel eens hoe het thuis gaat', en vermijd vragen die een antwoord "
                        "voorzeggen.</li><li>Beloof geen geheimhouding die u niet kunt waarmaken; leg uit "
                        "wat u met de informatie doet.</li><li>Leg de woorden van het kind letterlijk vast "
                        "en houd uw eigen interpretatie apart.</li><li>Vertel het kind aan het eind wat er "
                        "nu gaat gebeuren en bij wie het terechtkan.</li></ul><p>Met jonge kinderen kunt u "
                        "gebruikmaken van tekeningen of speelmateriaal. Met jongeren helpt het vaak om eerst "
                        "te bespreken wat zij zelf belangrijk vinden en wat zij van het gesprek "
                        "verwachten.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "title": "Let op",
                        "body": (
                            "<p>Een gesprek met een kind mag het kind niet in gevaar brengen. Weet vooraf "
                            "wie het kind na het gesprek ophaalt en wat de ouders te horen krijgen. Vertelt "
                            "een kind tijdens het gesprek over geweld of misbruik, dan is dat een "
                            "onthulling: behandel die als acute onveiligheid en overleg direct met de "
                            "gedragswetenschapper.</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": (
                            "Een huisarts belt: een baby van vier maanden heeft een blauwe plek op de wang. "
                            "De moeder zegt dat de baby zich aan de box heeft gestoten. Wat is de beste "
                            "eerste stap?"
                        ),
                        "options": [
                            {
                                "text": (
                                    "Het letsel met voorrang voorleggen aan de vertrouwensarts voor medische duiding."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Juist. Letsel bij een baby die zich nog niet zelfstandig verplaatst, "
                                    "vraagt om medische duiding. Meldcodestap 2 noemt het raadplegen van een "
                                    "deskundige op het gebied van letselduiding, en bij mogelijke acute "
                                    "onveiligheid vraagt het Handelingsprotocol om voorrang."
                                ),
                            },
                            {
                                "text": ("Uitgaan van de verklaring van de moeder; baby's stoten zich nu eenmaal."),
                                "correct": False,
                                "feedback": (
                                    "Niet juist. Een baby van vier maanden verplaatst zich nog niet "
                                    "zelfstandig, dus een ongeval ligt minder voor de hand. Zonder "
                                    "letselduiding (meldcodestap 2) kunt u de verklaring niet goed wegen."
                                ),
                            },
                            {
                                "text": (
                                    "De huisarts vragen eerst zelf met de moeder te praten en daarna terug te bellen."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Niet juist. Het gesprek uit meldcodestap 3 is waardevol als het veilig "
                                    "kan, maar dit letsel vraagt nu om deskundige duiding en een weging van "
                                    "acute onveiligheid (afwegingskader, vraag 2). Uitstel kan de baby in "
                                    "gevaar brengen."
                                ),
                            },
                            {
                                "text": (
                                    "Direct een verzoek tot onderzoek indienen bij de Raad voor de Kinderbescherming."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Niet juist. Een verzoek aan de Raad is een van de routes na de "
                                    "veiligheidsbeoordeling (Handelingsprotocol). Eerst moet het letsel "
                                    "medisch worden geduid en de veiligheid worden beoordeeld."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "question": (
                            "Met kinderen van welke leeftijd voert u het minst gemakkelijk een gesprek, en "
                            "hoe zou u zich daarop beter kunnen voorbereiden?"
                        ),
                        "guidance": (
                            "Denk aan uw eigen vaardigheden en aan wie u kunt raadplegen. Schrijf geen "
                            "cliëntgegevens op."
                        ),
                    },
                ),
            ],
        },
    ],
}
