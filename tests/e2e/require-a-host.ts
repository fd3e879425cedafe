import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

interface HostTally {
  passed: number;
  failed: number;
  skipped: number;
  reasons: Set<string>;
}

/**
 * Says per host what ran and why the rest was skipped, and fails the run if no test
 * passed on any host (everything skipped is not a pass). Its last line is the plain
 * "e2e: N passed, N failed, N skipped" summary.
 */
export default class RequireAHost implements Reporter {
  readonly #hosts = new Map<string, HostTally>();

  onTestEnd(test: TestCase, result: TestResult): void {
    const host = test.parent.project()?.name ?? 'unknown';
    const tally = this.#hosts.get(host) ?? { passed: 0, failed: 0, skipped: 0, reasons: new Set<string>() };
    this.#hosts.set(host, tally);
    if (result.status === 'passed') tally.passed++;
    else if (result.status === 'skipped') {
      tally.skipped++;
      for (const a of [...test.annotations, ...result.annotations]) {
        if (a.type === 'skip' && a.description) tally.reasons.add(a.description);
      }
    } else tally.failed++;
  }

  onEnd(result: FullResult): Promise<{ status?: FullResult['status'] } | undefined> {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const [host, t] of this.#hosts) {
      console.log(`e2e host ${host}: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
      for (const reason of t.reasons) console.log(`  skipped because: ${reason}`);
      passed += t.passed;
      failed += t.failed;
      skipped += t.skipped;
    }
    const noHostRan = passed === 0 && result.status === 'passed';
    if (noHostRan) console.error('No e2e test ran on any host: failing the run.');
    console.log(`e2e: ${passed} passed, ${failed} failed, ${skipped} skipped`);
    return Promise.resolve(noHostRan ? { status: 'failed' } : undefined);
  }
}
