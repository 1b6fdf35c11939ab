/**
 * Which of a renderer's allocators holds its memory, from Chromium's memory-infra: a trace with the
 * `disabled-by-default-memory-infra` category and one explicit dump (CDP `Tracing.requestMemoryDump`).
 * Each process writes its dump as trace events of phase `v`: `args.dumps.allocators` maps an allocator's
 * path (`malloc`, `malloc/allocated_objects`, `cc/tile_memory/provider_…`, `v8/main/heap/…`) to attributes
 * whose values are hexadecimal byte counts; `args.dumps.process_totals` holds the process's totals.
 *
 * `effective_size` is the size after memory-infra resolved ownership (the compositor's tiles live in
 * shared memory: with `size` they are counted twice, under `cc` and under `shared_memory`), so the
 * top-level allocators' effective sizes add up without double counting.
 */

/** one trace event as CDP's `Tracing.dataCollected` delivers it (only what is read here) */
export interface TraceEvent {
  ph: string;
  pid: number;
  args?: {
    dumps?: {
      allocators?: Record<string, { attrs?: Record<string, { value?: string } | undefined> }>;
      process_totals?: Record<string, unknown>;
    };
  };
}

/** MB per allocator path (effective size, else size), and `totals/<name>` for the process totals */
export type AllocatorSizes = Record<string, number>;

const MB = 2 ** 20;

function bytes(hex: unknown): number | null {
  if (typeof hex !== 'string' || !/^[0-9a-f]+$/i.test(hex)) return null;
  return parseInt(hex, 16) / MB;
}

/** the allocators of one process's dump in `events` (a later event for the same path replaces an earlier one) */
export function allocatorSizes(events: readonly TraceEvent[], pid: number): AllocatorSizes {
  const sizes: AllocatorSizes = {};
  for (const event of events) {
    if (event.ph !== 'v' || event.pid !== pid) continue;
    const dumps = event.args?.dumps;
    for (const [path, dump] of Object.entries(dumps?.allocators ?? {})) {
      const size = bytes(dump.attrs?.effective_size?.value) ?? bytes(dump.attrs?.size?.value);
      if (size !== null) sizes[path] = size;
    }
    for (const [name, value] of Object.entries(dumps?.process_totals ?? {})) {
      const size = bytes(value);
      if (size !== null) sizes[`totals/${name}`] = size;
    }
  }
  return sizes;
}

/**
 * What the editor's reload rows are split into: the allocators that hold a renderer's memory, as
 * top-level memory-infra paths (effective sizes, so they do not overlap; a row may add several), and
 * malloc's live objects (the rest of malloc is free pages and thread caches the allocator keeps).
 */
export const ALLOCATOR_ROWS: ReadonlyArray<{ paths: readonly string[]; label: string }> = [
  // the tiles are shared memory that cc owns: their size is split between the two paths
  { paths: ['cc', 'shared_memory'], label: 'tiles + other shared memory' },
  { paths: ['malloc'], label: 'malloc (PartitionAlloc), all' },
  { paths: ['malloc/allocated_objects'], label: 'malloc, of it live objects' },
  { paths: ['v8'], label: 'V8 heaps' },
  { paths: ['blink_gc', 'blink_objects', 'partition_alloc'], label: 'Blink: GC heap, DOM, buffers' },
  { paths: ['skia', 'font_caches', 'web_cache'], label: 'glyph, font, memory caches' },
  { paths: ['totals/private_footprint_bytes'], label: 'private footprint' },
];

/** growth of each of ALLOCATOR_ROWS from one dump to a later one, MB (an allocator absent from a dump counts 0) */
export function allocatorGrowth(
  before: AllocatorSizes,
  after: AllocatorSizes,
): Array<{ label: string; growth: number }> {
  const sum = (sizes: AllocatorSizes, paths: readonly string[]) => paths.reduce((mb, p) => mb + (sizes[p] ?? 0), 0);
  return ALLOCATOR_ROWS.map(({ paths, label }) => ({ label, growth: sum(after, paths) - sum(before, paths) }));
}
