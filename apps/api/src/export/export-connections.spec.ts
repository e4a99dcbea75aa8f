import { copyStreamsFor } from './export-connections.js';

describe('copyStreamsFor', () => {
  it('gives two connections while every export that may still start can have one, else one', () => {
    // 6 connections for at most 4 exports: 2 + 2 + 1 + 1
    let exports = 0;
    let connections = 0;
    const given: number[] = [];
    for (let i = 0; i < 4; i++) {
      const n = copyStreamsFor(2, exports, connections);
      given.push(n);
      exports++;
      connections += n;
    }
    expect(given).toEqual([2, 2, 1, 1]);
    expect(connections).toBe(6);
    // one stream asked for: always one
    expect([0, 1, 2, 3].map((running) => copyStreamsFor(1, running, running))).toEqual([1, 1, 1, 1]);
    // the first export of two has ended (2 + 1 + 1 running): the next, the last that may start, gets two
    expect(copyStreamsFor(2, 3, 4)).toBe(2);
    // two of one each running: two more may start, with two each
    expect(copyStreamsFor(2, 2, 2)).toBe(2);
    expect(copyStreamsFor(2, 3, 4)).toBe(2);
    // three running with five connections: one left
    expect(copyStreamsFor(2, 3, 5)).toBe(1);
  });
});
