import { describe, expect, it } from 'vitest';
import { ahrBandOf } from '../../../../main/core/health/ahr-bands';

describe('ahrBandOf', () => {
  it('puts each score in Amazon’s band, the lower edge of a band belonging to it', () => {
    expect(ahrBandOf(1000)).toBe('healthy');
    expect(ahrBandOf(200)).toBe('healthy');
    expect(ahrBandOf(199)).toBe('atRisk');
    expect(ahrBandOf(100)).toBe('atRisk');
    expect(ahrBandOf(99)).toBe('unhealthy');
    expect(ahrBandOf(0)).toBe('unhealthy');
  });
});
