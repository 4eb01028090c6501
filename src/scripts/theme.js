// Inline in <head>, before the first paint: applies the stored theme (no
// flash), marks <html data-js> for CSS, and wires every [data-theme-toggle].
(() => {
  const root = document.documentElement;
  // Short names matter: this script shares the essays' 1 KB inline budget with the share script.
  const data = root.dataset;
  let stored;
  try {
    stored = localStorage.getItem('theme');
  } catch {}
  if (stored === 'dark' || stored === 'light') data.theme = stored;
  data.js = '';
  const isDark = () => (data.theme ? data.theme === 'dark' : matchMedia('(prefers-color-scheme:dark)').matches);
  const sync = () =>
    document.querySelectorAll('[data-theme-toggle]').forEach((b) => b.setAttribute('aria-pressed', isDark()));
  document.addEventListener('DOMContentLoaded', sync);
  document.addEventListener('click', (event) => {
    if (!event.target.closest?.('[data-theme-toggle]')) return;
    const theme = isDark() ? 'light' : 'dark';
    data.theme = theme;
    try {
      localStorage.setItem('theme', theme);
    } catch {}
    sync();
  });
})();
