// Renders the app's map again, off-screen, at an export's size and pixel ratio: same style,
// same images, same camera (or a given extent), with a drawing buffer we can copy from.

import { Map as MaplibreMap } from 'maplibre-gl';

export interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

export interface OffscreenRender {
  canvas: HTMLCanvasElement;
  camera: Camera;
  /** Pixel ratio the map was actually drawn at (may be below the requested one). */
  pixelRatio: number;
  remove(): void;
}

const IDLE_TIMEOUT_MS = 60_000;
const LOADING_PIXEL_RATIO = 0.05;

function idle(map: MaplibreMap): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the off-screen map did not finish rendering within 60 s')), IDLE_TIMEOUT_MS);
    map.once('idle', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Largest drawing buffer side the GPU allows (texture, renderbuffer and viewport limits). */
export function maxDrawingBufferSide(source: MaplibreMap): number {
  // The app map's own context (getContext returns the existing one): no new context needed.
  const gl = source.getCanvas().getContext('webgl2');
  if (!gl) throw new Error('WebGL2 is not available in this browser; the map cannot be rendered');
  const viewport = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  return Math.min(gl.getParameter(gl.MAX_TEXTURE_SIZE), gl.getParameter(gl.MAX_RENDERBUFFER_SIZE), viewport[0], viewport[1]);
}

/**
 * Removes a map without forcing its WebGL context to be lost. MapLibre's remove() calls
 * WEBGL_lose_context, which blocks for seconds on software GL (SwiftShader, headless
 * Chromium); an unreferenced context is reclaimed by the browser anyway.
 */
function removeKeepingContext(map: MaplibreMap): void {
  const gl = map.getCanvas().getContext('webgl2');
  if (gl) {
    const getExtension = gl.getExtension.bind(gl);
    gl.getExtension = ((name: string) => (name === 'WEBGL_lose_context' ? null : getExtension(name))) as typeof gl.getExtension;
  }
  map.remove();
}

export async function renderOffscreen(
  source: MaplibreMap,
  cssSize: { width: number; height: number },
  pixelRatio: number,
  view: { camera: Camera } | { bounds: [number, number, number, number] },
  maxSide: number,
): Promise<OffscreenRender> {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  // Off-screen but laid out: MapLibre sizes its canvas from the container's client size.
  Object.assign(container.style, {
    position: 'fixed',
    left: `${-cssSize.width - 1000}px`,
    top: '0',
    width: `${cssSize.width}px`,
    height: `${cssSize.height}px`,
    pointerEvents: 'none',
  });
  document.body.appendChild(container);
  const camera =
    'camera' in view
      ? view.camera
      : { center: source.getCenter().toArray() as [number, number], zoom: source.getZoom(), bearing: 0, pitch: 0 };
  let map: MaplibreMap | undefined;
  try {
    const offscreen = new MaplibreMap({
      container,
      style: source.getStyle(),
      center: camera.center,
      zoom: camera.zoom,
      bearing: camera.bearing,
      pitch: camera.pitch,
      pixelRatio: Math.min(pixelRatio, LOADING_PIXEL_RATIO),
      maxCanvasSize: [maxSide, maxSide],
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: false },
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      renderWorldCopies: source.getRenderWorldCopies(),
      maxZoom: source.getMaxZoom(),
      minZoom: source.getMinZoom(),
    });
    map = offscreen;
    // Images the app added at run time (patterns, icons) are not part of getStyle().
    offscreen.setMissingStyleImageResolver((id) => {
      if (!source.hasImage(id)) return;
      const image = source.getImage(id);
      offscreen.addImage(id, { width: image.data.width, height: image.data.height, data: image.data.data }, { pixelRatio: image.pixelRatio, sdf: image.sdf });
    });
    if ('bounds' in view) {
      offscreen.fitBounds(view.bounds, { animate: false, padding: 0 });
    }
    // Load at a tiny drawing buffer, then draw once at full resolution: MapLibre repaints on
    // every tile and source it receives (10–20 frames), and on software GL each full-size
    // frame costs a lot. Layout (tiles, labels) depends on the CSS size only, so it is the same.
    await idle(offscreen);
    offscreen.setPixelRatio(pixelRatio);
    await idle(offscreen);
    return {
      canvas: offscreen.getCanvas(),
      camera: { center: offscreen.getCenter().toArray() as [number, number], zoom: offscreen.getZoom(), bearing: offscreen.getBearing(), pitch: offscreen.getPitch() },
      pixelRatio: offscreen.getPixelRatio(),
      remove() {
        removeKeepingContext(offscreen);
        container.remove();
      },
    };
  } catch (err) {
    if (map) removeKeepingContext(map);
    container.remove();
    throw err;
  }
}
