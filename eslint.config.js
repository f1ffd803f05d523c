import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'types/generated/', 'test/.doc-samples/', 'bench/.scratch/', 'site/src/', 'site/dist/', 'site/.vitepress/cache/', 'site/.vitepress/.temp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The runtime smoke suite's plain JavaScript runs in Node, Bun, Deno, workerd and edge runtimes alike.
    files: ['test/runtimes/*.mjs', 'test/runtimes/*.cjs', 'bench/cold-start.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', performance: 'readonly', crypto: 'readonly', TextDecoder: 'readonly', Deno: 'readonly', Request: 'readonly', Response: 'readonly', Headers: 'readonly', addEventListener: 'readonly' } },
  },
  {
    // The CommonJS entry of the runtime suite: the package as require() loads it.
    files: ['test/runtimes/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-empty-object-type': 'off',
    },
  },
);
