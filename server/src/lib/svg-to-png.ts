import { Resvg } from '@resvg/resvg-js';

/**
 * A server-rendered chart or map as PNG (for reports and slides), drawn by resvg at twice the
 * SVG's size with the machine's fonts — nothing is fetched.
 */
export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  return Buffer.from(resvg.render().asPng());
}
