// A vitest reporter that writes, for the end of `npm test`, what failed in one step: each failed
// test (file, name, first lines of its error) and each error outside tests (an unhandled
// rejection, a hook). CI shows only the end of a long log; the summary repeats these there.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

const firstLines = (text, n) =>
  String(text ?? '')
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, n)
    .join('\n    ');

export default class FailuresReporter {
  onInit(vitest) {
    this.root = vitest.config.root;
  }

  onTestRunEnd(testModules, unhandledErrors) {
    const file = process.env.VD_FAILURES_FILE;
    if (!file) return;
    const lines = [];
    for (const mod of testModules) {
      const where = relative(this.root ?? process.cwd(), mod.moduleId);
      for (const err of mod.errors?.() ?? []) lines.push(`${where}: ${firstLines(err.message, 3)}`);
      for (const test of mod.children.allTests()) {
        const result = test.result();
        if (result.state !== 'failed') continue;
        const err = result.errors?.[0];
        lines.push(`${where} › ${test.fullName}: ${firstLines(err?.message, 3)}`);
      }
    }
    for (const err of unhandledErrors) {
      lines.push(
        `ngoài test / outside tests: ${err.name ?? 'Error'}: ${firstLines(err.message, 3)}\n    ${firstLines(err.stack, 6)}`,
      );
    }
    writeFileSync(file, lines.join('\n'));
  }
}
