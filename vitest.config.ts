import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The restart tests (over a minute, mostly waiting on the processes they kill and start) start
 * first, so that they do not run alone at the end of the PGlite run; a fresh clone has no timings
 * to sort by. Only they: the PostgreSQL run's heavy files (cluster, outage, mail) started side by
 * side on two cores overrun their time.
 */
const LONGEST = ['tests/restart/'];
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = LONGEST.findIndex((part) => f.moduleId.includes(part));
      return i < 0 ? LONGEST.length : i;
    };
    return [...(await super.sort(files))].sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: [
      'server/src/**/*.test.ts',
      'tests/api/**/*.test.ts',
      'tests/realtime/**/*.test.ts',
      'tests/ops/**/*.test.ts',
      // several nodes share one PostgreSQL server, or the server is taken away: only in the PostgreSQL run;
      // a killed process's data is the embedded database's to keep (on the server, PostgreSQL's), and a
      // SIGTERM drains the same code either way: the restart tests run in the PGlite run
      ...(process.env.TEST_DATABASE_URL ? ['tests/cluster/**/*.test.ts', 'tests/database/**/*.test.ts'] : ['tests/restart/**/*.test.ts']),
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Each file starts its own server on its own database; module state is per server, so a
    // worker keeps the modules it loaded for the next file instead of importing them again
    // (isolating each file in a process of its own took the PGlite run from about 200 s to 287 s).
    isolate: false,
    globalSetup: ['tests/support/demo-template.setup.ts'],
    // Most test files spend their time waiting on sockets, SMTP answers and a second node: twice
    // as many workers as the machine's two cores keep them busy (PostgreSQL run 190 s → 115 s).
    maxWorkers: 4,
    sequence: { sequencer: LongestFirst },
  },
});
