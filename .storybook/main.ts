import type { StorybookConfig } from '@storybook/web-components-vite';

// Storybook loads the project's vite.config.ts; this flag keeps it to the shared parts.
process.env.STORYBOOK = 'true';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  staticDirs: [{ from: '../data', to: '/data' }],
  viteFinal(config) {
    // One copy of Lit in the dev server: pre-bundle it with its directives.
    config.optimizeDeps ??= {};
    config.optimizeDeps.include = [
      ...(config.optimizeDeps.include ?? []),
      'lit',
      'lit/decorators.js',
      'lit/directives/class-map.js',
      'lit/directives/style-map.js',
      'lit/directives/if-defined.js',
      'lit/directives/repeat.js',
      '@lit/context',
    ];
    return config;
  },
};

export default config;
