import { zlibSync } from 'fflate';
import { crc32 } from 'node:zlib';

export type Rgb = readonly [r: number, g: number, b: number];

const encoder = new TextEncoder();

/** An RGB PNG, one colour or painted per pixel. */
export function pngFile(width: number, height: number, paint: Rgb | ((x: number, y: number) => Rgb)): Uint8Array {
  const raw = new Uint8Array((width * 3 + 1) * height);
  for (let y = 0, i = 0; y < height; y++) {
    raw[i++] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const [r, g, b] = typeof paint === 'function' ? paint(x, y) : paint;
      raw[i++] = r;
      raw[i++] = g;
      raw[i++] = b;
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, truecolour, deflate, no filter set, no interlace
  return concat([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlibSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())]);
}

const BAR_COLOURS: Rgb[] = [
  [46, 109, 164],
  [217, 130, 43],
  [79, 157, 105],
  [162, 59, 114],
  [108, 117, 125],
];

/** A bar chart without labels (the document around it names the bars): bars scaled to the largest value, grid lines at quarters. */
export function barChartPng(values: number[], { width = 640, height = 360, colours = BAR_COLOURS }: { width?: number; height?: number; colours?: Rgb[] } = {}): Uint8Array {
  const pad = 32;
  const max = Math.max(...values, 1e-9);
  const plotH = height - 2 * pad;
  const slot = (width - 2 * pad) / Math.max(values.length, 1);
  return pngFile(width, height, (x, y) => {
    const fromBottom = height - pad - y;
    if (x >= pad && x < width - pad && fromBottom >= 0 && fromBottom <= plotH) {
      const bar = Math.floor((x - pad) / slot);
      const inBar = (x - pad) % slot >= slot * 0.15 && (x - pad) % slot < slot * 0.85;
      if (inBar && fromBottom < (values[bar]! / max) * plotH) return colours[bar % colours.length]!;
      if (fromBottom === 0 || x === pad) return [60, 60, 60];
      if (fromBottom % Math.round(plotH / 4) === 0) return [220, 224, 230];
    }
    return [255, 255, 255];
  });
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(encoder.encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
