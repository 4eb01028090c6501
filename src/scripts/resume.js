// Inline in the quiz page's <head>: a reader with answers in this browser
// meets the island at their own question, not the server-rendered
// introduction for the moment before the island takes over (it hydrates
// after the first paint, src/islands/hydrate-after-paint.ts). The island
// stays hidden until then (quiz.css), three seconds at most.
try {
  const stored = JSON.parse(localStorage['dlk-quiz']);
  // Version 2 keeps the progress under "progress"; version 1 stored the progress alone.
  if ((stored.progress ?? stored).role) document.documentElement.dataset.resume = '';
} catch {}
