/**
 * Draws share cards in worker threads (./render-worker.mjs), one per core:
 * at 500 essays the build draws over 500 cards, 20 ms or more each, which on
 * one thread made most of a cold build. Cards wait here and go to a worker
 * one at a time: resvg-js frees a card's 3 MB pixmap only when V8 collects
 * its object, and a worker that always has the next card waiting never
 * idles long enough to (all 560 cards handed out at once took a build at
 * 500 essays to 3.2 GB, two at a time to 2.2 GB, one at a time 1.3 GB, and
 * it was the fastest). Workers stop as soon as no card is left, so they
 * never hold a finished build's process open (a later card starts them
 * again).
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fontFiles } from './fonts';
import type { SatoriNode } from './node';

interface Job {
  element: SatoriNode;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** The card sent and not yet back, by id (one at most). */
  jobs: Map<number, Job>;
}

/** Workers: one per core (at least one), at most 4: beyond that the main thread's own work suffers. */
export const poolSize = () => Math.max(1, Math.min(4, availableParallelism()));

const queue: Job[] = [];
let slots: Slot[] = [];
let size = { width: 0, height: 0 };
let nextId = 0;
/** Set when a worker died: every card still to draw fails with it, rather than wait for ever. */
let broken: Error | undefined;

function fail(error: Error): void {
  broken ??= error;
  for (const job of [...queue, ...slots.flatMap((slot) => [...slot.jobs.values()])]) job.reject(broken);
  queue.length = 0;
  for (const slot of slots) slot.jobs.clear();
}

/**
 * The parent's Node options minus --input-type, which a worker started from a
 * file refuses (the build benchmark runs astro through node --input-type=module -e).
 */
const workerExecArgv = () => process.execArgv.filter((arg) => !arg.startsWith('--input-type'));

function stop(slot: Slot): void {
  slots = slots.filter((other) => other !== slot);
  slot.worker.removeAllListeners('exit');
  void slot.worker.terminate();
}

function startSlot(): Slot {
  const worker = new Worker(join(process.cwd(), 'src/og/render-worker.mjs'), {
    execArgv: workerExecArgv(),
    workerData: { ...size, fonts: fontFiles() },
  });
  const slot: Slot = { worker, jobs: new Map() };
  worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
    const job = slot.jobs.get(id);
    if (!job) return;
    slot.jobs.delete(id);
    if (error !== undefined) job.reject(new Error(`share card: ${error}`));
    else job.resolve(Buffer.from(png!.buffer, png!.byteOffset, png!.byteLength));
    pump();
  });
  worker.on('error', (error) => fail(new Error(`share card worker failed: ${error.message}`, { cause: error })));
  worker.on('exit', (code) => fail(new Error(`share card worker stopped (exit code ${code})`)));
  return slot;
}

/** Hands waiting cards to workers, starting workers as needed; stops them all once nothing is left. */
function pump(): void {
  while (queue.length > 0) {
    let slot = slots.find((candidate) => candidate.jobs.size === 0);
    if (!slot && slots.length < poolSize()) slots.push((slot = startSlot()));
    if (!slot) return;
    const job = queue.shift()!;
    const id = nextId++;
    slot.jobs.set(id, job);
    slot.worker.postMessage({ id, element: job.element });
  }
  // Nothing waits: stop the idle workers (a turn later, when more cards may have come).
  setImmediate(() => {
    if (queue.length === 0) for (const slot of slots.filter((candidate) => candidate.jobs.size === 0)) stop(slot);
  });
}

/** Whether workers are running (for tests: they stop once idle). */
export const running = () => slots.length > 0;

/** A card drawn to a PNG by a worker. */
export function drawInWorker(element: SatoriNode, width: number, height: number): Promise<Buffer> {
  if (broken) return Promise.reject(broken);
  size = { width, height };
  return new Promise<Buffer>((resolve, reject) => {
    queue.push({ element, resolve, reject });
    pump();
  });
}
