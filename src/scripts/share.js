// Inside the share block, after the links: "copy link" with a visible
// confirmation, or, where the clipboard is refused, the link in a text field,
// selected, whose label says what happened; and the system share sheet, with
// the page's card as a file where the browser takes one. The links work
// without this script. Essays allow 1 KB of inline script in all, so every
// byte counts: the parts are found by position (heading, list, status,
// fallback field), a click's target is the button itself (they hold only
// text), and the share button's data attributes are the share data (url,
// text; navigator.share ignores data-image), and the copy button holds
// its own confirmation.
{
  const [, list, status, fallback] = document.currentScript.parentNode.children;
  const share = list.lastChild.firstChild;
  const nav = navigator;
  share.hidden = !nav.share;
  list.onclick = async ({ target }) => {
    let data = target.dataset;
    if (target == share) {
      try {
        const blob = await (await fetch(data.image)).blob();
        // The blob as File options: its type (image/png) is all File reads from it.
        const files = [new File([blob], 'card.png', blob)];
        if (nav.canShare({ files })) data = { ...data, files };
      } catch {}
      nav.share(data).catch(String);
    } else if (data.url) {
      try {
        await nav.clipboard.writeText(data.url);
        status.textContent = data.copied;
      } catch {
        fallback.hidden = false;
        fallback.control.select();
      }
    }
  };
}
