import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_FONT_FILE, rasterize, renderSvg } from '../../../bot/render/render-chart';
import { segmentChartPng, segmentChartSpec } from '../../../bot/render/segment-chart';

/** Pixels darker than light grey (text is near-black; bars are mid-blue, gridlines light grey). */
function darkPixels(px: Buffer, width: number, rows: [number, number], cols: [number, number] = [0, width]): number {
  let n = 0;
  for (let y = rows[0]; y < rows[1]; y++) {
    for (let x = cols[0]; x < cols[1]; x++) {
      const i = (y * width + x) * 4;
      if (px[i] < 110 && px[i + 1] < 110 && px[i + 2] < 110) n++;
    }
  }
  return n;
}

const bars = [
  { label: 'Чемпионы', customers: 120 },
  { label: 'Спящие', customers: 40 },
  { label: 'Под угрозой', customers: 10 },
];

describe('charts: vega-lite → SVG → PNG with the project font', () => {
  it('uses the PT Sans file shipped with the project', () => {
    expect(existsSync(CHART_FONT_FILE)).toBe(true);
    expect(CHART_FONT_FILE).toMatch(/PTSans_400Regular\.ttf$/);
  });

  it('writes the Cyrillic labels and title into the SVG as text', async () => {
    const svg = await renderSvg(segmentChartSpec(bars, 'Клиенты по сегментам', 'Клиенты'));
    expect(svg).toContain('Клиенты по сегментам');
    expect(svg).toContain('Под угрозой');
    expect(svg).toMatch(/font-family="PT Sans/);
  });

  it('draws the text: the same chart rendered without any font has no glyph pixels in the title and label areas', async () => {
    const svg = await renderSvg(segmentChartSpec(bars, 'Клиенты по сегментам', 'Клиенты'));
    const withFont = rasterize(svg, 2);
    const noFont = rasterize(svg, 2, []);
    expect([withFont.width, withFont.height]).toEqual([noFont.width, noFont.height]);
    const { width, height } = withFont;
    // Title band: the top 30 px at scale 2 hold only the title.
    const titleRows: [number, number] = [0, 30];
    expect(darkPixels(noFont.pixels, width, titleRows)).toBe(0);
    expect(darkPixels(withFont.pixels, width, titleRows)).toBeGreaterThan(200);
    // Label column: left of the bars (the y-axis labels).
    const labelCols: [number, number] = [0, Math.floor(width * 0.12)];
    expect(darkPixels(noFont.pixels, width, [30, height], labelCols)).toBe(0);
    expect(darkPixels(withFont.pixels, width, [30, height], labelCols)).toBeGreaterThan(300);
    // Everything else (bars, axes) is identical in both.
    expect(darkPixels(withFont.pixels, width, [0, height])).toBeGreaterThan(darkPixels(noFont.pixels, width, [0, height]) + 500);
  });

  it('returns a PNG', async () => {
    const png = await segmentChartPng(bars, 'Сегменты', 'Клиенты');
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  });

  describe('edge cases', () => {
    it('escapes markup-like labels in the SVG instead of breaking it', async () => {
      const svg = await renderSvg(segmentChartSpec([{ label: '<b>&Co</b>', customers: 1 }], 't', 'n'));
      expect(svg).toContain('&lt;b&gt;&amp;Co&lt;/b&gt;');
      expect(rasterize(svg, 1).width).toBeGreaterThan(0);
    });
  });
});
