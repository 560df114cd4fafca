// Export sizes: the current view at 1×/2×/3×, or a landscape sheet at 300 dpi. A sheet is laid
// out as if it were a screen at 96 dpi (so labels and frame text keep their printed size) and
// rendered at the pixel ratio that reaches 300 dpi.

export type SizePreset = 'view1' | 'view2' | 'view3' | 'a4' | 'letter';

export const SIZE_PRESETS: readonly SizePreset[] = ['view1', 'view2', 'view3', 'a4', 'letter'];

/** Sheets in pixels at 300 dpi: A4 297×210 mm, Letter 11×8.5 in. */
const SHEETS = { a4: { width: 3508, height: 2480 }, letter: { width: 3300, height: 2550 } } as const;
const SHEET_PIXEL_RATIO = 300 / 96;

export interface OutputSize {
  /** Image size in device pixels. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel. */
  pixelRatio: number;
}

export function outputSize(preset: SizePreset, viewWidth: number, viewHeight: number): OutputSize {
  switch (preset) {
    case 'view1':
    case 'view2':
    case 'view3': {
      const pixelRatio = Number(preset.slice(4));
      return { width: Math.round(viewWidth) * pixelRatio, height: Math.round(viewHeight) * pixelRatio, pixelRatio };
    }
    case 'a4':
    case 'letter': {
      const sheet = SHEETS[preset];
      // Whole CSS pixels across, so the off-screen map's canvas lands on the sheet width exactly.
      const cssWidth = Math.round(sheet.width / SHEET_PIXEL_RATIO);
      return { width: sheet.width, height: sheet.height, pixelRatio: sheet.width / cssWidth };
    }
  }
}

/** Parses "1600x1000" (CLI `--size`); throws a one-line message on anything else. */
export function parseSize(text: string): { width: number; height: number } {
  const m = /^(\d{2,5})x(\d{2,5})$/i.exec(text.trim());
  if (!m) throw new Error(`--size "${text}": expected WIDTHxHEIGHT in pixels, e.g. 1600x1000`);
  const width = Number(m[1]);
  const height = Number(m[2]);
  if (width < 320 || height < 240 || width > 8192 || height > 8192) {
    throw new Error(`--size "${text}": width must be 320–8192 and height 240–8192 pixels`);
  }
  return { width, height };
}
