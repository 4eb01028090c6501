/**
 * Debian's files of the fallback fonts measured into fallback-metrics.json
 * (packages fonts-dejavu-core and fonts-liberation), regular and italic.
 */
export const measuredFallbacks = {
  dejaVuSerif: '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf',
  dejaVuSerifItalic: '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf',
  liberationSerif: '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf',
  liberationSerifItalic: '/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf',
};
