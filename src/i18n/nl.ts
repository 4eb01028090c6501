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
  'route.stage': 'fase',
  'route.inviteFragment': 'spiegel',

  'theme.toggle': 'Donkere weergave',

  'series.heading': 'De reeks',
  'series.partOf': 'Deel {part} van {total}',
  'series.part': 'Deel {part}',

  'essay.by': 'Door {author}',
  'essay.minutes': '{minutes} min. leestijd',
  'essay.toc': 'In dit essay',
  'essay.previous': 'Vorig deel',
  'essay.next': 'Volgend deel',
  'essay.seriesNav': 'Andere delen van de reeks',
  'essay.startAgain': 'Terug naar het begin van de reeks',

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
  'quiz.result.kicker': 'Uw uitslag',
  'quiz.result.heading': 'Uw samenwerking: {stage}',
  'quiz.result.score': '{score} van 100',
  'quiz.result.scaleTitle': 'De schaal van transactioneel (0) tot geëmancipeerd partnership (100)',
  'quiz.result.scaleText':
    'Uw samenwerking scoort {score} van 100 en valt in de fase ‘{stage}’ ({from} tot en met {to}).',
  'quiz.result.role.customer': 'U antwoordde als klant.',
  'quiz.result.role.supplier': 'U antwoordde als leverancier.',
  'quiz.result.nuance':
    'Geen fase is goed of fout op zichzelf: voor eenvoudige, gestandaardiseerde inkoop is een transactionele relatie precies wat u nodig hebt.',
  'quiz.result.dimensions': 'Per dimensie',
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

  'mirror.heading': 'Houd elkaar de spiegel voor',
  'mirror.body.customer':
    'U antwoordde als klant. Hoe ziet uw leverancier dezelfde samenwerking? Stuur deze link naar uw contactpersoon daar: die beantwoordt dezelfde vragen als leverancier en ziet daarna beide kanten naast elkaar.',
  'mirror.body.supplier':
    'U antwoordde als leverancier. Hoe ziet uw klant dezelfde samenwerking? Stuur deze link naar uw contactpersoon daar: die beantwoordt dezelfde vragen als klant en ziet daarna beide kanten naast elkaar.',
  'mirror.contains':
    'De link bevat alleen uw rol, uw totaalscore en uw score per dimensie: geen antwoorden, geen namen.',
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
  'mirror.broken':
    'Deze uitnodigingslink is beschadigd of verouderd, dus een vergelijking lukt niet. U kunt de quiz gewoon doen; vraag eventueel om een nieuwe link.',
  'mirror.compareHeading': 'Twee kanten van één samenwerking',
  'mirror.compareCaption': 'Scores van 0 tot 100, zoals de klant en de leverancier de samenwerking zien',
  'mirror.overall': 'Totaal',
  'mirror.dimension': 'Dimensie',
  'mirror.role.customer': 'Klant',
  // A soft hyphen: a phone's narrow table column breaks the word at a syllable.
  'mirror.role.supplier': 'Leve\u00ADran\u00ADcier',
  'mirror.difference': 'Verschil',
  'mirror.gapsHeading': 'Waar u verschillend kijkt',
  'mirror.gapsIntro':
    'Hier liggen de beelden van klant en leverancier het verst uit elkaar. Deze vragen helpen om het gesprek te beginnen.',
  'mirror.gapLine': 'Klant {customer}, leverancier {supplier}: {points} punten verschil',
  'mirror.noGaps':
    'Klant en leverancier kijken opvallend eensgezind naar de samenwerking: nergens verschillen ze {points} punten of meer. Bespreek dus vooral waar u samen naartoe wilt.',
  'mirror.sameRole': 'U antwoordde vanuit dezelfde rol als degene die u uitnodigde; de vergelijking zegt dan minder.',

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
