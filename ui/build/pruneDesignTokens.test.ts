import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { prune } from './pruneDesignTokens.ts';

const THEME = `.utrecht-theme{--a:red;--b:var(--c);--c:1px;--d:blue;--e:2px;--unused:0;color:var(--f)}
.utrecht-theme--media-query{--a:pink;--only-here:3px}
@media (min-width:35em){.utrecht-theme--media-query-viewport{--unused:1}}`;

describe('pruneDesignTokens', () => {
  it('keeps the tokens the CSS, the theme itself and the JS refer to, and drops the rest', () => {
    const theme = postcss.parse(THEME);
    const components = postcss.parse(
      '.button{padding:var(--b);--button-color:var(--a)}.theme-free{--d:green}',
    );
    const result = prune([theme, components], 'el.style.setProperty("--e","3px")');
    const css = theme.toString();
    // --b (used), --c (named by --b's value), --a (named outside the theme, in both theme
    // rules), --e (named by the JS); --d only declared again outside the theme: dropped there
    // in the theme, kept where it is declared.
    for (const kept of ['--a:red', '--a:pink', '--b:var(--c)', '--c:1px', '--e:2px', 'color:var(--f)']) {
      expect(css).toContain(kept);
    }
    for (const dropped of ['--d:blue', '--unused', '--only-here', '@media']) {
      expect(css).not.toContain(dropped);
    }
    expect(components.toString(), 'outside the theme nothing changes').toBe(
      '.button{padding:var(--b);--button-color:var(--a)}.theme-free{--d:green}',
    );
    expect(result, "unique tokens: a, b, c, e kept; d, unused, only-here dropped").toEqual({ kept: 4, dropped: 3 });
  });
});
