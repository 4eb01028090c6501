/**
 * The system share sheet (Web Share API) with the page's card attached as a
 * file where the browser accepts files, so the post carries the picture even
 * where the target app shows no link preview. The static pages do the same
 * in src/scripts/share.js, in fewer bytes.
 */
export async function shareWithCard(data: { url: string; text: string }, image: string): Promise<void> {
  let shared: ShareData = data;
  try {
    const blob = await (await fetch(image)).blob();
    const files = [new File([blob], 'card.png', { type: blob.type || 'image/png' })];
    if (navigator.canShare?.({ files })) shared = { ...data, files };
  } catch {
    // No card, then: the link alone still shares.
  }
  // The reader closing the sheet rejects the promise; that is not an error.
  await navigator.share(shared).catch(() => {});
}
