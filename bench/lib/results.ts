import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One benchmark result; names are stable (see DESIGN.md) and never renamed. */
export type BenchResult = {
  value: number;
  unit: string;
  goal: number;
  better: 'lower' | 'higher';
  engine: 'pglite' | 'postgres' | 'none';
  note: string;
};

export const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const projectRoot = join(benchDir, '..');
export const resultsFile = join(benchDir, 'results.json');

/** Merges `results` into bench/results.json, keeping the keys other benchmarks wrote. */
export function saveResults(results: Record<string, BenchResult>): void {
  let current: Record<string, BenchResult> = {};
  if (existsSync(resultsFile)) {
    try {
      current = JSON.parse(readFileSync(resultsFile, 'utf8'));
    } catch (err) {
      throw new Error(
        `bench/results.json không đọc được (unreadable), sửa tay rồi chạy lại: ${(err as Error).message}`,
      );
    }
  }
  const merged = { ...current, ...results };
  const tmp = `${resultsFile}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(merged, null, 2)}\n`);
  renameSync(tmp, resultsFile);
  for (const [name, r] of Object.entries(results)) {
    const ok = r.better === 'lower' ? r.value <= r.goal : r.value >= r.goal;
    console.log(
      `${ok ? '✓' : '✗'} ${name} = ${r.value} ${r.unit} (goal ${r.better === 'lower' ? '≤' : '≥'} ${r.goal}, ${r.engine})`,
    );
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
