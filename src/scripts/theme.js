// Inline in <head>, before the first paint: applies the stored theme (no
// flash), marks <html data-js> for CSS, wires the [data-theme-toggle] button and
// lets the web font in (<html data-f>, src/fonts/fallback.ts). Short names
// matter: this script shares the essays' 1 KB inline budget with the share
// script. A block rather than a function keeps its names out of the global
// scope for fewer bytes (const and let are block-scoped).
{
  const doc = document;
  const data = doc.documentElement.dataset;
  const toggles = '[data-theme-toggle]';
  const font = () => (data.f = '');
  let stored, store;
  try {
    store = localStorage;
    stored = store.theme;
  } catch {}
  if (stored in { dark: 1, light: 1 }) data.theme = stored;
  data.js = '';
  const isDark = () => (data.theme ? data.theme == 'dark' : matchMedia('(prefers-color-scheme:dark)').matches);
  // Every page has one toggle, in its header.
  const sync = () => (doc.querySelector(toggles).ariaPressed = isDark());
  // Both events reach the window: no need to name the document.
  addEventListener('DOMContentLoaded', sync);
  addEventListener('click', (event) => {
    if (!event.target.closest(toggles)) return;
    // The page's theme changes even when storing it throws (or there is no storage).
    try {
      store.theme = data.theme = isDark() ? 'light' : 'dark';
    } catch {}
    sync();
  });
  // Reached from another page of this site, the web font is in the cache:
  // at once. Reached from elsewhere, the page paints its text in the local
  // fallback and asks for the font once that text is on screen (the first
  // contentful paint, not a first paint of the background alone), so the
  // font never holds up the text (nor shifts it: the fallback is sized like
  // it). Last, so that a browser without the observer keeps the rest.
  if (doc.referrer.startsWith(origin)) font();
  else
    new PerformanceObserver((list) => list.getEntriesByName('first-contentful-paint')[0] && font()).observe({
      type: 'paint',
    });
}
