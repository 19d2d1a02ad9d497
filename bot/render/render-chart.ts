/**
 * Charts as PNG: vega-lite spec → vega SVG (headless, no canvas) → PNG with resvg, drawing text with the
 * project's own TTF (PT Sans, OFL, with Cyrillic), never with whatever fonts the host happens to have.
 */
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

const require = createRequire(import.meta.url);
/** Absolute path of the TTF every chart is drawn with. */
export const CHART_FONT_FILE = require.resolve('@expo-google-fonts/pt-sans/400Regular/PTSans_400Regular.ttf');
/** The family name inside {@link CHART_FONT_FILE}. */
export const CHART_FONT_FAMILY = 'PT Sans';

/**
 * Renders a vega-lite spec to SVG text (the chart's font family forced to PT Sans).
 * @example await renderSvg({ data: { values: [{ a: 'x', b: 1 }] }, mark: 'bar', encoding: { x: { field: 'a' }, y: { field: 'b', type: 'quantitative' } } }) // → "<svg ..."
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const withFont = {
    ...spec,
    config: { ...(spec as { config?: object }).config, font: CHART_FONT_FAMILY, background: 'white' },
  } as TopLevelSpec;
  const view = new vega.View(vega.parse(compile(withFont).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/**
 * Renders a vega-lite spec to PNG bytes at `scale` × its natural size.
 * @example (await renderChartPng(spec)).subarray(1, 4).toString() // → "PNG"
 */
export async function renderChartPng(spec: TopLevelSpec, scale = 2): Promise<Buffer> {
  return svgToPng(await renderSvg(spec), scale);
}

/** Rasterises SVG text with resvg and the project's font only. */
export function svgToPng(svg: string, scale = 2): Buffer {
  return rasterize(svg, scale).png;
}

/**
 * Rasterises SVG with resvg: PNG bytes plus raw RGBA pixels. Fonts are only `fontFiles` (default: the
 * project's TTF); system fonts are never loaded, so the output is the same on every machine.
 * @example rasterize('<svg xmlns="http://www.w3.org/2000/svg" width="2" height="1"/>', 1).width // → 2
 */
export function rasterize(svg: string, scale = 2, fontFiles: string[] = [CHART_FONT_FILE]): { png: Buffer; pixels: Buffer; width: number; height: number } {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: 'white',
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY },
  });
  const img = resvg.render();
  return { png: img.asPng(), pixels: img.pixels, width: img.width, height: img.height };
}
