import { correction, generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';
import { useMemo } from 'preact/hooks';

/**
 * A QR code of a link, drawn here as SVG (never fetched from a service, so
 * the session link leaves the page only by the camera that scans it). Dark
 * on white in both themes, with the four-module quiet zone scanners need.
 */
export function QrCode({ text, label, class: className }: { text: string; label: string; class?: string }) {
  const { size, path } = useMemo(() => {
    const code = generate(text, { minCorrectionLevel: correction.M });
    return { size: code.size, path: toSvgPath(code) };
  }, [text]);
  return (
    <svg class={className} viewBox={`-4 -4 ${size + 8} ${size + 8}`} role="img" aria-label={label}>
      <rect x="-4" y="-4" width={size + 8} height={size + 8} fill="#fff" />
      <path d={path} fill="#000" shape-rendering="crispEdges" />
    </svg>
  );
}
