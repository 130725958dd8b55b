import { fileURLToPath } from 'node:url';
import { preact } from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { preloadFont } from './build/preloadFont.ts';
import { pruneDesignTokens } from './build/pruneDesignTokens.ts';

// The Fluent files live beside the Rust crates in ../locales so the UI, werkpadctl and
// printed documents share one set of translations.
const locales = fileURLToPath(new URL('../locales', import.meta.url));

/**
 * Lets the bundler drop the Utrecht React components the app does not use. Each component
 * module ends in a top-level `Button.displayName = 'Button';`, a property write that the
 * bundler must treat as a side effect, so every one of the ~100 components (and its
 * helpers) stayed in the bundle. Those lines only name components for React DevTools;
 * removing them (in production builds, in @utrecht/*-react only) makes the unused
 * components dead code: 585 → 413 kB of JS (168 → 114 kB gzip), pixel-identical screens
 * (scripts/compare-screens.mjs).
 *
 * Not `build.rolldownOptions.treeshake.propertyWriteSideEffects: false` (TOOLCHAIN.md):
 * that applies to every module and also removed property writes inside React DOM, e.g.
 * `element.type = type` when an <input> is first created, so password fields became plain
 * text fields and checkboxes text boxes.
 */
function dropUtrechtDisplayNames(): Plugin {
  return {
    name: 'werkpad:drop-utrecht-display-names',
    apply: 'build',
    transform: {
      filter: { id: /[\\/]node_modules[\\/]@utrecht[\\/][^\\/]+-react[\\/]dist[\\/][^\\/]+\.m?js$/ },
      handler(code) {
        const out = code.replace(/^[A-Za-z_$][\w$]*\.displayName = (['"])[^'"\n]*\1;?$/gm, '');
        return out === code ? null : { code: out, map: null };
      },
    },
  };
}

export default defineConfig({
  // Relative asset paths: Tauri serves dist/ from tauri://localhost.
  base: './',
  // The app is written against React's API (and typed with @types/react) but runs on
  // Preact through preact/compat: the plugin aliases react, react-dom (/client,
  // /test-utils) and react/jsx-runtime, in the build and in vitest alike. Preact is ~15 kB
  // where React DOM was 202 kB of the first chunk, so the lock screen runs and paints sooner
  // and the web process holds less (BENCHMARKS.md, "Preact instead of React DOM").
  plugins: [
    preact(),
    dropUtrechtDisplayNames(),
    pruneDesignTokens(),
    preloadFont('noto-sans-latin-wght-normal-'),
  ],
  resolve: { alias: { '@locales': locales } },
  server: { port: 1420, strictPort: true, fs: { allow: ['..'] } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // A desktop app loads its bundle from disk. The first chunk (Preact, the Utrecht
    // components, the lock screens and their messages) is ~163 kB; the screens behind the
    // lock are chunks of their own (App.tsx, shell/lazyScreens.ts).
    chunkSizeWarningLimit: 1024,
  },
});
