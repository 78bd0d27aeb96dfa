import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QuotedParagraph } from './QuotedParagraph.tsx';

describe('QuotedParagraph', () => {
  it('marks exactly the quoted words and keeps the rest as plain text', () => {
    const { container } = render(
      <QuotedParagraph text="One two three four." quotes={[{ quote: 'two three' }]} />,
    );
    expect(container.textContent).toBe('One two three four.');
    const marks = container.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]?.textContent).toBe('two three');
  });

  it('shows markup in the text as text, never as elements', () => {
    const text = 'Before <img src=x onerror="alert(1)"> after';
    const { container } = render(
      <QuotedParagraph text={text} quotes={[{ quote: '<img src=x onerror="alert(1)">' }]} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('mark')?.textContent).toBe('<img src=x onerror="alert(1)">');
  });

  it.each([
    ['prefix', { quote: 'police came', prefix: 'Later the ' }],
    ['suffix', { quote: 'police came', suffix: ' back' }],
  ])('marks the occurrence that the %s picks, not the first', (_what, selector) => {
    const text = 'The police came. Later the police came back.';
    const { container } = render(<QuotedParagraph text={text} quotes={[selector]} />);
    const marks = container.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]?.textContent).toBe('police came');
    expect(marks[0]?.previousSibling?.textContent).toBe('The police came. Later the ');
  });

  it('marks nothing when the quote is not in the paragraph', () => {
    const { container } = render(
      <QuotedParagraph text="Nothing here." quotes={[{ quote: 'missing' }]} />,
    );
    expect(container.querySelectorAll('mark')).toHaveLength(0);
    expect(container.textContent).toBe('Nothing here.');
  });
});
