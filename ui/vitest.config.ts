import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    // @fluent/react's "main" is a UMD build that require()s react past the aliases; its
    // "module" build imports it, so the alias applies.
    resolve: { mainFields: ['module', 'main'] },
    test: {
      environment: 'jsdom',
      setupFiles: ['src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'build/**/*.test.ts'],
      // The tests run on Preact, as the app does (vite.config.ts). Packages that import
      // react themselves go through Vite so the react → preact/compat aliases reach them;
      // left to Node they would load React and mix two runtimes.
      server: { deps: { inline: [/@testing-library\/(preact|user-event|dom)/, /@fluent\/react/, /@utrecht\/.*-react/] } },
    },
  }),
);
