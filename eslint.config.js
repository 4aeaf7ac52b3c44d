import js from '@eslint/js';
import globals from 'globals';
import lit from 'eslint-plugin-lit';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // examples/ are apps of their own (their own dependencies, tsc / vue-tsc), checked by `npm run examples`.
  { ignores: ['dist/', 'node_modules/', 'src/api/schema.ts', 'test-results/', 'bench-results/', 'examples/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // No inline style attributes anywhere: the SDK must run under a strict CSP.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TemplateElement[value.raw=/\\sstyle=/]',
          message: 'Inline style= breaks strict CSP; use classes or parts.',
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**', '*.config.*', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.test.ts', 'test/**'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
