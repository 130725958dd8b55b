import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * Starts loading the first screen's font while the page's script and CSS load, so the text
 * is laid out once, in that font. It adds a `<link rel="preload">` to index.html for the
 * built file whose name starts with `fileStart` (fontsource names them
 * `noto-sans-latin-wght-normal-…`; the hash changes). Without it WebKit asks for the font
 * only when it first styles text in it; until the font is there it lays the text out in
 * the fallback fonts (font-display: swap), looking them up through fontconfig, and then
 * lays it all out again. The preload took ~25 ms off every start (BENCHMARKS.md, "The first
 * screen's font"). Production builds only; the build fails unless exactly one file
 * matches, so a renamed font cannot silently lose its preload.
 */
export function preloadFont(fileStart: string): Plugin {
  return {
    name: 'werkpad:preload-font',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => [preloadTag(Object.keys(ctx.bundle ?? {}), fileStart)],
    },
  };
}

/** The preload tag for the one file in `files` whose name starts with `fileStart`. */
export function preloadTag(files: string[], fileStart: string): HtmlTagDescriptor {
  const found = files.filter((f) => f.split('/').pop()?.startsWith(fileStart));
  if (found.length !== 1) {
    throw new Error(`preloadFont: ${found.length} built files start with ${fileStart}, expected 1`);
  }
  return {
    tag: 'link',
    // crossorigin: fonts are fetched in CORS mode, and a preload only serves a later
    // request made in the same mode.
    attrs: { rel: 'preload', href: `./${found[0]}`, as: 'font', type: 'font/woff2', crossorigin: '' },
    injectTo: 'head',
  };
}
