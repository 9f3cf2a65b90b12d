import { describe, expect, it } from 'vitest';
import {
  isWithinRegionPath,
  normalizeRegionPath,
  regionPathAncestry,
  regionPathDepth,
} from '../../src/permissions/region-path.js';

describe('region paths', () => {
  it('normalizes slashes', () => {
    expect(normalizeRegionPath('35/3508')).toBe('/35/3508/');
    expect(normalizeRegionPath('//35/3508//')).toBe('/35/3508/');
    expect(normalizeRegionPath('')).toBe('/');
  });

  it('treats a region as within itself and its ancestors only', () => {
    expect(isWithinRegionPath('/35/3508/', '/35/3508/')).toBe(true);
    expect(isWithinRegionPath('/35/3508/350881/', '/35/')).toBe(true);
    expect(isWithinRegionPath('/35/', '/35/3508/')).toBe(false);
    expect(isWithinRegionPath('/35/35081/', '/35/3508/')).toBe(false);
  });

  it('lists the ancestry shallowest first and measures depth', () => {
    expect(regionPathAncestry('/35/3508/350881/')).toEqual(['/35/', '/35/3508/', '/35/3508/350881/']);
    expect(regionPathDepth('/35/3508/350881/')).toBe(3);
  });
});
