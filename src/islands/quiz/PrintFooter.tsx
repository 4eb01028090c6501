/** On paper only: the date and the link that brings this page back, for a printed result or comparison. */
export function PrintFooter({ link }: { link: string }) {
  const date = new Intl.DateTimeFormat(document.documentElement.lang || undefined, { dateStyle: 'long' }).format(
    new Date(),
  );
  return (
    <p class="print-only print-footer">
      {date} · {link}
    </p>
  );
}
