import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QuotedRuns } from './QuotedRuns.tsx';

describe('QuotedRuns', () => {
  it('marks the letter’s English quoted in a Russian note with its language, and keeps the text', () => {
    const text = 'Слова «has been getting» (получает) и «Притеснения» — в письме.';
    const { container } = render(
      <p>
        <QuotedRuns text={text} lang="ru" quotesLang="en" />
      </p>,
    );
    expect(container.textContent).toBe(text);
    const marked = [...container.querySelectorAll('[lang="en"]')].map((e) => e.textContent);
    expect(marked).toEqual(['has been getting']);
  });

  it('leaves a note in the letter’s own language as it is', () => {
    const { container } = render(<QuotedRuns text="«words»" lang="en" quotesLang="en" />);
    expect(container.querySelector('[lang]')).toBeNull();
  });
});
