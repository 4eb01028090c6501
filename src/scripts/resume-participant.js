// Inline in the workshop participant page's <head>, as resume.js is on the
// quiz page: a participant with answers for this link's session meets their
// own question or code, not the introduction, while the island takes over
// (Participant.tsx shows it). The session is the link's four characters
// (lib/workshop/codes.ts, sessionFromText); fragment.js may hold the link.
try {
  const text = /(?:sessie|session)=([\w-]{4})/.exec(window.dlkHash ?? location.hash)[1];
  const session = [...atob(text.replace(/-/g, '+').replace(/_/g, '/'))].reduce(
    (id, c) => id * 256 + c.charCodeAt(0),
    0,
  );
  const stored = JSON.parse(localStorage['dlk-workshop-answers']);
  if (stored.items.some((p) => p.session === session && p.progress.role)) document.documentElement.dataset.resume = '';
} catch {}
