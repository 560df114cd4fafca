// `window.marsadBriefing.render(options)`: the entry point `marsad screenshot` calls inside
// the page. The app's main module calls `registerBriefingHook()` once; the renderer itself
// loads only when an export is asked for.

import type { BriefingOptions, BriefingRender } from './render.ts';

/** The render's layout and notes, with the canvas as a base64 PNG and its encoding time. */
export type BriefingHookResult = Omit<BriefingRender, 'canvas' | 'timings'> & {
  /** The PNG, base64-encoded. */
  png: string;
  width: number;
  height: number;
  /** Milliseconds: off-screen map, frame drawing, PNG encoding. */
  timings: BriefingRender['timings'] & { encode: number };
};

export interface BriefingHook {
  render(options: BriefingOptions): Promise<BriefingHookResult>;
}

declare global {
  interface Window {
    marsadBriefing?: BriefingHook;
  }
}

export function registerBriefingHook(): void {
  window.marsadBriefing = {
    async render(options) {
      const app = window.marsadApp;
      if (!app) throw new Error('the map app has not started (window.marsadApp is missing)');
      const { renderBriefing } = await import('./render.ts');
      const { canvas, timings, ...meta } = await renderBriefing(app, options);
      const encodeStart = performance.now();
      const png = canvas.toDataURL('image/png').slice('data:image/png;base64,'.length);
      return { png, width: canvas.width, height: canvas.height, ...meta, timings: { ...timings, encode: performance.now() - encodeStart } };
    },
  };
}
