import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editedAtText } from '../../../renderer/home/edited-at';

/** what the home list showed before: the zh-CN formatter it no longer builds */
const ZH_CN = new Intl.DateTimeFormat('zh-CN', {
  hour12: false,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

describe('editedAtText', () => {
  it('writes what the zh-CN formatter writes, for any time from 2000 to 2099 (midnight and the last minute included)', () => {
    const times = fc.oneof(
      fc.date({ min: new Date(2000, 0, 1), max: new Date(2099, 11, 31, 23, 59), noInvalidDate: true }),
      fc
        .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 28 }))
        .chain(([y, m, d]) => fc.constantFrom(new Date(y, m, d, 0, 0), new Date(y, m, d, 23, 59, 59))),
    );
    fc.assert(
      fc.property(times, (date) => {
        // the formatter's midnight may be 24:00 in some ICU versions: the list means 00:00
        expect(editedAtText(date.toISOString())).toBe(ZH_CN.format(date).replace(' 24:', ' 00:'));
      }),
      { numRuns: 2000 },
    );
  });

  it('shows text that is not a time as it is', () => {
    expect(editedAtText('昨天')).toBe('昨天');
  });
});
