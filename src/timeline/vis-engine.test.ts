import { Timeline } from 'vis-timeline/esnext';
import { describe, expect, it } from 'vitest';

// Against the real engine, not a stand-in: vis-engine.ts relies on these private members, and an
// upgrade that renames or drops one must fail here rather than quietly stop working.
describe('vis-timeline’s private members that vis-engine.ts uses', () => {
  it('still exist on a real Timeline', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const timeline = new Timeline(container, [], {
      start: new Date(0),
      end: new Date(86_400_000),
    });
    const engine = timeline as unknown as Record<string, unknown>;
    try {
      expect(engine.initialRangeChangeDone).toBe(false);
      expect(typeof engine._onResize).toBe('function');
    } finally {
      timeline.destroy();
      container.remove();
    }
  });
});
