// Lint rules. The one that matters most: src/core is the analysis and must run anywhere
// (VS Code for the Web, the CLI), so it may import neither `vscode` nor Node built-ins.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core must not depend on VS Code; put adapters in src/vscode.' }],
        patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'child_process', 'util', 'buffer', 'crypto', 'worker_threads'], message: 'src/core must run in VS Code for the Web: no Node built-ins.' }],
      }],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'test/runner/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', Buffer: 'readonly', __dirname: 'readonly' } },
  },
);
