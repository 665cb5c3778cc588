import { defineProject } from 'vitest/config';

/**
 * Each package's tests run on the sources of the workspace packages they import: their
 * package.json maps the `@tuneline/source` condition to `src`, so editing core and running
 * vitest tests the edit, with no build in between.
 */
const sourceConditions = ['@tuneline/source', 'module', 'node', 'development|production'];

/** The vitest project of one package, with the workspace's shared settings. */
export function definePackageProject(options: { name: string; globalSetup?: string[] }) {
  return defineProject({
    resolve: { conditions: sourceConditions },
    ssr: { resolve: { conditions: sourceConditions, externalConditions: ['@tuneline/source'] } },
    test: {
      name: options.name,
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: 30_000,
      ...(options.globalSetup === undefined ? {} : { globalSetup: options.globalSetup }),
    },
  });
}
