import { useState } from 'preact/hooks';

/** Copies text to the clipboard and returns the confirmation to show, and whether copying failed. */
export function useCopy(copied: string, failed: string) {
  const [status, setStatus] = useState('');
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(copied);
    } catch {
      setStatus(failed);
    }
  };
  return { status, failed: status === failed, copy };
}
