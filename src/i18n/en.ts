import type { UiKey } from './nl';

/** English UI strings, written for English readers, not translated word for word. */
export const en: Record<UiKey, string> = {
  'site.name': 'The Listening King',
  'site.tagline': 'An essay series on customers, suppliers and the art of listening',
  'site.description':
    'Four essays on the road from customer-is-king to a partnership of equals, in which the customer remains king, but a listening one.',

  'nav.label': 'Main menu',
  'nav.essays': 'Essays',
  'nav.quiz': 'Quiz',
  'nav.about': 'About the series',
  'nav.skip': 'Skip to content',
  'nav.home': 'The Listening King, home page',

  'language.switch': 'Nederlands',
  'language.switchLabel': 'Lees deze pagina in het Nederlands',

  'theme.toggle': 'Dark theme',

  'series.heading': 'The series',
  'series.partOf': 'Part {part} of {total}',
  'series.part': 'Part {part}',
  'series.read': 'Read part {part}',

  'essay.by': 'By {author}',
  'essay.published': 'Published',
  'essay.minutes': '{minutes} min read',
  'essay.toc': 'In this essay',
  'essay.previous': 'Previous part',
  'essay.next': 'Next part',
  'essay.seriesNav': 'Other parts of the series',
  'essay.startAgain': 'Back to the start of the series',

  'share.heading': 'Share this essay',
  'share.linkedin': 'LinkedIn',
  'share.x': 'X',
  'share.whatsapp': 'WhatsApp',
  'share.email': 'Email',
  'share.via': 'Share on {network}',
  'share.emailBody': 'An essay worth your time: {title}',

  'quizInvite.heading': 'Where does your partnership stand?',
  'quizInvite.body':
    'Twelve familiar situations, three minutes. The quiz places your relationship with a customer or supplier on the scale from transaction to partnership of equals. Your answers stay in your browser.',
  'quizInvite.cta': 'Take the quiz',

  'contact.heading': 'Continue the conversation',
  'contact.body': 'Recognise your own partnership in this series and want to talk it through? We would like to hear from you.',
  'contact.cta': 'Get in touch',

  'footer.privacy': 'Privacy',
  'footer.about': 'About the series',
  'footer.rss': 'RSS feed',
  'footer.note': 'No cookies, no tracking.',

  'notFound.title': 'This page does not exist',
  'notFound.body': 'The address is wrong, or the page has moved. What you were looking for may be in the series below.',
  'notFound.home': 'Go to the home page',

  'rss.title': 'The Listening King: essays',
};
