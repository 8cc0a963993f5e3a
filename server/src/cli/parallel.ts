// Scanning many files on every core: the main thread walks the tree and hands out batches; each worker thread
// reads and scans its files with the same engine. Results are merged in path order, so output never depends on
// scheduling. Small jobs stay on the main thread (starting a worker costs more than it saves).
import os from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { LineIndex } from "../engine/text";
import { fileNameFindings, scanText } from "../engine/scan";
import type { Finding } from "../engine/types";
import { readTextFile } from "../files";
import type { ProjectConfig } from "../projectConfig";
import { scanOptionsFor } from "../scanOptions";

export interface FileFinding extends Finding {
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface FileJob {
  abs: string;
  rel: string;
}

export interface ScanJobOptions {
  config: ProjectConfig;
  accepted: Set<string>;
  maxBytes: number;
}

export interface FileResult {
  rel: string;
  bytes: number;
  findings: FileFinding[];
  skipped?: string;
}

export function scanFileText(rel: string, text: string, options: ScanJobOptions): FileResult {
  const result = scanText(text, scanOptionsFor(options.config, rel, { baseline: options.accepted }));
  if (result.skipped) return { rel, bytes: text.length, findings: [], skipped: result.skipped };
  if (result.findings.length === 0) return { rel, bytes: text.length, findings: [] };
  const lines = new LineIndex(text);
  const findings = result.findings.map((f) => {
    const s = lines.position(f.start);
    const e = lines.position(f.end);
    return { ...f, path: rel, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
  });
  return { rel, bytes: text.length, findings };
}

export function scanFileJob(job: FileJob, options: ScanJobOptions): FileResult {
  const byName = fileNameFindings(scanOptionsFor(options.config, job.rel, { baseline: options.accepted })).map((f) => ({
    ...f,
    path: job.rel,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  }));
  if (byName.length > 0) return { rel: job.rel, bytes: 0, findings: byName };
  const read = readTextFile(job.abs, options.maxBytes);
  if ("skipped" in read) return { rel: job.rel, bytes: 0, findings: [], skipped: read.skipped };
  return scanFileText(job.rel, read.text, options);
}

const BATCH = 32;
const MIN_FILES_FOR_WORKERS = 200;

export async function scanFiles(jobs: FileJob[], options: ScanJobOptions): Promise<FileResult[]> {
  const threads = Math.min(os.availableParallelism?.() ?? os.cpus().length, 8);
  if (threads < 2 || jobs.length < MIN_FILES_FOR_WORKERS || !process.argv[1]) return jobs.map((j) => scanFileJob(j, options));
  const results: FileResult[] = [];
  let next = 0;
  const script = process.argv[1];
  await Promise.all(
    Array.from({ length: threads }, () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(script, { workerData: { hushScanWorker: true, options } });
        const feed = (): void => {
          if (next >= jobs.length) {
            void worker.terminate();
            resolve();
            return;
          }
          const batch = jobs.slice(next, next + BATCH);
          next += batch.length;
          worker.postMessage(batch);
        };
        worker.on("message", (batchResults: FileResult[]) => {
          results.push(...batchResults);
          feed();
        });
        worker.on("error", reject);
        feed();
      }),
    ),
  );
  return results.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

/** Worker entry: the CLI bundle runs this when started as a scan worker. */
export function runWorkerIfAsked(): boolean {
  if (isMainThread || !(workerData as { hushScanWorker?: boolean } | undefined)?.hushScanWorker) return false;
  const { options } = workerData as { options: ScanJobOptions };
  parentPort?.on("message", (batch: FileJob[]) => {
    parentPort?.postMessage(batch.map((job) => scanFileJob(job, options)));
  });
  return true;
}
