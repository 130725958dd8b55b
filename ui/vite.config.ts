import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The Fluent files live beside the Rust crates in ../locales so the UI, werkpadctl and
// printed documents share one set of translations.
const locales = fileURLToPath(new URL('../locales', import.meta.url));

export default defineConfig({
  // Relative asset paths: Tauri serves dist/ from tauri://localhost.
  base: './',
  plugins: [react()],
  resolve: { alias: { '@locales': locales } },
  server: { port: 1420, strictPort: true, fs: { allow: ['..'] } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // A desktop app loads its bundle from disk; the Utrecht React package does not
    // tree-shake (TOOLCHAIN.md), so one ~600 kB chunk is expected.
    chunkSizeWarningLimit: 1024,
  },
});
