// Lint: the architecture's boundaries, enforced (issue 10 §4). Run by `npm test` before Jest (`npm run lint`).
//   - @nx/enforce-module-boundaries from the project tags: a service depends only on libs (type:service →
//     type:lib), a lib only on libs, never on a service; imports between projects only through `@od/*`.
//   - libs/platform (the framework edges every service shares) does not import an aggregate's decider:
//     deciding is the services' and the domain's business, not the platform's.
// Style is Prettier's (`npm run format`), so the rules here are about correctness, not layout.
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['**/dist/**', '.data/**', '**/node_modules/**', 'bench/results/**', 'coverage/**', '.nx/**'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          // The service table is a script's module (npm start, compose), not a project; the test platform reads it.
          allow: ['@od/service-table'],
          depConstraints: [
            { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
          ],
        },
      ],
      // Names with a leading underscore are deliberately unused (a destructured field left out, say).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Tests and adapters read JSON of a shape they check themselves.
      '@typescript-eslint/no-explicit-any': 'off',
      // Nest modules are classes with decorators and no members.
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    files: ['libs/platform/src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='@od/domain'] ImportSpecifier[imported.name=/^decide[A-Z]/]",
          message: 'libs/platform does not import aggregate deciders: a service decides, the platform only carries the command.',
        },
      ],
    },
  },
  prettier,
];
