import { describe, expect, it } from 'vitest';
import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import { escapeAsText } from './xss-as-text.ts';

describe('the engine’s strings', () => {
  it.each([
    ['plain words', 'plain words'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['Tom & "Jerry" \'s', 'Tom &amp; &quot;Jerry&quot; &#39;s'],
  ])('escapes %s whole', (text, markup) => {
    expect(escapeAsText(text)).toBe(markup);
  });

  it('shows a lane named by a string as its text, markup and all', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const name = '<b>Violence</b> & threats';
    const timeline = new Timeline(
      container,
      new DataSet([{ id: 1, group: 'g', content: 'x', start: new Date(2014, 11, 13) }]),
      new DataSet([{ id: 'g', content: name }]),
      {},
    );
    const label = container.querySelector('.vis-label .vis-inner');
    expect(label?.textContent).toBe(name);
    expect(label?.querySelector('b')).toBeNull();
    timeline.destroy();
    container.remove();
  });
});
