// Inline in <head>, before the first paint: applies the stored theme (no
// flash), marks <html data-js> for CSS, and wires every [data-theme-toggle].
(() => {
  const root = document.documentElement;
  let stored;
  try {
    stored = localStorage.getItem('theme');
  } catch {}
  if (stored === 'dark' || stored === 'light') root.dataset.theme = stored;
  root.dataset.js = '';
  const isDark = () =>
    root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme:dark)').matches;
  const sync = () =>
    document.querySelectorAll('[data-theme-toggle]').forEach((b) => b.setAttribute('aria-pressed', String(isDark())));
  document.addEventListener('DOMContentLoaded', sync);
  document.addEventListener('click', (event) => {
    if (!event.target.closest?.('[data-theme-toggle]')) return;
    const theme = isDark() ? 'light' : 'dark';
    root.dataset.theme = theme;
    try {
      localStorage.setItem('theme', theme);
    } catch {}
    sync();
  });
})();
