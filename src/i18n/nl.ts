/** Dutch UI strings. Every key here must exist in en.ts (the type enforces it). */
export const nl = {
  'site.name': 'De luisterende koning',
  'site.tagline': 'Een essayreeks over klanten, leveranciers en de kunst van het luisteren',
  'site.description':
    'Vier essays over de weg van klant-is-koning naar een gelijkwaardig partnership, waarin de klant koning blijft, maar een luisterende koning.',

  'nav.label': 'Hoofdmenu',
  'nav.essays': 'Essays',
  'nav.quiz': 'Quiz',
  'nav.about': 'Over de reeks',
  'nav.skip': 'Naar de inhoud',
  'nav.home': 'De luisterende koning, naar de voorpagina',

  'language.switch': 'English',
  'language.switchLabel': 'Read this page in English',

  'theme.toggle': 'Donkere weergave',

  'series.heading': 'De reeks',
  'series.partOf': 'Deel {part} van {total}',
  'series.part': 'Deel {part}',
  'series.read': 'Lees deel {part}',

  'essay.by': 'Door {author}',
  'essay.published': 'Gepubliceerd',
  'essay.minutes': '{minutes} min lezen',
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
  'share.emailBody': 'Dit essay is de moeite waard: {title}',

  'quizInvite.heading': 'Waar staat uw samenwerking?',
  'quizInvite.body':
    'Twaalf herkenbare situaties, drie minuten. De quiz plaatst uw relatie met klant of leverancier op de schaal van transactie tot gelijkwaardig partnership. Uw antwoorden blijven in uw browser.',
  'quizInvite.cta': 'Doe de quiz',

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

export type UiKey = keyof typeof nl;
