import { describe, expect, it } from 'vitest';
import { allocatorGrowth, allocatorSizes, type TraceEvent } from '../../bench/memory-infra';

const MB = 2 ** 20;
const hex = (mb: number) => Math.round(mb * MB).toString(16);

/** one process's dump as Chromium writes it: sizes in hex bytes, `effective_size` when ownership was resolved */
function dumpEvent(
  pid: number,
  allocators: Record<string, { size: number; effective?: number }>,
  totals: Record<string, number> = {},
): TraceEvent {
  return {
    ph: 'v',
    pid,
    args: {
      dumps: {
        allocators: Object.fromEntries(
          Object.entries(allocators).map(([path, { size, effective }]) => [
            path,
            {
              attrs: {
                size: { value: hex(size) },
                ...(effective === undefined ? {} : { effective_size: { value: hex(effective) } }),
              },
            },
          ]),
        ),
        process_totals: Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, hex(v)])),
      },
    },
  };
}

describe('memory-infra dumps (the editor bench reload rows)', () => {
  it("reads one process's allocators, preferring the effective size, and its totals", () => {
    const events: TraceEvent[] = [
      dumpEvent(1, { malloc: { size: 99 } }),
      dumpEvent(7, { cc: { size: 21, effective: 10.5 }, malloc: { size: 26.25 } }, { private_footprint_bytes: 40 }),
      { ph: 'X', pid: 7 },
    ];
    const sizes = allocatorSizes(events, 7);
    expect(sizes['cc']).toBeCloseTo(10.5, 6);
    expect(sizes['malloc']).toBeCloseTo(26.25, 6);
    expect(sizes['totals/private_footprint_bytes']).toBeCloseTo(40, 6);
    expect(Object.keys(sizes).sort()).toEqual(['cc', 'malloc', 'totals/private_footprint_bytes']);
  });

  it('takes the later of two events for the same path, and skips values that are not hex byte counts', () => {
    const later = dumpEvent(7, { malloc: { size: 30 } });
    const odd: TraceEvent = {
      ph: 'v',
      pid: 7,
      args: { dumps: { allocators: { v8: { attrs: { size: { value: 'n/a' } } } }, process_totals: { flag: true } } },
    };
    const sizes = allocatorSizes([dumpEvent(7, { malloc: { size: 20 } }), later, odd], 7);
    expect(sizes['malloc']).toBeCloseTo(30, 6);
    expect(sizes['v8']).toBeUndefined();
    expect(sizes['totals/flag']).toBeUndefined();
  });

  it('adds the paths of a row (tiles are split between cc and shared memory) and counts a missing path as 0', () => {
    const before = allocatorSizes(
      [dumpEvent(7, { cc: { size: 14, effective: 7 }, shared_memory: { size: 15, effective: 8 } })],
      7,
    );
    const after = allocatorSizes(
      [
        dumpEvent(7, {
          cc: { size: 21, effective: 10.5 },
          shared_memory: { size: 22, effective: 11.5 },
          skia: { size: 0.25 },
        }),
      ],
      7,
    );
    const growth = Object.fromEntries(allocatorGrowth(before, after).map((g) => [g.label, g.growth]));
    expect(growth['tiles + other shared memory']).toBeCloseTo(7, 6);
    expect(growth['glyph, font, memory caches']).toBeCloseTo(0.25, 6);
    expect(growth['malloc (PartitionAlloc), all']).toBe(0);
  });
});
