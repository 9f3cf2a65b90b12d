import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'coverage/', 'src/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  // Layers (ARCHITECTURE.md "Layers"): feature code speaks to the core, never to a platform or its SDK.
  {
    files: [
      'src/handlers/**/*.ts',
      'src/commands/**/*.ts',
      'src/actions/**/*.ts',
      'src/physician/**/*.ts',
      'src/coordinator/**/*.ts',
      'src/scheduler/**/*.ts',
      'src/broadcast/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/platforms/*/*', '**/platforms/index.js'],
              message: 'Feature code never imports a platform: use the Context (or Notifier) and the core card model.',
            },
            {
              group: ['@larksuiteoapi/*', 'dingtalk-stream', 'dingtalk-stream/*'],
              message: 'Platform SDKs belong in src/platforms/<platform>/ only.',
            },
          ],
        },
      ],
    },
  },
  // Cards are pure functions from domain data to the neutral Card: no database layer.
  {
    files: ['cards/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/db/*', '**/db/**', '**/generated/**', '@prisma/*'],
              message: 'Cards never import the database layer: take domain types from src/domain/.',
            },
          ],
        },
      ],
    },
  },
  // The core does not know the feature lists: the composition root (src/create-bot.ts) hands them in.
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/commands/*', '**/actions/*', '**/handlers/*'],
              message: 'The core does not import the command, action or handler lists (see src/create-bot.ts).',
            },
          ],
        },
      ],
    },
  },
  // The query layer answers with results or its own typed errors (src/db/query-refusal.ts): it never
  // imports the core (BotError, events, context); feature code turns a refusal into a reply.
  {
    files: ['src/db/queries/**/*.ts', 'src/db/query-refusal.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/*', '**/core/**'],
              message:
                'Queries never import the core: throw a QueryRefusal (src/db/query-refusal.ts), take domain types.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
