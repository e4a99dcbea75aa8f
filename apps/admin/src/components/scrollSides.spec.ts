import { describe, expect, it } from '@jest/globals';
import { hiddenSides } from './scrollSides';

describe('hiddenSides', () => {
  it('says none when the table fits its box', () => {
    // 340 px of content in a 340 px box.
    expect(hiddenSides({ scrollLeft: 0, scrollWidth: 340, clientWidth: 340 })).toBe('none');
  });

  it('says right before the user has scrolled a table wider than its box', () => {
    // The «behind plan» table on a phone: 737 px of content in 340 px; 0 + 340 < 737 − 1.
    expect(hiddenSides({ scrollLeft: 0, scrollWidth: 737, clientWidth: 340 })).toBe('right');
  });

  it('says left right in the middle and left at the end', () => {
    // 200 + 340 = 540 < 736: more on both sides; 397 + 340 = 737: the end is in view.
    expect(hiddenSides({ scrollLeft: 200, scrollWidth: 737, clientWidth: 340 })).toBe('left right');
    expect(hiddenSides({ scrollLeft: 397, scrollWidth: 737, clientWidth: 340 })).toBe('left');
  });

  it('ignores the last pixel a zoomed page rounds either way', () => {
    // 396.5 + 340 = 736.5, not < 736; 1 is not > 1.
    expect(hiddenSides({ scrollLeft: 396.5, scrollWidth: 737, clientWidth: 340 })).toBe('left');
    expect(hiddenSides({ scrollLeft: 1, scrollWidth: 341, clientWidth: 340 })).toBe('none');
  });
});
