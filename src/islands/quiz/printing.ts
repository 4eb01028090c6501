/**
 * Prints one thing on one A4 page: the reader's result, or one comparison.
 * The print stylesheet (quiz.css) hides everything else by these marks,
 * which are removed once the print dialog closes.
 */
export function printOnly(kind: 'result' | 'compare', section?: HTMLElement | null): void {
  const root = document.documentElement;
  root.dataset.print = kind;
  section?.setAttribute('data-printing', '');
  const clear = () => {
    delete root.dataset.print;
    section?.removeAttribute('data-printing');
  };
  window.addEventListener('afterprint', clear, { once: true });
  window.print();
}
