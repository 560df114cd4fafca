// Builds the explorer into a static dist/ that any static file server can host: relative asset
// URLs (base './'), static/ copied as the public dir (layers under ./data/, basemap, gazetteer).
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  base: './',
  publicDir: 'static',
  plugins: [svelte()],
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // maplibre-gl is one large module by design; the warning would only be noise.
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
