/** Dutch UI strings. Every key here must exist in en.ts (the type enforces it). */
const nl = {
  'site.name': 'De luisterende koning',
  'site.tagline': 'Een essayreeks over klanten, leveranciers en wie er naar wie luistert',
  'site.description':
    '{EssayCount} essays over de weg van ‘de klant is koning’ naar een geëmancipeerd partnership, waarin de klant koning blijft, maar een luisterende koning.',

  'nav.label': 'Hoofdmenu',
  'nav.essays': 'Essays',
  'nav.quiz': 'Quiz',
  'nav.about': 'Over de reeks',
  'nav.skip': 'Naar de inhoud',
  'nav.home': 'De luisterende koning, naar de voorpagina',

  'language.name': 'Nederlands',
  'language.readHere': 'Lees deze pagina in het Nederlands',
  'language.switchLabel': 'Andere talen',

  // URL segments of the translated pages, and the fragment key of a mirror invite.
  'route.about': 'over',
  'route.privacy': 'privacy',
  'route.quiz': 'quiz',
  'route.result': 'uitslag',
  'route.replyFragment': 'antwoord',
  'route.resultFragment': 'uitslag',
  'route.stage': 'fase',
  'route.inviteFragment': 'spiegel',
  'route.workshop': 'workshop',
  'route.workshopJoin': 'meedoen',
  'route.sessionFragment': 'sessie',
  'route.teamFragment': 'team',

  'theme.toggle': 'Donkere weergave',

  'series.heading': 'De reeks',
  'series.partOf': 'Deel {part} van {total}',
  'series.part': 'Deel {part}',

  'essay.by': 'Door {author}',
  'essay.minutes': '{minutes} min. leestijd',
  'essay.headingLink': 'Link naar het kopje “{heading}”',
  'essay.footnotes': 'Noten',
  'essay.footnoteBack': 'Terug naar de tekst bij noot {n}',
  'essay.toc': 'In dit essay',
  'essay.previous': 'Vorig deel',
  'essay.next': 'Volgend deel',
  'essay.seriesNav': 'Andere delen van de reeks',
  'essay.startAgain': 'Terug naar het begin van de reeks',
  'essay.draft': 'Concept: dit essay is alleen te zien met npm run dev en wordt niet gepubliceerd.',
  'essay.composite':
    'De voorbeelden in deze reeks zijn samengesteld uit de praktijk en beschrijven geen bestaande organisatie.',

  // The byline's publisher (src/site.config.ts): without a name, and with one.
  'publisher.anonymous': 'Uitgegeven door een Nederlandse leverancier van professionele diensten',
  'publisher.named': 'Uitgegeven door {publisher}, een Nederlandse leverancier van professionele diensten',

  'share.heading': 'Deel dit essay',
  'share.linkedin': 'LinkedIn',
  'share.x': 'X',
  'share.whatsapp': 'WhatsApp',
  'share.email': 'E-mail',
  'share.via': 'Delen via {network}',
  'share.copy': 'Kopieer link',
  'share.copied': 'Link gekopieerd',
  'share.copyFailed': 'Kopiëren lukte niet. Selecteer de link in het tekstvak en kopieer hem zelf.',
  'share.system': 'Meer opties',
  'share.resultHeading': 'Deel uw uitslag',
  'share.download': 'Download de afbeelding',
  'share.publicPage': 'Open de deelbare pagina',
  'share.withScore': 'Deel met mijn score ({score} van 100)',
  'share.withScoreHint': 'Zonder vinkje deelt u alleen de fase, niet uw score.',
  'share.emailBody': 'Dit essay is de moeite waard: {title}',

  'quizInvite.heading': 'Waar staat uw samenwerking?',
  'quizInvite.body':
    '{QuestionCount} herkenbare situaties, ongeveer {quizMinutes} minuten. De quiz plaatst uw relatie met uw klant of leverancier op de schaal van transactioneel tot geëmancipeerd partnership. Uw antwoorden blijven in uw browser.',
  'quizInvite.cta': 'Doe de quiz',

  'quiz.title': 'Waar staat uw samenwerking?',
  'quiz.description':
    '{QuestionCount} situaties, ongeveer {quizMinutes} minuten: de quiz plaatst uw samenwerking op de schaal van transactioneel tot geëmancipeerd partnership.',
  'quiz.kicker': 'De partnershipquiz',
  'quiz.intro':
    '{QuestionCount} herkenbare situaties uit de praktijk van klant en leverancier. Kies steeds het antwoord dat beschrijft hoe het in uw samenwerking werkelijk gaat, niet hoe het zou moeten. Daarna ziet u waar uw relatie staat op de schaal van transactioneel tot geëmancipeerd partnership, per dimensie, met concrete volgende stappen, te beginnen bij de dimensie waar uw samenwerking het zwakst is.',
  'quiz.duration': 'Ongeveer {quizMinutes} minuten.',
  'quiz.privacy': 'Uw antwoorden blijven in deze browser: er wordt niets verstuurd.',
  'quiz.noscript':
    'De quiz heeft JavaScript nodig, en dat staat in uw browser uit. De essays zijn ook zonder JavaScript te lezen.',
  'quiz.noscriptLink': 'Naar de essays',
  'island.loadFailed':
    'De vragen van de quiz konden niet worden geladen. Controleer uw verbinding en probeer het opnieuw; eerder gegeven antwoorden blijven bewaard.',
  'island.retry': 'Opnieuw proberen',
  'quiz.roleLegend': 'Van welke kant van de tafel kijkt u?',
  'quiz.roleHint': 'Denk aan één concrete samenwerking tussen klant en leverancier.',
  'quiz.role.customer': 'Ik antwoord als klant',
  'quiz.role.supplier': 'Ik antwoord als leverancier',
  'quiz.start': 'Begin de quiz',
  'quiz.continue': 'Ga verder',
  'quiz.chooseRole': 'Kies eerst of u als klant of als leverancier antwoordt.',
  'quiz.progress': 'Vraag {current} van {total}',
  'quiz.back': 'Vorige',
  'quiz.next': 'Volgende',
  'quiz.finish': 'Bekijk de uitslag',
  'quiz.chooseAnswer': 'Kies het antwoord dat het best past.',
  'quiz.resumed': 'Welkom terug: u gaat verder waar u was gebleven.',
  'quiz.memoryOnly':
    'Uw browser laat de quiz niets bewaren. Dat is geen probleem, maar als u de pagina sluit, begint u opnieuw.',
  'quiz.code.broken':
    'Deze link is beschadigd, dus hij opent niets. Uw eigen antwoorden blijven staan; vraag eventueel om een nieuwe link.',
  'quiz.code.inconsistent':
    'Deze link klopt niet: wat erin staat, kan de quiz niet hebben gemaakt. Uw eigen antwoorden blijven staan; vraag om een nieuwe link.',
  'quiz.code.newerVersion':
    'Deze link is gemaakt met een nieuwere versie van de quiz. Laad de pagina opnieuw; uw eigen antwoorden blijven staan.',
  'quiz.code.quizChanged':
    'De vragen zijn veranderd sinds deze link is gemaakt, dus hij past niet meer. Uw eigen antwoorden blijven staan; vraag om een nieuwe link.',
  'quiz.expect.heading.customer': 'En hoe ziet uw leverancier het?',
  'quiz.expect.heading.supplier': 'En hoe ziet uw klant het?',
  'quiz.expect.intro':
    'Schat per dimensie in wat de andere kant zou antwoorden. Doet die de quiz ook, dan ziet u naast elkaar hoe goed u elkaar kent. U kunt deze stap overslaan.',
  'quiz.expect.value': '{score}: {stage}',
  'quiz.expect.skip': 'Overslaan',
  'quiz.expect.submit': 'Naar de uitslag',
  'quiz.restored': 'Uw uitslag uit de link staat hieronder.',
  'quiz.earlier.link':
    'Deze uitslag is gemaakt met een eerdere versie van de vragen. U ziet hem hieronder met de cijfers van toen; de vragen zelf zijn sindsdien herschreven.',
  'quiz.earlier.heading': 'Uitslagen bij eerdere vragen',
  'quiz.earlier.note':
    'Gemaakt met versie {edition} van de vragen. De vragen zijn sindsdien herschreven: dit zijn de cijfers van toen. Doe de quiz opnieuw om te zien waar uw samenwerking nu staat.',
  'quiz.earlier.item': '{role}: {stage}, {score} van 100',
  'quiz.earlier.dimensions': 'Per dimensie',
  'quiz.earlier.role.customer': 'Als klant',
  'quiz.earlier.role.supplier': 'Als leverancier',
  'mirror.earlier':
    'Een van beide kanten antwoordde op versie {edition} van de vragen, die sindsdien zijn herschreven. De cijfers van die kant zijn die van toen.',
  'quiz.restoredReplaced': 'De uitslag uit de link staat nu hieronder. Uw vorige antwoorden zijn bewaard.',
  'quiz.startedOver': 'U bent opnieuw begonnen. Uw vorige uitslag is bewaard.',
  'quiz.undo': 'Zet mijn vorige antwoorden terug',
  'quiz.result.print': 'Print uw uitslag',
  'quiz.resultLink.heading': 'Bewaar uw uitslag',
  'quiz.resultLink.body':
    'Met deze link opent u uw uitslag in elke browser, ook op een ander apparaat. Hij bevat uw rol, uw antwoorden en, als u die gaf, uw verwachtingen; geen naam en verder niets. Wie de link heeft, ziet uw uitslag.',
  'quiz.resultLink.label': 'Link naar uw uitslag',
  'quiz.resultLink.copy': 'Kopieer de link',
  'quiz.resultLink.emailSubject': 'Mijn uitslag van de partnershipquiz',
  'quiz.resultLink.message': 'Mijn uitslag van de partnershipquiz van De luisterende koning:',
  'quiz.result.kicker': 'Uw uitslag',
  'quiz.result.heading': 'Uw samenwerking: {stage}',
  'quiz.result.scaleTitle': 'De schaal van transactioneel (0) tot geëmancipeerd partnership (100)',
  'quiz.result.scaleText':
    'Uw samenwerking scoort {score} van 100 en valt in de fase ‘{stage}’ ({from} tot en met {to}).',
  'quiz.result.role.customer': 'U antwoordde als klant.',
  'quiz.result.role.supplier': 'U antwoordde als leverancier.',
  'quiz.result.nuance':
    'Geen fase is goed of fout op zichzelf: voor eenvoudige, gestandaardiseerde inkoop is een transactionele relatie precies wat u nodig hebt.',
  'quiz.result.dimensions': 'Per dimensie',
  'quiz.result.dimensionsNote':
    'Elke dimensie rust op {count} antwoorden. Lees de fase per dimensie daarom als een richting, niet als een meting.',
  'quiz.result.method': 'Hoe de quiz werkt',
  'quiz.numberWords': 'nul,één,twee,drie,vier,vijf,zes,zeven,acht,negen,tien,elf,twaalf',
  'quiz.result.advice.customer': 'Voor u als klant, in deze fase',
  'quiz.result.advice.supplier': 'Voor u als leverancier, in deze fase',
  'quiz.result.readNext': 'Lees het essay bij deze fase',
  'quiz.result.weakest.heading': 'Begin waar uw samenwerking het zwakst is',
  'quiz.result.weakest.intro':
    'Uw uitslag is een gemiddelde van {count} dimensies. De meeste winst zit meestal in de dimensie die achterblijft.',
  'quiz.result.weakest.step': 'Een eerste stap:',
  'quiz.result.weakest.read': 'Lees erover',
  'quiz.result.weakest.passage': '{essay}, ‘{heading}’',
  'quiz.result.review': 'Antwoorden aanpassen',
  'quiz.restart': 'Opnieuw beginnen',

  'result.title': 'Uitslag van de partnershipquiz: {score} van 100, {stage}',
  'result.description':
    'Fase {n} van {stageTotal} op de schaal van transactioneel tot geëmancipeerd partnership. Waar staat uw samenwerking? Doe de quiz in ongeveer {quizMinutes} minuten.',
  'result.kicker': 'Een gedeelde uitslag van de partnershipquiz',
  'result.stage': 'Fase {n} van {stageTotal}: {stage}',
  'result.essay': 'Het essay bij deze fase',
  'result.scaleText': 'Deze samenwerking scoort {score} van 100 en valt in de fase ‘{stage}’ ({from} tot en met {to}).',
  'result.cta': 'Waar staat uw eigen samenwerking?',
  'result.yours': 'En uw eigen samenwerking?',
  'result.yoursBody':
    'Beantwoord {questionCount} vragen over herkenbare situaties, als klant of als leverancier, en zie waar uw relatie staat. Uw antwoorden blijven in uw browser.',
  'result.share': 'Deel deze uitslag',
  'result.shareMessage':
    'Ik deed de partnershipquiz van De luisterende koning: {stage}, {score} op een schaal van 100. Herkenbaar?',
  'result.imageAlt':
    'De schaal van transactioneel tot geëmancipeerd partnership, met een score van {score} van 100: {stage}',

  'mirror.colleague': 'Uw collega',
  'mirror.them.customer': 'De klant',
  'mirror.them.supplier': 'De leverancier',
  'mirror.you': 'U',
  'mirror.kicker': 'De spiegel',
  'mirror.compared': 'De vergelijking uit de link staat hieronder. Uw eigen antwoorden zijn niet aangeraakt.',
  'mirror.ownInvite':
    'Dit is uw eigen uitnodiging: stuur hem naar de andere kant van uw samenwerking. Uw uitslag staat hieronder.',
  'mirror.finding.agree':
    'U en {them} zien de samenwerking op elke dimensie ongeveer hetzelfde: nergens {points} punten of meer verschil.',
  'mirror.finding.gap': 'Het grootste verschil zit in {dimension}: u geeft {mine}, {them} geeft {theirs}.',
  'mirror.finding.blindMe': 'U verwachtte dat {them} {dimension} op {expected} zou zetten, maar {them} geeft {actual}.',
  'mirror.finding.blindThem': '{They} verwachtte dat u {dimension} op {expected} zou zetten, maar u geeft {actual}.',
  'mirror.stageOf': '{who}: {stage} ({score} van 100)',
  'mirror.listening.heading': 'Hoe goed kent u elkaar?',
  'mirror.listening.score': '{who}: gemiddeld {points} punten naast wat de ander zegt.',
  'mirror.listening.skipped': '{who}: sloeg de verwachtingen over.',
  'mirror.dimensionsHeading': 'Per dimensie, grootste verschil eerst',
  'mirror.expected': 'Verwachting (open teken)',
  'mirror.rowFigures': 'U {mine}, {them} {theirs}',
  'mirror.rowMyExpectation': 'u verwachtte {expected}',
  'mirror.rowTheirExpectation': '{them} verwachtte {expected} van u',
  'mirror.startersHeading': 'Vragen om het gesprek te openen',
  'mirror.gapAdvice.heading': 'Waar u het verst uit elkaar liggen: {dimension}',
  'mirror.print': 'Print deze vergelijking',
  'mirror.reply.heading': 'Stuur uw antwoord terug',
  'mirror.reply.body':
    'Met deze link ziet {them} dezelfde vergelijking, ook in een andere browser. Hij bevat beide kanten: rollen, scores per dimensie en verwachtingen, geen antwoorden per vraag en geen namen.',
  'mirror.reply.label': 'Antwoordlink',
  'mirror.reply.copy': 'Kopieer de antwoordlink',
  'mirror.reply.emailSubject': 'Zo kijk ik naar onze samenwerking',
  'mirror.reply.message': 'Ik heb de quiz ook gedaan. Met deze link ziet u onze twee kanten naast elkaar:',
  'mirror.heading': 'Houd elkaar de spiegel voor',
  'mirror.body.customer':
    'U antwoordde als klant. Hoe ziet uw leverancier dezelfde samenwerking? Stuur deze link naar uw contactpersoon daar: die beantwoordt dezelfde vragen als leverancier en ziet daarna beide kanten naast elkaar.',
  'mirror.body.supplier':
    'U antwoordde als leverancier. Hoe ziet uw klant dezelfde samenwerking? Stuur deze link naar uw contactpersoon daar: die beantwoordt dezelfde vragen als klant en ziet daarna beide kanten naast elkaar.',
  'mirror.contains':
    'De link bevat uw rol, uw score per dimensie en, als u die gaf, uw verwachtingen van de andere kant: geen antwoorden per vraag, geen namen. Hij gaat mee met de app waarmee u hem verstuurt.',
  'mirror.linkLabel': 'Uitnodigingslink',
  'mirror.copy': 'Kopieer de uitnodiging',
  'mirror.email': 'Stuur per e-mail',
  'mirror.whatsapp': 'Stuur via WhatsApp',
  'mirror.emailSubject': 'Hoe kijkt u naar onze samenwerking?',
  'mirror.message':
    'Ik heb de partnershipquiz van De luisterende koning gedaan over onze samenwerking. Wilt u hem ook doen, vanuit uw kant? Daarna ziet u beide kanten naast elkaar.',
  'mirror.invited.customer':
    'De klant in uw samenwerking heeft de quiz al gedaan en nodigt u uit om hem als leverancier te beantwoorden. Daarna ziet u beide kanten naast elkaar.',
  'mirror.invited.supplier':
    'De leverancier in uw samenwerking heeft de quiz al gedaan en nodigt u uit om hem als klant te beantwoorden. Daarna ziet u beide kanten naast elkaar.',
  'mirror.compareHeading': 'Twee kanten van één samenwerking',

  'stage.kicker': 'De partnershipquiz · fase {n} van {total}',
  'stage.description':
    'Doe de partnershipquiz en zie waar uw eigen samenwerking staat: {questionCount} situaties, ongeveer {quizMinutes} minuten.',
  'stage.imageAlt': 'Fase {n} van {total} op de schaal van transactioneel tot geëmancipeerd partnership: {thesis}',
  'stage.scale': 'De {stageCount} fasen, van transactioneel tot geëmancipeerd partnership',
  'stage.about': 'Wat deze fase kenmerkt',
  'stage.share': 'Deel deze fase',

  'card.quiz.facts': '{QuestionCount} situaties · ongeveer {quizMinutes} minuten',
  'card.quiz.alt':
    'De partnershipquiz: waar staat uw samenwerking op de schaal van transactioneel tot geëmancipeerd partnership?',
  'card.workshop.facts': 'Klant en leverancier op één scherm · zonder server',
  'card.workshop.alt':
    'Workshop: de spiegel voor een heel team. Klant en leverancier op één scherm, op de schaal van transactioneel tot geëmancipeerd partnership.',
  'card.series.facts': '{total} essays en een quiz',

  'workshop.kicker': 'Workshop',
  'workshop.title': 'De spiegel voor een heel team',
  'workshop.description':
    'Laat een heel team van klant en leverancier de quiz doen en zie op één scherm waar de twee kanten het eens zijn, waar ze verschillen en waar een kant het met zichzelf oneens is. Zonder account en zonder server.',
  'workshop.intro':
    'Voor een gezamenlijke evaluatie of een kwartaaloverleg. Iedereen in de zaal beantwoordt de vragen op de eigen telefoon, als klant of als leverancier, en stuurt u een korte code. U ziet per dimensie waar de twee organisaties staan, en waar één organisatie het met zichzelf oneens is.',
  'workshop.noscript': 'Het teambeeld wordt in uw browser berekend en heeft JavaScript nodig.',
  'workshop.memoryOnly':
    'Uw browser bewaart hier niets. Het teambeeld staat in de link in de adresbalk: maak er een bladwijzer van voordat u dit tabblad sluit.',
  'workshop.share.heading': 'Deel de link met de zaal',
  'workshop.share.body':
    'Iedereen opent deze link op de eigen telefoon of laptop. De link hoort bij deze sessie; namen worden nergens gevraagd.',
  'workshop.share.label': 'Link voor deelnemers',
  'workshop.share.copy': 'Kopieer de link',
  'workshop.share.emailSubject': 'Doet u mee met de workshop?',
  'workshop.share.message':
    'Beantwoord de vragen van De luisterende koning als klant of als leverancier, en stuur mij de code die u aan het eind krijgt:',
  'workshop.qr.alt': 'QR-code van de link voor deelnemers',
  'workshop.qr.enlarge': 'Toon de QR-code groot',
  'workshop.qr.close': 'Sluiten',
  'workshop.qr.hint': 'Scan met de camera van uw telefoon.',
  'workshop.collect.heading': 'Verzamel de codes',
  'workshop.collect.body':
    'Plak hier wat binnenkomt: één code, een link of een heel chatbericht vol codes. De pagina haalt de codes eruit; de rest wordt genegeerd.',
  'workshop.collect.label': 'Codes, of berichten met codes erin',
  'workshop.collect.add': 'Voeg toe',
  'workshop.collect.nothing': 'In deze tekst staat geen code.',
  'workshop.collect.added': 'Toegevoegd: {count}.',
  'workshop.collect.duplicates': 'Al in het teambeeld, één keer geteld: {count}.',
  'workshop.collect.updated': 'Vervangen door nieuwere antwoorden van dezelfde deelnemer: {count}.',
  'workshop.collect.refused': 'Niet toegevoegd: {count}.',
  'workshop.problem.empty': 'leeg',
  'workshop.problem.too-long': 'te lang voor een code',
  'workshop.problem.not-base64': 'geen geldige code',
  'workshop.problem.checksum': 'beschadigd: een teken is veranderd of weggevallen',
  'workshop.problem.newer-version': 'gemaakt met een nieuwere versie van de site; laad deze pagina opnieuw',
  'workshop.problem.quiz-changed':
    'gemaakt voor een eerdere versie van de vragen; vraag de deelnemer ze opnieuw te beantwoorden',
  'workshop.problem.kind': 'geen code van deze quiz',
  'workshop.problem.length': 'onvolledig: er ontbreekt een deel van de code',
  'workshop.problem.inconsistent': 'beschadigd: de inhoud klopt niet',
  'workshop.problem.not-workshop': 'een link uit de gewone quiz, geen workshopcode',
  'workshop.problem.other-session': 'hoort bij een andere workshopsessie',
  'workshop.problem.full': 'het teambeeld is vol: het houdt ten hoogste {max} deelnemers',
  'workshop.view.heading': 'Het teambeeld',
  'workshop.view.empty': 'Nog geen antwoorden. Zodra u codes toevoegt, verschijnt hier het beeld van beide kanten.',
  'workshop.side.customer': 'klantkant',
  'workshop.side.supplier': 'leverancierskant',
  'workshop.side.Customer': 'Klantkant',
  'workshop.side.Supplier': 'Leverancierskant',
  'workshop.count': '{Side}: {count} deelnemers',
  'workshop.countOne': '{Side}: 1 deelnemer',
  'workshop.stage': '{Side}: {stage} (mediaan {score} van 100)',
  'workshop.stageNone': '{Side}: nog niemand',
  'workshop.thin':
    'Aan de {side} hebben minder dan {min} mensen geantwoord. Zo weinig antwoorden geven dunne cijfers: lees ze als een eerste indruk.',
  'workshop.findings.heading': 'Wat opvalt',
  'workshop.finding.gap':
    'Het grootste verschil tussen de kanten zit in {dimension}: de klantkant zegt {customer}, de leverancierskant {supplier}.',
  'workshop.finding.split':
    'De {side} is het onderling oneens over {dimension}: de antwoorden lopen van {lowest} tot {highest}. Verschil binnen één organisatie is zelf een gesprek waard.',
  'workshop.finding.blind':
    'De {side} verwachtte dat de {other} {dimension} op {expected} zou zetten; de {other} zegt {actual}.',
  'workshop.finding.agree':
    'De twee kanten liggen op elke dimensie minder dan {points} punten uit elkaar, en geen kant is het onderling sterk oneens.',
  'workshop.stages.heading': 'Waar elke kant staat',
  'workshop.prediction.heading': 'Hoe goed kent elke kant de ander?',
  'workshop.prediction':
    '{Side}: gemiddeld {points} punten naast wat de {other} zegt ({count} van {total} gaven een verwachting).',
  'workshop.prediction.none': '{Side}: niemand gaf een verwachting van de {other}.',
  'workshop.prediction.waiting': '{Side}: te zien zodra de {other} heeft geantwoord.',
  'workshop.dimensions.heading': 'Per dimensie, grootste verschil eerst',
  'workshop.legend':
    'Elke stip is één deelnemer: rond voor de klantkant, vierkant voor de leverancierskant. Het streepje is de mediaan.',
  'workshop.figures': 'mediaan {median}, laagste {lowest}, spreiding {spread}',
  'workshop.scores': 'Alle scores: {scores}.',
  'workshop.gap': 'Verschil tussen de medianen: {gap}',
  'workshop.spreadNote':
    'De mediaan is het middelste antwoord van een kant. De spreiding zegt hoe ver de antwoorden gemiddeld van die mediaan liggen: 0 betekent dat iedereen hetzelfde zegt.',
  'workshop.team.heading': 'Bewaar of deel dit teambeeld',
  'workshop.team.body':
    'Deze link bevat het hele teambeeld: de anonieme codes en verder niets. Bewaar hem als bladwijzer, open hem op een andere laptop of stuur hem na afloop naar de deelnemers.',
  'workshop.team.label': 'Link naar dit teambeeld',
  'workshop.team.copy': 'Kopieer de teamlink',
  'workshop.team.emailSubject': 'Ons teambeeld uit de workshop',
  'workshop.team.message': 'Zo kijken onze twee organisaties naar de samenwerking:',
  'workshop.print': 'Print het teambeeld',
  'workshop.printed': 'Teambeeld van {date}, {count} deelnemers',
  'workshop.recent.heading': 'Eerdere sessies op dit apparaat',
  'workshop.recent.item': '{date}, {count} deelnemers',
  'workshop.recent.open': 'Open',
  'workshop.new': 'Begin een nieuwe sessie',
  'workshop.badLink':
    'De link naar dit teambeeld kon niet worden gelezen ({reason}). Er staat een nieuwe, lege sessie klaar; eerdere sessies op dit apparaat staan onderaan.',
  'workshop.join.title': 'Doe mee met de workshop',
  'workshop.join.description':
    'Beantwoord de vragen van De luisterende koning als klant of als leverancier en stuur uw begeleider een korte, anonieme code.',
  'workshop.join.intro':
    'Uw begeleider wil weten hoe u naar de samenwerking kijkt. Beantwoord de vragen als klant of als leverancier; aan het eind krijgt u een korte code die u terugstuurt. Uw naam wordt nergens gevraagd.',
  'workshop.join.privacy':
    'Uw antwoorden blijven in deze browser. Alleen de code die u zelf terugstuurt, gaat naar de begeleider.',
  'workshop.join.noSession':
    'Deze pagina hoort bij een workshop en werkt met de link die uw begeleider deelt. Zonder die link kunt u de quiz op uzelf doen.',
  'workshop.join.toQuiz': 'Naar de quiz',
  'workshop.join.done.heading': 'Uw code voor de begeleider',
  'workshop.join.done.body':
    'Stuur deze code terug via het kanaal dat uw begeleider gebruikt. De code bevat alleen uw kant, uw score per dimensie en, als u ze gaf, uw verwachtingen. Geen naam en geen antwoorden per vraag.',
  'workshop.join.code.label': 'Uw code',
  'workshop.join.code.copy': 'Kopieer de code',
  'workshop.join.code.emailSubject': 'Mijn code voor de workshop',
  'workshop.join.code.message': 'Mijn code voor de workshop van De luisterende koning:',
  'workshop.join.change': 'Antwoorden aanpassen',
  'workshop.join.changeNote':
    'Past u uw antwoorden aan, dan krijgt u een nieuwe code. Stuur die ook: de begeleider telt alleen uw nieuwste.',
  'workshop.link': 'Met een heel team? Doe de quiz samen, als workshop.',
  'footer.workshop': 'Workshop',

  'contact.heading': 'Praat verder',
  'contact.body': 'Herkent u uw eigen samenwerking in deze reeks en wilt u daarover doorpraten? We horen graag van u.',
  'contact.cta': 'Neem contact op',

  'footer.privacy': 'Privacy',
  'footer.about': 'Over de reeks',
  'footer.rss': 'RSS-feed',
  'footer.note': 'Geen cookies, geen tracking.',

  'notFound.title': 'Deze pagina bestaat niet',
  'notFound.body':
    'Het adres klopt niet, of de pagina is verhuisd. Misschien vindt u wat u zoekt in de reeks hieronder.',
  'notFound.home': 'Naar de voorpagina',

  'rss.title': 'De luisterende koning: essays',
} as const;

export default nl;

export type UiKey = keyof typeof nl;
/** Every language's dictionary has every key the Dutch one has. */
export type Dictionary = Record<UiKey, string>;
