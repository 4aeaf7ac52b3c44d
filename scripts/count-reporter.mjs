// A Web Test Runner reporter that closes the run with one plain line: `N passed, N failed, N skipped`.
// It also writes the line to test-results/summary.txt so .ci/run can repeat it as its last line.
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const failedBefore = totals.failed;
        count(session.testResults, totals);
        // A file that failed to load (syntax error, failed import) or timed out has no failed
        // test of its own: count the file as one failure so the line never hides it.
        if (!session.passed && totals.failed === failedBefore) totals.failed += 1;
      }
      const line = `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
      mkdirSync('test-results', { recursive: true });
      writeFileSync('test-results/summary.txt', `${line}\n`);
      // Printed after the runner's own output so it is the last line of the run.
      process.on('exit', () => process.stdout.write(`\n${line}\n`));
    },
  };
}
