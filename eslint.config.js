// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** @typedef {import('eslint').Linter.Config} Config */

export default defineConfig(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'storybook-static/',
      'coverage/',
      'test-results/',
      'custom-elements.json',
      'bench/results/',
      '**/.cache/',
      // Scratch apps installed into a temporary folder by tests/package (React, Vue: not here).
      'tests/package/consumers/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      // Lit's element lifecycle and controllers pass methods around by design.
      '@typescript-eslint/unbound-method': 'off',
      // Lit's `@property` fields are declared without initialisers and checked at runtime.
      '@typescript-eslint/no-unnecessary-condition': [
        'error',
        { allowConstantLoopConditions: true },
      ],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['components/**/*.ts', 'src/**/*.ts', 'stories/**/*.ts', 'tests/**/*.ts'],
    .../** @type {Config} */ (lit.configs?.['flat/recommended']),
  },
  {
    files: ['components/**/*.ts', 'src/**/*.ts'],
    .../** @type {Config} */ (wc.configs?.['flat/recommended']),
  },
  {
    files: ['components/**/*.ts', 'src/**/*.ts'],
    .../** @type {Config} */ (wc.configs?.['flat/best-practice']),
  },
  {
    // Plain JavaScript (Node scripts, configs): type-checked by `tsc` through JSDoc, linted without types.
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.js', '*.config.{js,mjs,ts}', 'bench/**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['tests/**/*.ts', 'stories/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
);
