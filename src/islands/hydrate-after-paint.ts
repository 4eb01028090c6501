/**
 * Hydrates a server-rendered island after the page's first paint, with props
 * fetched from the file its element names in data-props
 * (src/data/island-props.ts). Done by hand rather than with client:load:
 * Astro's island loader and renderer would cost 3.4 KB of the quiz page's
 * 15 KB JavaScript budget for an island that needs neither.
 *
 * Why after the first paint: the page is readable from its HTML alone, and a
 * tap on the server-rendered start button before hydration still counts (the
 * form falls back to ?role=, see Quiz.tsx). Loaded at once, the island's
 * modules arrived before the first frame on a fast connection and ran before
 * it on a return visit, holding up the paint (issue 15, README).
 *
 * The pages load this through IslandLoader.astro, bundled into one file with
 * Vite's preload helper (astro.config.mjs): the first frame waits for no
 * other file. The island's code comes with `loadMount`. Other chunks import
 * the helper from that file too; for them the calls below find no island.
 *
 * When the code or the props cannot be fetched (offline, or a page older than
 * the site's last update), the box IslandLoadFailed.astro rendered is shown;
 * its button reloads the page. Nothing stored is touched.
 */
export type Mount = (island: HTMLElement, props: unknown) => void;

export function hydrateAfterFirstPaint(islandId: string, loadMount: () => Promise<{ default: Mount }>): void {
  const island = document.getElementById(islandId);
  const failed = document.getElementById(`${islandId}-failed`);
  const url = island?.dataset.props;
  if (!island || !failed || !url) return;
  // The island swaps screens in place: a reload restoring the old scroll
  // position would land mid-question. It scrolls where it belongs.
  history.scrollRestoration = 'manual';
  failed.querySelector('button')?.addEventListener('click', () => location.reload());
  const start = async () => {
    try {
      const [mount, props] = await Promise.all([
        loadMount(),
        fetch(url).then((response) => {
          if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
          return response.json() as Promise<unknown>;
        }),
      ]);
      mount.default(island, props);
    } catch {
      failed.hidden = false;
      // The introduction shows again beside the message (src/scripts/resume*.js hid it).
      delete document.documentElement.dataset.resume;
    }
  };
  // A frame's callbacks run before its paint; a task queued from one runs after it.
  requestAnimationFrame(() => setTimeout(start, 0));
}
