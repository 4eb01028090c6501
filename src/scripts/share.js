// Inline after the share links: "copy link" with a visible confirmation, and
// the system share sheet where the browser has one. The links themselves
// work without this script. Every byte counts: essays allow 1 KB of inline
// script in all, so the status line is found as the box's last element.
(() => {
  const box = document.currentScript.previousElementSibling;
  const status = box.lastElementChild;
  const share = box.querySelector('[data-web-share]');
  if (navigator.share) share.hidden = false;
  box.onclick = async (event) => {
    const button = event.target.closest('button');
    if (!button) return;
    const url = button.dataset.url;
    if (button === share) {
      try {
        await navigator.share({ url });
      } catch {}
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = status.dataset.copied;
    } catch {
      status.textContent = status.dataset.failed;
    }
  };
})();
