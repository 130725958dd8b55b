import { describe, expect, it } from 'vitest';
import { preloadTag } from './preloadFont.ts';

const FILES = [
  'assets/index-Do6Rajgf.js',
  'assets/noto-sans-latin-ext-wght-normal-W1qJv59z.woff2',
  'assets/noto-sans-latin-wght-normal-BYSzYMf3.woff2',
];

describe('preloadFont', () => {
  it('preloads the one built font file whose name starts as asked, in CORS mode', () => {
    expect(preloadTag(FILES, 'noto-sans-latin-wght-normal-')).toEqual({
      tag: 'link',
      attrs: {
        rel: 'preload',
        href: './assets/noto-sans-latin-wght-normal-BYSzYMf3.woff2',
        as: 'font',
        type: 'font/woff2',
        crossorigin: '',
      },
      injectTo: 'head',
    });
  });

  it('fails the build when no file or more than one file matches', () => {
    expect(() => preloadTag(FILES, 'noto-serif-')).toThrow(/0 built files/);
    expect(() => preloadTag(FILES, 'noto-sans-latin-')).toThrow(/2 built files/);
  });
});
