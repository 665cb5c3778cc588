import { describe, expect, it } from 'vitest';
import { paginate } from './paginate.js';

const items = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));

describe('paginate', () => {
  it('returns the items after the cursor, at most limit, and whether more follow', () => {
    expect(paginate(items, { limit: 2 })).toEqual({
      data: [{ id: 'a' }, { id: 'b' }],
      has_more: true,
    });
    expect(paginate(items, { after: 'b', limit: 2 })).toEqual({
      data: [{ id: 'c' }, { id: 'd' }],
      has_more: true,
    });
    expect(paginate(items, { after: 'd', limit: 2 })).toEqual({
      data: [{ id: 'e' }],
      has_more: false,
    });
  });

  it('answers an empty page after an unknown cursor', () => {
    expect(paginate(items, { after: 'zzz', limit: 2 })).toEqual({ data: [], has_more: false });
  });
});
