import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Fails the run if no test passed on any host (everything skipped is not a pass). */
export default class RequireAHost implements Reporter {
  #passed = new Map<string, number>();
  #skipped = new Map<string, number>();

  onTestEnd(test: TestCase, result: TestResult): void {
    const project = test.parent.project()?.name ?? 'unknown';
    const bucket = result.status === 'passed' ? this.#passed : result.status === 'skipped' ? this.#skipped : null;
    bucket?.set(project, (bucket.get(project) ?? 0) + 1);
  }

  onEnd(result: FullResult): Promise<{ status?: FullResult['status'] } | undefined> {
    const hosts = new Set([...this.#passed.keys(), ...this.#skipped.keys()]);
    for (const host of hosts) {
      console.log(`e2e host ${host}: ${this.#passed.get(host) ?? 0} passed, ${this.#skipped.get(host) ?? 0} skipped`);
    }
    const total = [...this.#passed.values()].reduce((a, b) => a + b, 0);
    if (total === 0 && result.status === 'passed') {
      console.error('No e2e test ran on any host: failing the run.');
      return Promise.resolve({ status: 'failed' });
    }
    return Promise.resolve(undefined);
  }
}
