import type { Dictionary } from './nl';

/** English UI strings, written for English readers, not translated word for word. */
const en: Dictionary = {
  'site.name': 'The Listening King',
  'site.tagline': 'An essay series on customers, suppliers and who listens to whom',
  'site.description':
    '{EssayCount} essays on the road from ‘the customer is king’ to an emancipated partnership, in which the customer remains king, but a listening one.',

  'nav.label': 'Main menu',
  'nav.essays': 'Essays',
  'nav.quiz': 'Quiz',
  'nav.about': 'About the series',
  'nav.skip': 'Skip to content',
  'nav.home': 'The Listening King, home page',

  'language.name': 'English',
  'language.readHere': 'Read this page in English',
  'language.switchLabel': 'Other languages',

  // URL segments of the translated pages, and the fragment key of a mirror invite.
  'route.about': 'about',
  'route.privacy': 'privacy',
  'route.quiz': 'quiz',
  'route.result': 'result',
  'route.replyFragment': 'reply',
  'route.resultFragment': 'result',
  'route.stage': 'stage',
  'route.inviteFragment': 'mirror',
  'route.workshop': 'workshop',
  'route.workshopJoin': 'join',
  'route.sessionFragment': 'session',
  'route.teamFragment': 'team',

  'theme.toggle': 'Dark theme',

  'series.heading': 'The series',
  'series.partOf': 'Part {part} of {total}',
  'series.part': 'Part {part}',

  'essay.by': 'By {author}',
  'essay.minutes': '{minutes} min read',
  'essay.headingLink': 'Link to the section ‘{heading}’',
  'essay.footnotes': 'Notes',
  'essay.footnoteBack': 'Back to the text at note {n}',
  'essay.toc': 'In this essay',
  'essay.previous': 'Previous part',
  'essay.next': 'Next part',
  'essay.seriesNav': 'Other parts of the series',
  'essay.startAgain': 'Back to the start of the series',
  'essay.draft': 'Draft: this essay only shows in npm run dev and is not published.',
  'essay.composite':
    'The scenes in this series are composites drawn from practice; none describes a real organisation.',

  // The byline's publisher (src/site.config.ts): without a name, and with one.
  'publisher.anonymous': 'Published by a Dutch professional-services firm',
  'publisher.named': 'Published by {publisher}, a Dutch professional-services firm',

  'share.heading': 'Share this essay',
  'share.linkedin': 'LinkedIn',
  'share.x': 'X',
  'share.whatsapp': 'WhatsApp',
  'share.email': 'Email',
  'share.via': 'Share on {network}',
  'share.copy': 'Copy link',
  'share.copied': 'Link copied',
  'share.copyFailed': 'Could not copy. Select the link in the text box and copy it yourself.',
  'share.system': 'More options',
  'share.resultHeading': 'Share your result',
  'share.download': 'Download the image',
  'share.publicPage': 'Open the shareable page',
  'share.withScore': 'Share with my score ({score} out of 100)',
  'share.withScoreHint': 'Unticked, you share only the stage, not your score.',
  'share.emailBody': 'An essay worth your time: {title}',

  'quizInvite.heading': 'Where does your relationship stand?',
  'quizInvite.body':
    '{QuestionCount} familiar situations, about {quizMinutes} minutes. The quiz places your relationship with your customer or supplier on the scale from transactional to emancipated partnership. Your answers stay in your browser.',
  'quizInvite.cta': 'Take the quiz',

  'quiz.title': 'Where does your relationship stand?',
  'quiz.description':
    '{QuestionCount} situations, about {quizMinutes} minutes: the quiz places your working relationship on the scale from transactional to emancipated partnership.',
  'quiz.kicker': 'The partnership quiz',
  'quiz.intro':
    '{QuestionCount} situations anyone who buys or supplies services will recognise. Each time, pick the answer that describes how things really go in your relationship, not how they ought to. You will then see where it stands on the scale from transactional to emancipated partnership, dimension by dimension, with concrete next steps, starting where your relationship is weakest.',
  'quiz.duration': 'About {quizMinutes} minutes.',
  'quiz.privacy': 'Your answers stay in this browser: nothing is sent anywhere.',
  'quiz.noscript':
    'The quiz needs JavaScript, which is switched off in your browser. The essays read perfectly well without it.',
  'quiz.noscriptLink': 'Go to the essays',
  'island.loadFailed':
    'The quiz questions could not be loaded. Check your connection and try again; any answers you have given are kept.',
  'island.retry': 'Try again',
  'quiz.roleLegend': 'Which side of the table are you on?',
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
  'quiz.resumed': 'Welcome back: you can pick up where you left off.',
  'quiz.memoryOnly':
    'Your browser does not let the quiz store anything. That is fine, but if you close the page you will start again.',
  'quiz.code.broken':
    'This link is damaged, so it opens nothing. Your own answers are still here; ask for a new link if you like.',
  'quiz.code.inconsistent':
    'This link does not add up: the quiz cannot have made what it holds. Your own answers are still here; ask for a new link.',
  'quiz.code.newerVersion':
    'This link was made with a newer version of the quiz. Reload the page; your own answers are still here.',
  'quiz.code.quizChanged':
    'The questions have changed since this link was made, so it no longer fits. Your own answers are still here; ask for a new link.',
  'quiz.expect.heading.customer': 'And how does your supplier see it?',
  'quiz.expect.heading.supplier': 'And how does your customer see it?',
  'quiz.expect.intro':
    'For each dimension, estimate what the other side would answer. If they take the quiz too, you will see side by side how well you know each other. You can skip this step.',
  'quiz.expect.value': '{score}: {stage}',
  'quiz.expect.skip': 'Skip',
  'quiz.expect.submit': 'See the result',
  'quiz.restored': 'Your result from the link is below.',
  'quiz.earlier.link':
    'This result was made with an earlier version of the questions. It is shown below with its figures from then; the questions themselves have since been rewritten.',
  'quiz.earlier.heading': 'Results from earlier questions',
  'quiz.earlier.note':
    'Made with version {edition} of the questions. They have since been rewritten: these are the figures from then. Take the quiz again to see where your relationship stands now.',
  'quiz.earlier.item': '{role}: {stage}, {score} out of 100',
  'quiz.earlier.dimensions': 'By dimension',
  'quiz.earlier.role.customer': 'As the customer',
  'quiz.earlier.role.supplier': 'As the supplier',
  'mirror.earlier':
    'One side answered version {edition} of the questions, which have since been rewritten. That side’s figures are the ones from then.',
  'quiz.restoredReplaced': 'The result from the link is now below. Your previous answers have been kept.',
  'quiz.startedOver': 'You have started over. Your previous result has been kept.',
  'quiz.undo': 'Bring back my previous answers',
  'quiz.result.print': 'Print your result',
  'quiz.resultLink.heading': 'Keep your result',
  'quiz.resultLink.body':
    'This link opens your result in any browser, on any device. It holds your role, your answers and, if you gave them, your expectations; no name and nothing else. Anyone with the link sees your result.',
  'quiz.resultLink.label': 'Link to your result',
  'quiz.resultLink.copy': 'Copy the link',
  'quiz.resultLink.emailSubject': 'My partnership quiz result',
  'quiz.resultLink.message': 'My result from The Listening King partnership quiz:',
  'quiz.result.kicker': 'Your result',
  'quiz.result.heading': 'Your relationship: {stage}',
  'quiz.result.scaleTitle': 'The scale from transactional (0) to emancipated partnership (100)',
  'quiz.result.scaleText':
    'Your relationship scores {score} out of 100, which puts it in the ‘{stage}’ stage ({from}–{to}).',
  'quiz.result.role.customer': 'You answered as the customer.',
  'quiz.result.role.supplier': 'You answered as the supplier.',
  'quiz.result.nuance':
    'No stage is right or wrong in itself: for simple, standard purchases a transactional relationship is exactly what you need.',
  'quiz.result.dimensionsNote':
    'Each dimension rests on {count} answers, so read its stage as a direction, not a measurement.',
  'quiz.result.method': 'How the quiz works',
  'quiz.numberWords': 'zero,one,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve',
  'quiz.result.dimensions': 'Dimension by dimension',
  'quiz.result.advice.customer': 'For you as the customer, at this stage',
  'quiz.result.advice.supplier': 'For you as the supplier, at this stage',
  'quiz.result.readNext': 'Read the essay on this stage',
  'quiz.result.weakest.heading': 'Start where your relationship is weakest',
  'quiz.result.weakest.intro':
    'Your result is an average of {count} dimensions. The most to gain usually lies in the one that lags behind.',
  'quiz.result.weakest.step': 'A first step:',
  'quiz.result.weakest.read': 'Read more',
  'quiz.result.weakest.passage': '{essay}, ‘{heading}’',
  'quiz.result.review': 'Change your answers',
  'quiz.restart': 'Start over',

  'result.title': 'Partnership quiz result: {score} out of 100, {stage}',
  'result.description':
    'Stage {n} of {stageTotal} on the scale from transactional to emancipated partnership. Where does yours stand? The quiz takes about {quizMinutes} minutes.',
  'result.kicker': 'A shared result from the partnership quiz',
  'result.stage': 'Stage {n} of {stageTotal}: {stage}',
  'result.essay': 'The essay on this stage',
  'result.scaleText':
    'This relationship scores {score} out of 100, which puts it in the ‘{stage}’ stage ({from}–{to}).',
  'result.cta': 'Where does your own relationship stand?',
  'result.yours': 'And your own relationship?',
  'result.yoursBody':
    'Answer {questionCount} questions about familiar situations, as the customer or as the supplier, and see where your relationship stands. Your answers stay in your browser.',
  'result.share': 'Share this result',
  'result.shareMessage':
    'I took The Listening King partnership quiz and came out at {score} out of 100: {stage}. Where does yours stand?',
  'result.imageAlt':
    'The scale from transactional to emancipated partnership, with a score of {score} out of 100: {stage}',

  'mirror.colleague': 'Your colleague',
  'mirror.them.customer': 'The customer',
  'mirror.them.supplier': 'The supplier',
  'mirror.you': 'You',
  'mirror.kicker': 'The mirror',
  'mirror.compared': 'The comparison from the link is below. Your own answers have not been touched.',
  'mirror.ownInvite':
    'This is your own invitation: send it to the other side of your relationship. Your result is below.',
  'mirror.finding.agree':
    'You and {them} see the relationship much the same way on every dimension: nowhere {points} points or more apart.',
  'mirror.finding.gap': 'The widest gap is in {dimension}: you give {mine}, {them} gives {theirs}.',
  'mirror.finding.blindMe': 'You expected {them} to rate {dimension} at {expected}, but {them} gives it {actual}.',
  'mirror.finding.blindThem': '{They} expected you to rate {dimension} at {expected}, but you give it {actual}.',
  'mirror.stageOf': '{who}: {stage} ({score} out of 100)',
  'mirror.listening.heading': 'How well do you know each other?',
  'mirror.listening.score': '{who}: on average {points} points off what the other side says.',
  'mirror.listening.skipped': '{who}: skipped the expectations.',
  'mirror.dimensionsHeading': 'Dimension by dimension, widest gap first',
  'mirror.expected': 'Expectation (open mark)',
  'mirror.rowFigures': 'You {mine}, {them} {theirs}',
  'mirror.rowMyExpectation': 'you expected {expected}',
  'mirror.rowTheirExpectation': '{them} expected {expected} from you',
  'mirror.startersHeading': 'Questions to open the conversation',
  'mirror.gapAdvice.heading': 'Where you are furthest apart: {dimension}',
  'mirror.print': 'Print this comparison',
  'mirror.reply.heading': 'Send your answer back',
  'mirror.reply.body':
    'With this link {them} sees the same comparison, in any browser. It holds both sides: roles, scores per dimension and expectations, no answers to single questions and no names.',
  'mirror.reply.label': 'Reply link',
  'mirror.reply.copy': 'Copy the reply link',
  'mirror.reply.emailSubject': 'How I see our working relationship',
  'mirror.reply.message': 'I have taken the quiz too. This link puts our two views side by side:',
  'mirror.heading': 'Hold up a mirror to each other',
  'mirror.body.customer':
    'You answered as the customer. How does your supplier see the same relationship? Send this link to your contact there: they answer the same questions as the supplier, then see the two views side by side.',
  'mirror.body.supplier':
    'You answered as the supplier. How does your customer see the same relationship? Send this link to your contact there: they answer the same questions as the customer, then see the two views side by side.',
  'mirror.contains':
    'The link holds your role, your score per dimension and, if you gave them, what you expect of the other side: no answers to single questions, no names. It passes through whichever app you send it with.',
  'mirror.linkLabel': 'Invitation link',
  'mirror.copy': 'Copy the invitation',
  'mirror.email': 'Send by email',
  'mirror.whatsapp': 'Send on WhatsApp',
  'mirror.emailSubject': 'How do you see our working relationship?',
  'mirror.message':
    'I took The Listening King partnership quiz about the way we work together. Would you take it too, from your side? Afterwards you will see the two views side by side.',
  'mirror.invited.customer':
    'The customer in your relationship has taken the quiz and invites you to answer it as the supplier. Afterwards you will see the two views side by side.',
  'mirror.invited.supplier':
    'The supplier in your relationship has taken the quiz and invites you to answer it as the customer. Afterwards you will see the two views side by side.',
  'mirror.compareHeading': 'Two sides of one relationship',

  'stage.kicker': 'The partnership quiz · stage {n} of {total}',
  'stage.description':
    'Take the partnership quiz and see where your own relationship stands: {questionCount} situations, about {quizMinutes} minutes.',
  'stage.imageAlt': 'Stage {n} of {total} on the scale from transactional to emancipated partnership: {thesis}',
  'stage.scale': 'The {stageCount} stages, from transactional to emancipated partnership',
  'stage.about': 'What marks this stage',
  'stage.share': 'Share this stage',

  'card.quiz.facts': '{QuestionCount} situations · about {quizMinutes} minutes',
  'card.quiz.alt':
    'The partnership quiz: where does your relationship stand on the scale from transactional to emancipated partnership?',
  'card.workshop.facts': 'Customer and supplier on one screen · no server',
  'card.workshop.alt':
    'Workshop: the mirror for a whole team. Customer and supplier on one screen, on the scale from transactional to emancipated partnership.',
  'card.series.facts': '{total} essays and a quiz',

  'workshop.kicker': 'Workshop',
  'workshop.title': 'The mirror for a whole team',
  'workshop.description':
    'Have a whole team from customer and supplier take the quiz, and see on one screen where the two sides agree, where they differ and where one side disagrees with itself. No accounts, no server.',
  'workshop.intro':
    'For a joint evaluation or a quarterly review. Everyone in the room answers the questions on their own phone, as customer or as supplier, and sends you a short code. You see, dimension by dimension, where the two organisations stand, and where one organisation disagrees with itself.',
  'workshop.noscript': 'The team view is worked out in your browser and needs JavaScript.',
  'workshop.memoryOnly':
    'Your browser keeps nothing here. The team view lives in the link in the address bar: bookmark it before you close this tab.',
  'workshop.share.heading': 'Share the link with the room',
  'workshop.share.body':
    'Everyone opens this link on their own phone or laptop. It belongs to this session; nobody is asked for a name.',
  'workshop.share.label': 'Link for participants',
  'workshop.share.copy': 'Copy the link',
  'workshop.share.emailSubject': 'Will you join the workshop?',
  'workshop.share.message':
    'Answer the questions of The Listening King as customer or as supplier, and send me the code you get at the end:',
  'workshop.qr.alt': 'QR code of the link for participants',
  'workshop.qr.enlarge': 'Show the QR code full size',
  'workshop.qr.close': 'Close',
  'workshop.qr.hint': 'Scan it with your phone’s camera.',
  'workshop.collect.heading': 'Collect the codes',
  'workshop.collect.body':
    'Paste whatever comes in: one code, a link, or a whole chat message full of codes. The page picks out the codes and ignores the rest.',
  'workshop.collect.label': 'Codes, or messages with codes in them',
  'workshop.collect.add': 'Add',
  'workshop.collect.nothing': 'There is no code in this text.',
  'workshop.collect.added': 'Added: {count}.',
  'workshop.collect.duplicates': 'Already in the team view, counted once: {count}.',
  'workshop.collect.updated': 'Replaced by newer answers from the same participant: {count}.',
  'workshop.collect.refused': 'Not added: {count}.',
  'workshop.problem.empty': 'empty',
  'workshop.problem.too-long': 'too long to be a code',
  'workshop.problem.not-base64': 'not a valid code',
  'workshop.problem.checksum': 'damaged: a character was changed or lost',
  'workshop.problem.newer-version': 'made with a newer version of the site; reload this page',
  'workshop.problem.quiz-changed':
    'made for an earlier version of the questions; ask the participant to answer them again',
  'workshop.problem.kind': 'not a code from this quiz',
  'workshop.problem.length': 'incomplete: part of the code is missing',
  'workshop.problem.inconsistent': 'damaged: its contents do not add up',
  'workshop.problem.not-workshop': 'a link from the ordinary quiz, not a workshop code',
  'workshop.problem.other-session': 'belongs to another workshop session',
  'workshop.problem.full': 'the team view is full: it holds at most {max} participants',
  'workshop.view.heading': 'The team view',
  'workshop.view.empty': 'No answers yet. As soon as you add codes, the picture of both sides appears here.',
  'workshop.side.customer': 'customer side',
  'workshop.side.supplier': 'supplier side',
  'workshop.side.Customer': 'Customer side',
  'workshop.side.Supplier': 'Supplier side',
  'workshop.count': '{Side}: {count} participants',
  'workshop.countOne': '{Side}: 1 participant',
  'workshop.stage': '{Side}: {stage} (median {score} out of 100)',
  'workshop.stageNone': '{Side}: nobody yet',
  'workshop.thin':
    'Fewer than {min} people answered on the {side}. So few answers make thin figures: read them as a first impression.',
  'workshop.findings.heading': 'What stands out',
  'workshop.finding.gap':
    'The widest gap between the sides is on {dimension}: the customer side says {customer}, the supplier side {supplier}.',
  'workshop.finding.split':
    'The {side} disagrees with itself on {dimension}: answers run from {lowest} to {highest}. A split inside one organisation is worth a conversation of its own.',
  'workshop.finding.blind':
    'The {side} expected the {other} to put {dimension} at {expected}; the {other} says {actual}.',
  'workshop.finding.agree':
    'The two sides are less than {points} points apart on every dimension, and neither side is sharply divided within.',
  'workshop.stages.heading': 'Where each side stands',
  'workshop.prediction.heading': 'How well does each side know the other?',
  'workshop.prediction':
    '{Side}: on average {points} points off what the {other} says ({count} of {total} gave expectations).',
  'workshop.prediction.none': '{Side}: nobody gave expectations of the {other}.',
  'workshop.prediction.waiting': '{Side}: shown once the {other} has answered.',
  'workshop.dimensions.heading': 'Dimension by dimension, widest gap first',
  'workshop.legend':
    'Each dot is one participant: round for the customer side, square for the supplier side. The bar is the median.',
  'workshop.figures': 'median {median}, lowest {lowest}, spread {spread}',
  'workshop.scores': 'All scores: {scores}.',
  'workshop.gap': 'Gap between the medians: {gap}',
  'workshop.spreadNote':
    'The median is a side’s middle answer. The spread says how far the answers lie from that median on average: 0 means everyone says the same.',
  'workshop.team.heading': 'Keep or share this team view',
  'workshop.team.body':
    'This link holds the whole team view: the anonymous codes and nothing else. Bookmark it, open it on another laptop, or send it to the participants afterwards.',
  'workshop.team.label': 'Link to this team view',
  'workshop.team.copy': 'Copy the team link',
  'workshop.team.emailSubject': 'Our team view from the workshop',
  'workshop.team.message': 'How our two organisations see the relationship:',
  'workshop.print': 'Print the team view',
  'workshop.printed': 'Team view of {date}, {count} participants',
  'workshop.recent.heading': 'Earlier sessions on this device',
  'workshop.recent.item': '{date}, {count} participants',
  'workshop.recent.open': 'Open',
  'workshop.new': 'Start a new session',
  'workshop.badLink':
    'The link to this team view could not be read ({reason}). A new, empty session is ready; earlier sessions on this device are listed at the bottom.',
  'workshop.join.title': 'Join the workshop',
  'workshop.join.description':
    'Answer the questions of The Listening King as customer or as supplier, and send your facilitator a short, anonymous code.',
  'workshop.join.intro':
    'Your facilitator wants to know how you see the relationship. Answer the questions as customer or as supplier; at the end you get a short code to send back. Nobody asks for your name.',
  'workshop.join.privacy':
    'Your answers stay in this browser. Only the code you send back yourself goes to the facilitator.',
  'workshop.join.noSession':
    'This page belongs to a workshop and works with the link your facilitator shares. Without that link, you can take the quiz on your own.',
  'workshop.join.toQuiz': 'Go to the quiz',
  'workshop.join.done.heading': 'Your code for the facilitator',
  'workshop.join.done.body':
    'Send this code back through whichever channel your facilitator uses. It holds only your side, your score per dimension and, if you gave them, your expectations. No name, and no answers to single questions.',
  'workshop.join.code.label': 'Your code',
  'workshop.join.code.copy': 'Copy the code',
  'workshop.join.code.emailSubject': 'My code for the workshop',
  'workshop.join.code.message': 'My code for The Listening King workshop:',
  'workshop.join.change': 'Change my answers',
  'workshop.join.changeNote':
    'If you change your answers, you get a new code. Send that one too: the facilitator counts only your latest.',
  'workshop.link': 'With a whole team? Take the quiz together, as a workshop.',
  'footer.workshop': 'Workshop',

  'contact.heading': 'Continue the conversation',
  'contact.body':
    'Recognise your own relationship in this series and want to talk it through? We would like to hear from you.',
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

export default en;
