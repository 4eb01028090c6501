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

  'quiz.title': 'Where does your partnership stand?',
  'quiz.description':
    'Twelve situations, three minutes: the quiz places your working relationship on the scale from transaction to partnership of equals.',
  'quiz.kicker': 'The partnership quiz',
  'quiz.intro':
    'Twelve situations anyone who buys or supplies services will recognise. Each time, pick the answer that describes how things really go in your relationship, not how they ought to. You will then see where it stands on the scale from transactional to emancipated partnership, dimension by dimension, with three concrete next steps.',
  'quiz.duration': 'About three minutes.',
  'quiz.privacy': 'Your answers stay in this browser: nothing is sent anywhere.',
  'quiz.noscript': 'The quiz needs JavaScript, which is switched off in your browser. The essays read perfectly well without it.',
  'quiz.noscriptLink': 'Go to the essays',
  'quiz.roleLegend': 'Which side are you on?',
  'quiz.roleHint': 'Think of one particular relationship between a customer and a supplier.',
  'quiz.role.customer': 'I am answering as the customer',
  'quiz.role.supplier': 'I am answering as the supplier',
  'quiz.start': 'Start the quiz',
  'quiz.continue': 'Continue',
  'quiz.chooseRole': 'First choose whether you are answering as the customer or the supplier.',
  'quiz.progress': 'Question {current} of {total}',
  'quiz.back': 'Back',
  'quiz.next': 'Next',
  'quiz.finish': 'See the result',
  'quiz.chooseAnswer': 'Choose the answer that fits best.',
  'quiz.resumed': 'Welcome back: you are where you left off.',
  'quiz.memoryOnly': 'Your browser does not let the quiz store anything. That is fine, but if you close the page you will start again.',
  'quiz.result.kicker': 'Your result',
  'quiz.result.heading': 'Your partnership: {stage}',
  'quiz.result.score': '{score} out of 100',
  'quiz.result.scaleTitle': 'The scale from transactional (0) to emancipated partnership (100)',
  'quiz.result.scaleText': 'Your relationship scores {score} out of 100, in the stage {stage} ({from} to {to}).',
  'quiz.result.role.customer': 'You answered as the customer.',
  'quiz.result.role.supplier': 'You answered as the supplier.',
  'quiz.result.nuance':
    'No stage is right or wrong in itself: for simple, standard purchases a transactional relationship is exactly what you need.',
  'quiz.result.dimensions': 'Dimension by dimension',
  'quiz.result.advice.customer': 'Three steps for you as the customer',
  'quiz.result.advice.supplier': 'Three steps for you as the supplier',
  'quiz.result.readNext': 'Read the essay on this stage',
  'quiz.result.review': 'Change your answers',
  'quiz.restart': 'Start over',

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
