// Scanning many files on every core: the main thread walks the tree and hands out batches; each worker thread
// reads and scans its files with the same engine. Results are merged in path order, so output never depends on
// scheduling. Small jobs stay on the main thread (starting a worker costs more than it saves).
import os from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { LineIndex } from "../engine/text";
import { fileNameFindings } from "../engine/scan";
import { DEFAULT_LOGGING, scanDocument } from "../fullScan";
import { forgetLoggingDocument } from "../logging";
import { forgetDocument } from "../parsing";
import type { Finding } from "../engine/types";
import { isBinary, readTextFile } from "../files";
import { classifyPkcs12, classifyPkcs12File, keystoreByName } from "../keystores";
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

export async function scanFileText(rel: string, text: string, options: ScanJobOptions): Promise<FileResult> {
  const logging = { ...DEFAULT_LOGGING, ...options.config.logging };
  const result = await scanDocument(text, scanOptionsFor(options.config, rel, { baseline: options.accepted }), { cacheKey: rel, logging });
  forgetDocument(rel); // the CLI never sees a file twice: keep no parse trees around
  forgetLoggingDocument(rel);
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

function nameFindings(rel: string, options: ScanJobOptions): FileFinding[] {
  return fileNameFindings(scanOptionsFor(options.config, rel, { baseline: options.accepted })).map((f) => ({
    ...f,
    path: rel,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  }));
}

export function flaggedByName(rel: string, options: ScanJobOptions): boolean {
  return nameFindings(rel, options).length > 0;
}

/** Findings about the whole file (keystores) sit at its first character. */
function atTopOfFile(rel: string, findings: Finding[]): FileFinding[] {
  return findings.map((f) => ({ ...f, path: rel, line: 1, column: 1, endLine: 1, endColumn: 1 }));
}

/**
 * A file's findings by name alone (keystores), judged by its bytes: an unprotected keystore stands, a protected
 * one is kept at info, anything that is not PKCS#12 after all is scanned as text. Undefined when the name
 * says nothing.
 */
function byNameOutcome(rel: string, options: ScanJobOptions, bytes: () => ReturnType<typeof classifyPkcs12>): FileResult | undefined {
  const outcome = keystoreByName(scanOptionsFor(options.config, rel, { baseline: options.accepted }), bytes);
  return outcome && { rel, bytes: 0, findings: atTopOfFile(rel, outcome.findings), skipped: outcome.skipped };
}

export async function scanFileJob(job: FileJob, options: ScanJobOptions): Promise<FileResult> {
  const keystore = byNameOutcome(job.rel, options, () => classifyPkcs12File(job.abs));
  if (keystore) return keystore;
  const read = readTextFile(job.abs, options.maxBytes);
  if ("skipped" in read) return { rel: job.rel, bytes: 0, findings: [], skipped: read.skipped };
  return scanFileText(job.rel, read.text, options);
}

/** Content that is not on disk (`--staged` reads the index): same path as scanFileJob. */
export async function scanFileBytes(rel: string, buf: Buffer, options: ScanJobOptions): Promise<FileResult> {
  const keystore = byNameOutcome(rel, options, () => classifyPkcs12(buf));
  if (keystore) return keystore;
  if (isBinary(buf)) return { rel, bytes: 0, findings: [], skipped: "binary" };
  return scanFileText(rel, buf.toString("utf8"), options);
}

async function scanSequentially(jobs: FileJob[], options: ScanJobOptions): Promise<FileResult[]> {
  const out: FileResult[] = [];
  for (const job of jobs) out.push(await scanFileJob(job, options));
  return out;
}

const BATCH = 16;
const MIN_FILES_FOR_WORKERS = 200;
/** Batches queued per worker, so a worker never idles while its results travel back and the next batch comes. */
const IN_FLIGHT = 2;

/**
 * How many threads scan. HUSH_THREADS overrides it. The logged-credential analysis (tree-sitter parsing, compact
 * CPU-bound work) scales with cores, so it gets one worker per core. The secret rules alone are bound by memory and
 * the garbage collector, which V8 already runs on a second core: on one or two cores the main thread alone is
 * fastest, as a worker's start-up (~0.1 s) costs more than it saves (measured in docs/performance.md).
 */
function scanningThreads(options: ScanJobOptions): number {
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  const heavy = options.config.logging?.enable !== false;
  return Math.min(Number(process.env.HUSH_THREADS) || (heavy || cores >= 3 ? cores : 1), 8);
}

/**
 * Scans the jobs an iterator yields. Only a job list long enough to pay for workers starts them: the first batches
 * are posted at once (each worker queues them while it boots) and the main thread walks the rest of the tree
 * meanwhile, then only keeps the workers' queues full, so walking and scanning overlap and no worker waits.
 */
export async function scanFiles(jobs: Iterable<FileJob>, options: ScanJobOptions): Promise<FileResult[]> {
  const threads = scanningThreads(options);
  const source = jobs[Symbol.iterator]();
  const pending: FileJob[] = [];
  for (let r = source.next(); !r.done; r = source.next()) {
    pending.push(r.value);
    if (pending.length >= MIN_FILES_FOR_WORKERS) break;
  }
  if (threads < 2 || pending.length < MIN_FILES_FOR_WORKERS || !process.argv[1]) {
    for (let r = source.next(); !r.done; r = source.next()) pending.push(r.value);
    return byPath(await scanSequentially(pending, options));
  }
  const script = process.argv[1];
  const results: FileResult[] = [];
  const workers = Array.from({ length: threads }, () => new Worker(script, { workerData: { hushScanWorker: true, options } }));
  const inFlight = new Map<Worker, number>(workers.map((w) => [w, 0]));
  const post = (worker: Worker): boolean => {
    const batch = pending.splice(0, BATCH);
    if (batch.length === 0) return false;
    worker.postMessage(batch);
    inFlight.set(worker, (inFlight.get(worker) ?? 0) + 1);
    return true;
  };
  // Prime every worker from the head of the walk, then finish walking while they boot.
  for (let round = 0; round < IN_FLIGHT; round++) for (const w of workers) post(w);
  for (let r = source.next(); !r.done; r = source.next()) pending.push(r.value);
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          const finishIfDone = (): void => {
            if ((inFlight.get(worker) ?? 0) > 0) return;
            void worker.terminate();
            resolve();
          };
          worker.on("message", (batchResults: FileResult[]) => {
            for (const r of batchResults) results.push(r);
            inFlight.set(worker, (inFlight.get(worker) ?? 1) - 1);
            while ((inFlight.get(worker) ?? 0) < IN_FLIGHT && post(worker)) {
              /* keep the queue full */
            }
            finishIfDone();
          });
          worker.on("error", reject);
          finishIfDone();
        }),
    ),
  );
  return byPath(results);
}

/** Output never depends on the thread count or scheduling. */
function byPath(results: FileResult[]): FileResult[] {
  return results.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

/** Worker entry: the CLI bundle runs this when started as a scan worker. */
export function runWorkerIfAsked(): boolean {
  if (isMainThread || !(workerData as { hushScanWorker?: boolean } | undefined)?.hushScanWorker) return false;
  const { options } = workerData as { options: ScanJobOptions };
  // Batches arrive ahead of need; they are scanned one after another (interleaving them at each await would finish
  // them all at once and leave the worker idle until the next ones came).
  let queue = Promise.resolve();
  parentPort?.on("message", (batch: FileJob[]) => {
    queue = queue.then(async () => {
      parentPort?.postMessage(await scanSequentially(batch, options));
    });
  });
  return true;
}
