import { describe, expect, it } from 'vitest';
import { vandaagInNederland } from '../vandaag';

describe('vandaag in Nederland', () => {
  it('is de Nederlandse datum, ook als de browser op UTC staat', () => {
    // 23:30 UTC on 3 December is 00:30 on 4 December in Rotterdam (winter time, UTC+1)
    expect(vandaagInNederland(new Date('2026-12-03T23:30:00Z'))).toBe('2026-12-04');
    expect(vandaagInNederland(new Date('2026-12-03T22:59:59Z'))).toBe('2026-12-03');
    // summer time, UTC+2
    expect(vandaagInNederland(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
    expect(vandaagInNederland(new Date('2026-06-30T21:59:59Z'))).toBe('2026-06-30');
  });
});
