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

  it('is the page heading and title, and lists the first 20 details with how many more there are', () => {
    const details = Array.from({ length: 23 }, (_, i) => `events[${i}].edtf: not a date`);
    render(
      <ErrorMessage
        title="The events could not be loaded"
        message="23 problems found."
        details={details}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'The events could not be loaded',
    );
    expect(document.title).toContain('The events could not be loaded');
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(21);
    expect(items[19]).toHaveTextContent('events[19].edtf: not a date');
    expect(items[20]).toHaveTextContent('…and 3 more.');
    expect(alert).not.toHaveTextContent('events[20]');
  });
});
