// Heap measurement for the benches (exact only under node --expose-gc).
export const gc = (globalThis as { gc?: () => void }).gc;
export const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
/**
 * The heap after gc, repeated until it stops shrinking: V8 also drops the bytecode of functions not run for a few
 * collections, so right after other work one gc can free a megabyte that has nothing to do with what is measured.
 */
const settledHeap = () => {
  let h = heap();
  for (let i = 0; i < 10; i++) {
    const next = heap();
    if (Math.abs(next - h) < 16 * 1024) return next;
    h = next;
  }
  return h;
};
/**
 * settledHeap once the current job has ended: objects a WeakRef was created for or dereferenced in this job are
 * kept alive until it ends (so a page hydrated just before would still count).
 */
export const quietHeap = async () => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  return settledHeap();
};
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
