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
      // Test files of one worker share its module cache: each file would otherwise import the SDK,
      // Bolt and core's sources again, which cost a third of the suite's time. Tests keep no state
      // in modules (each starts its own emulator, servers and clients).
      isolate: false,
      ...(options.globalSetup === undefined ? {} : { globalSetup: options.globalSetup }),
    },
  });
}
