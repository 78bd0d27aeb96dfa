import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { noLiteralText } from './eslint-rules/no-literal-text.js';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'test-results-report',
      'playwright-report',
      'bench-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...pluginQuery.configs['flat/recommended'],
  reactHooks.configs.flat.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // Data is rendered as text, never as HTML strings.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render data as text: dangerouslySetInnerHTML is not allowed.',
        },
        {
          selector: "Property[key.name='dangerouslySetInnerHTML']",
          message: 'Render data as text: dangerouslySetInnerHTML is not allowed.',
        },
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Render data as text: set textContent instead of innerHTML.',
        },
        {
          selector: 'AssignmentExpression[left.property.value=/^(innerHTML|outerHTML)$/]',
          message: 'Render data as text: set textContent instead of innerHTML.',
        },
        {
          selector: 'Property[key.name=/^(innerHTML|outerHTML)$/]',
          message: 'Render data as text: set textContent instead of innerHTML.',
        },
        {
          selector:
            "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
          message: 'Render data as text: document.write is not allowed.',
        },
        {
          selector: "CallExpression[callee.property.name='createContextualFragment']",
          message: 'Render data as text: createContextualFragment parses HTML.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Render data as text: insertAdjacentHTML is not allowed.',
        },
        {
          selector: "Property[key.name='xss'] Property[key.name='disabled'][value.value=true]",
          message: "vis-timeline's XSS filter stays on.",
        },
      ],
    },
  },
  {
    // Every word the reader sees is in the catalogues, so every language has it.
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', 'src/test/**'],
    plugins: { i18n: { rules: { 'no-literal-text': noLiteralText } } },
    rules: { 'i18n/no-literal-text': 'error' },
  },
);
