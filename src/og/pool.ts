/**
 * Draws share cards in worker threads (./render-worker.mjs), one per core:
 * at 500 essays the build draws over 500 cards, 20 ms or more each, which on
 * one thread made most of a cold build. Workers start with the first card
 * and stop as soon as no card is left to draw, so they never hold a finished
 * build's process open (a later card starts them again).
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fontFiles } from './fonts';
import type { SatoriNode } from './node';

interface Slot {
  worker: Worker;
  busy: number;
}

interface Job {
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

/** Workers: one per core (at least one), at most 4: beyond that the main thread's own work suffers. */
export const poolSize = () => Math.max(1, Math.min(4, availableParallelism()));

let slots: Slot[] | undefined;
const waiting = new Map<number, Job>();
let nextId = 0;
/** Set when a worker died: every card still to draw fails with it, rather than wait for ever. */
let broken: Error | undefined;

function fail(error: Error): void {
  broken ??= error;
  for (const job of waiting.values()) job.reject(broken);
  waiting.clear();
}

/** Stops the workers once no card is waiting (checked a turn later, when more may have come). */
function stopWhenIdle(): void {
  setImmediate(() => {
    if (waiting.size > 0 || !slots) return;
    const stopping = slots;
    slots = undefined;
    for (const { worker } of stopping) {
      worker.removeAllListeners('exit');
      void worker.terminate();
    }
  });
}

/**
 * The parent's Node options minus --input-type, which a worker started from a
 * file refuses (the build benchmark runs astro through node --input-type=module -e).
 */
const workerExecArgv = () => process.execArgv.filter((arg) => !arg.startsWith('--input-type'));

function start(width: number, height: number): Slot[] {
  const file = join(process.cwd(), 'src/og/render-worker.mjs');
  return Array.from({ length: poolSize() }, () => {
    const worker = new Worker(file, { execArgv: workerExecArgv(), workerData: { width, height, fonts: fontFiles() } });
    const slot: Slot = { worker, busy: 0 };
    worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
      const job = waiting.get(id);
      if (!job) return;
      waiting.delete(id);
      slot.busy -= 1;
      if (error !== undefined) job.reject(new Error(`share card: ${error}`));
      else job.resolve(Buffer.from(png!.buffer, png!.byteOffset, png!.byteLength));
      if (waiting.size === 0) stopWhenIdle();
    });
    worker.on('error', (error) => fail(new Error(`share card worker failed: ${error.message}`, { cause: error })));
    worker.on('exit', (code) => fail(new Error(`share card worker stopped (exit code ${code})`)));
    return slot;
  });
}

/** Whether workers are running (for tests: they stop once idle). */
export const running = () => slots !== undefined;

/** A card drawn to a PNG by the least busy worker. */
export function drawInWorker(element: SatoriNode, width: number, height: number): Promise<Buffer> {
  if (broken) return Promise.reject(broken);
  slots ??= start(width, height);
  const slot = slots.reduce((least, candidate) => (candidate.busy < least.busy ? candidate : least));
  return new Promise<Buffer>((resolve, reject) => {
    const id = nextId++;
    waiting.set(id, { resolve, reject });
    slot.busy += 1;
    slot.worker.postMessage({ id, element });
  });
}
