import postcss, { type Declaration, type Root } from 'postcss';
import type { Plugin } from 'vite';

/**
 * The Utrecht design tokens arrive as one `.utrecht-theme { … }` block of ~1,300 custom
 * properties (167 kB of the first CSS file); the components and screens the app has use
 * ~470 of them. Every token is parsed at start and sits in the root element's style, which
 * every element inherits. This drops the tokens that nothing refers to: not the CSS of any
 * output file (outside the theme), not a used token's own value, and no JS chunk (inline
 * styles). Only declarations inside theme rules (selectors with `utrecht-theme`) are
 * touched; a rule left empty goes too. Production builds only.
 */
export function pruneDesignTokens(): Plugin {
  return {
    name: 'werkpad:prune-design-tokens',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const css: { file: string; root: Root }[] = [];
      let js = '';
      for (const [file, out] of Object.entries(bundle)) {
        if (out.type === 'asset' && file.endsWith('.css')) {
          css.push({ file, root: postcss.parse(String(out.source)) });
        } else if (out.type === 'chunk') {
          js += out.code;
        }
      }
      const { kept, dropped } = prune(css.map((c) => c.root), js);
      for (const { file, root } of css) {
        const out = bundle[file];
        if (out?.type === 'asset') out.source = root.toString();
      }
      this.info(`kept ${kept} design tokens, dropped ${dropped} that nothing uses`);
    },
  };
}

const VAR = /var\(\s*(--[\w-]+)/g;
const isTheme = (decl: Declaration) =>
  decl.parent?.type === 'rule' && (decl.parent as { selector: string }).selector.includes('utrecht-theme');

/** Drops unreferenced theme tokens from `roots` in place; counts of unique tokens. */
export function prune(roots: Root[], js: string): { kept: number; dropped: number } {
  const theme = new Map<string, string[]>();
  const used = new Set<string>();
  for (const m of js.matchAll(/--[A-Za-z][\w-]*/g)) used.add(m[0]);
  for (const root of roots) {
    root.walkDecls((decl) => {
      if (decl.prop.startsWith('--') && isTheme(decl)) {
        theme.set(decl.prop, [...(theme.get(decl.prop) ?? []), decl.value]);
      } else {
        for (const m of decl.value.matchAll(VAR)) used.add(m[1]!);
      }
    });
  }
  // A used token's value may name other tokens: those are used too.
  const needed = new Set<string>();
  const todo = [...used].filter((t) => theme.has(t));
  while (todo.length) {
    const t = todo.pop()!;
    if (needed.has(t)) continue;
    needed.add(t);
    for (const value of theme.get(t) ?? []) {
      for (const m of value.matchAll(VAR)) if (theme.has(m[1]!) && !needed.has(m[1]!)) todo.push(m[1]!);
    }
  }
  for (const root of roots) {
    root.walkDecls((decl) => {
      if (decl.prop.startsWith('--') && isTheme(decl) && !needed.has(decl.prop)) decl.remove();
    });
    root.walkRules((rule) => {
      if (rule.nodes.length === 0) rule.remove();
    });
    root.walkAtRules((at) => {
      if (at.nodes && at.nodes.length === 0) at.remove();
    });
  }
  return { kept: needed.size, dropped: theme.size - needed.size };
}
