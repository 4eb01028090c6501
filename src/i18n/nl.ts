/** Dutch UI strings. Every key here must exist in en.ts (the type enforces it). */
const nl = {
  'site.name': 'De luisterende koning',
  'site.tagline': 'Een essayreeks over klanten, leveranciers en de kunst van het luisteren',
  'site.description':
    'Vier essays over de weg van ‘de klant is koning’ naar een geëmancipeerd partnership, waarin de klant koning blijft, maar een luisterende koning.',

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
    'Twaalf herkenbare situaties, ongeveer 6 minuten. De quiz plaatst uw relatie met uw klant of leverancier op de schaal van transactioneel tot geëmancipeerd partnership. Uw antwoorden blijven in uw browser.',
  'quizInvite.cta': 'Doe de quiz',

  'quiz.title': 'Waar staat uw samenwerking?',
  'quiz.description':
    'Twaalf situaties, ongeveer 6 minuten: de quiz plaatst uw samenwerking op de schaal van transactioneel tot geëmancipeerd partnership.',
  'quiz.kicker': 'De partnershipquiz',
  'quiz.intro':
    'Twaalf herkenbare situaties uit de praktijk van klant en leverancier. Kies steeds het antwoord dat beschrijft hoe het in uw samenwerking werkelijk gaat, niet hoe het zou moeten. Daarna ziet u waar uw relatie staat op de schaal van transactioneel tot geëmancipeerd partnership, per dimensie, met drie concrete volgende stappen.',
  'quiz.duration': 'Ongeveer 6 minuten.',
  'quiz.privacy': 'Uw antwoorden blijven in deze browser: er wordt niets verstuurd.',
  'quiz.noscript':
    'De quiz heeft JavaScript nodig, en dat staat in uw browser uit. De essays zijn ook zonder JavaScript te lezen.',
  'quiz.noscriptLink': 'Naar de essays',
  'quiz.roleLegend': 'Vanuit welke kant kijkt u?',
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
  'quiz.result.advice.customer': 'Drie stappen voor u als klant',
  'quiz.result.advice.supplier': 'Drie stappen voor u als leverancier',
  'quiz.result.readNext': 'Lees het essay bij deze fase',
  'quiz.result.review': 'Antwoorden aanpassen',
  'quiz.restart': 'Opnieuw beginnen',

  'result.title': 'Uitslag van de partnershipquiz: {score} van 100, {stage}',
  'result.description':
    'Fase {n} van 4 op de schaal van transactioneel tot geëmancipeerd partnership. Waar staat uw samenwerking? Doe de quiz in ongeveer 6 minuten.',
  'result.kicker': 'Een gedeelde uitslag van de partnershipquiz',
  'result.stage': 'Fase {n} van 4: {stage}',
  'result.essay': 'Het essay bij deze fase',
  'result.scaleText': 'Deze samenwerking scoort {score} van 100 en valt in de fase ‘{stage}’ ({from} tot en met {to}).',
  'result.cta': 'Waar staat uw eigen samenwerking?',
  'result.yours': 'En uw eigen samenwerking?',
  'result.yoursBody':
    'Beantwoord twaalf vragen over herkenbare situaties, als klant of als leverancier, en zie waar uw relatie staat. Uw antwoorden blijven in uw browser.',
  'result.share': 'Deel deze uitslag',
  'result.shareMessage':
    'Ik deed de partnershipquiz van De luisterende koning en kwam uit op {score} van 100: {stage}. Waar staat uw samenwerking?',
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
    'Waar staat uw eigen samenwerking? Doe de partnershipquiz: twaalf situaties, ongeveer 6 minuten.',
  'stage.imageAlt': 'Fase {n} van {total} op de schaal van transactioneel tot geëmancipeerd partnership: {thesis}',
  'stage.scale': 'De vier fasen, van transactioneel tot geëmancipeerd partnership',
  'stage.about': 'Wat deze fase kenmerkt',
  'stage.share': 'Deel deze fase',

  'card.quiz.facts': 'Twaalf situaties · ongeveer 6 minuten',
  'card.quiz.alt':
    'De partnershipquiz: waar staat uw samenwerking op de schaal van transactioneel tot geëmancipeerd partnership?',
  'card.series.facts': '{total} essays en een quiz',

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
