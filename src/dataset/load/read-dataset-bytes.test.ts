import { describe, expect, it } from 'vitest';
import { joinPieces, piecesBuffers } from './read-dataset-bytes.ts';

describe('piecesBuffers', () => {
  it('names each buffer behind the pieces once, so a shared one is handed over once', () => {
    const shared = new ArrayBuffer(8);
    const own = new Uint8Array([1, 2]);
    const pieces = [new Uint8Array(shared, 0, 4), own, new Uint8Array(shared, 4, 4)];
    expect(piecesBuffers({ pieces, total: 10 })).toEqual([shared, own.buffer]);
  });
});

describe('joinPieces', () => {
  it('joins the pieces of a download in order, whatever their sizes', () => {
    const pieces = [[1, 2, 3], [], [4], [5, 6]].map((p) => new Uint8Array(p));
    expect([...joinPieces(pieces, 6)]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('copies only the bytes a piece shows of a larger buffer', () => {
    const buffer = new Uint8Array([9, 9, 1, 2, 9, 9]).buffer;
    const pieces = [new Uint8Array(buffer, 2, 2), new Uint8Array([3])];
    expect([...joinPieces(pieces, 3)]).toEqual([1, 2, 3]);
  });

  it('gives an empty array for a download with no bytes', () => {
    expect(joinPieces([], 0).byteLength).toBe(0);
  });
});
