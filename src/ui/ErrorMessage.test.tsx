import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorMessage } from './ErrorMessage.tsx';

describe('ErrorMessage', () => {
  it('isolates the location and every quoted value of a detail in its own <bdi>', () => {
    const { container } = render(
      <ErrorMessage
        title="The events could not be loaded"
        message="The dataset does not follow the Source Timeline format: 1 problem found."
        details={['events[2].edtf: "14 דצמבר" is not a valid EDTF date, nor "x"']}
      />,
    );
    const detail = screen.getByRole('listitem');
    expect(detail).toHaveTextContent(
      'events[2].edtf: "14 דצמבר" is not a valid EDTF date, nor "x"',
    );
    expect([...container.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual([
      'events[2].edtf',
      '14 דצמבר',
      'x',
    ]);
  });
});
