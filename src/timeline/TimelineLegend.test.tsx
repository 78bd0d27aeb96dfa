import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/render-with-providers.tsx';
import { TimelineLegend } from './TimelineLegend.tsx';

describe('TimelineLegend', () => {
  it("isolates a kind's description in its tooltip, its own bidi controls and line breaks neutralised", () => {
    renderWithProviders(
      <TimelineLegend
        kinds={[
          { id: 'odd', label: 'Odd', description: 'desc \u202Eevil\u2029 line2', count: 2 },
          { id: 'plain', label: 'Plain', count: 1 },
        ]}
        chosen={[]}
        onToggle={vi.fn()}
      />,
    );
    const odd = screen.getByRole('button', { name: /Odd/ });
    expect(odd).toHaveAttribute('title', '\u2068desc  evil  line2\u2069');
    expect(screen.getByRole('button', { name: /Plain/ })).not.toHaveAttribute('title');
  });
});
