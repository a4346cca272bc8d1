import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { INLINE_MAX_SOURCE_BYTES, mustStayShared } from './scripts/vite-chunks';
import { precompress } from './scripts/vite-precompress';
import { PUBLIC_ROUTES } from './src/shared/rules/public-paths';

// The web app: index.html at the root, entry src/web/main.tsx, built into dist/web (served by
// the Fastify app) with a brotli and a gzip copy of every text file (scripts/vite-precompress.ts),
// its lazily loaded code cut into few files (scripts/vite-chunks.ts).
// In development the API runs on :3001 and Vite proxies /api to it.
// Đón tiếp ngoại tuyến: a Workbox service worker (dist/web/sw.js, registered by main.tsx in
// production builds only) precaches the built app shell so the reception page opens without a
// network; every address of the app but /api/* falls back to index.html. Nothing from /api is
// cached by it: the day's delegate list is kept deliberately in IndexedDB (offline-store.ts).
// The public site's server-rendered pages (shared/rules/public-paths.ts) and "/" (the board for a
// visitor without a session) never get the staff app's shell either.
const publicPrefixes = [...new Set(Object.values(PUBLIC_ROUTES).map((p) => p.split('/:')[0]!))];
const notTheApp = [
  /^\/api\//,
  /^\/robots\.txt$/,
  /^\/(\?.*)?$/,
  ...publicPrefixes.map((p) => new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/|\\?|$)`)),
];
export default defineConfig({
  root: '.',
  plugins: [
    react(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'autoUpdate',
      injectRegister: null,
      manifest: false,
      filename: 'sw.js',
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,woff2}'],
        // the app's lazily loaded pages (PDF viewer, charts…) stay out of the shell's precache size
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: '/index.html',
        navigateFallbackDenylist: notTheApp,
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
      },
    }),
    precompress(),
  ],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // Small shared files are copied into the files that use them (scripts/vite-chunks.ts says
      // why and which never are); Rolldown requires these two settings for it.
      preserveEntrySignatures: false,
      output: {
        strictExecutionOrder: true,
        codeSplitting: {
          experimentalInlineCommonChunks: { maxSize: INLINE_MAX_SOURCE_BYTES, exclude: mustStayShared },
        },
      },
    },
  },
  server: {
    port: 3000,
    strictPort: true,
    proxy: { '/api': { target: 'http://127.0.0.1:3001', changeOrigin: false } },
  },
  preview: { port: 3000 },
});
