import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { letterDataset, renderWithProviders } from '../test/render-with-providers.tsx';
import { formatCitation } from './format-citation.ts';
import { SourcePanel } from './SourcePanel.tsx';

const dataset = letterDataset();

function renderPanel(id: string) {
  const event = dataset.byId.get(id);
  if (!event) throw new Error(`no event ${id}`);
  const onClose = vi.fn();
  const onRead = vi.fn();
  renderWithProviders(
    <SourcePanel
      dataset={dataset}
      event={event}
      link={() => 'http://app.test/?event=x'}
      cite={(url) => formatCitation(dataset, event, url)}
      onClose={onClose}
      onRead={onRead}
    />,
  );
  return { onClose, onRead };
}

describe('SourcePanel', () => {
  it('names the aside after the event and quotes its paragraph with the words marked', () => {
    renderPanel('jmg-office-arson');
    const aside = screen.getByRole('complementary', {
      name: 'JMG office destroyed by fire in an apparent arson attack',
    });
    const quote = within(aside).getByRole('blockquote');
    expect(quote).toHaveTextContent(/^At a joint press conference, held on 11 December in Moscow/);
    const mark = quote.querySelector('mark');
    expect(mark).toHaveTextContent(
      'In the evening, the office of JMG was destroyed by fire caused by an apparent arson attack.',
    );
    expect(quote.querySelectorAll('mark')).toHaveLength(1);
    expect(aside).toHaveTextContent('Paragraph 5');
  });

  it('says the date as normalised and as the source words it, with its precision and place', () => {
    renderPanel('jmg-apartment-break-in-attempt');
    const aside = screen.getByRole('complementary');
    expect(aside).toHaveTextContent('13 December 2014');
    expect(aside).toHaveTextContent('the source says “Later that day”');
    expect(aside).toHaveTextContent(
      'Date inferred from the context, not stated, to a part of the day.',
    );
    expect(aside).not.toHaveTextContent(/stated in the source/);
    expect(aside).toHaveTextContent(
      'the day is the one of the demonstration in the sentence before',
    );
    expect(aside).toHaveTextContent('Grozny');
    expect(aside).toHaveTextContent('Unknown men');
    expect(aside).toHaveTextContent('Violence');
  });

  it('says a date stated in the source as stated', () => {
    renderPanel('police-forcibly-enter-jmg-apartment');
    const aside = screen.getByRole('complementary');
    expect(aside).toHaveTextContent('14 December 2014 · the source says “On 14 December”');
    expect(aside).toHaveTextContent('Date stated in the source, to the day.');
    expect(aside).not.toHaveTextContent(/inferred/);
  });

  it('gives no source wording for a date the sentence does not give, and says how it was read', () => {
    renderPanel('police-confiscate-jmg-equipment');
    const aside = screen.getByRole('complementary');
    expect(aside).not.toHaveTextContent('the source says');
    expect(aside).toHaveTextContent('14 December 2014 · inferred, not stated');
    expect(aside).toHaveTextContent('Date inferred from the context, not stated, to the day.');
    expect(aside).toHaveTextContent('is read as the same day');
  });

  it('says an approximate span in words', () => {
    renderPanel('insurgent-family-homes-torched');
    const aside = screen.getByRole('complementary');
    expect(aside).toHaveTextContent('about 5–8 December 2014');
    expect(aside).toHaveTextContent('Date approximate, to a span of days.');
  });

  it('quotes each paragraph an event cites', () => {
    renderPanel('joint-letter-to-putin');
    expect(screen.getAllByRole('blockquote')).toHaveLength(3);
  });

  it('quotes the threats from paragraph 7 alone, not the letter’s general first paragraph', () => {
    renderPanel('kalyapin-death-threats');
    expect(screen.getAllByRole('blockquote')).toHaveLength(1);
    expect(screen.getByText('Paragraph 7')).toBeInTheDocument();
    expect(screen.queryByText('Paragraph 1')).not.toBeInTheDocument();
    const aside = screen.getByRole('complementary');
    expect(aside).toHaveTextContent('start not given, still going on 16 December 2014');
    expect(aside).toHaveTextContent('Still going on at the source’s date.');
    expect(aside).not.toHaveTextContent('to the day');
  });

  it('claims no day for pledges the letter does not date: only the latest possible day is known', () => {
    renderPanel('russia-leadership-pledges');
    const aside = screen.getByRole('complementary');
    expect(aside).toHaveTextContent(
      'No date given; only the latest possible day is known, inferred from the context.',
    );
    expect(aside).not.toHaveTextContent('to the day');
  });

  it('shows a paragraph two quotes come from once, with both quotes marked', () => {
    renderPanel('kadyrov-tv-accusation');
    const event = dataset.byId.get('kadyrov-tv-accusation');
    expect(new Set(event?.sources.map((s) => s.paragraph)).size).toBe(1);
    const [quote, ...others] = screen.getAllByRole('blockquote');
    expect(others).toHaveLength(0);
    expect(quote?.querySelectorAll('mark')).toHaveLength(2);
    expect(screen.getAllByText('Paragraph 4')).toHaveLength(1);
  });

  it('says why an event has its kind wherever the kind is a call or the letter’s reading', () => {
    renderPanel('jmg-lawyer-kept-out');
    const aside = screen.getByRole('complementary');
    expect(aside).toHaveTextContent('Police action (our call)');
    expect(aside).toHaveTextContent(
      'Why this kindListed under police action because it happened during the police search and questioning; the letter does not say who kept the lawyer out.',
    );
  });

  it('opens the letter at the paragraph and closes', async () => {
    const user = userEvent.setup();
    const { onClose, onRead } = renderPanel('grozny-insurgent-attack');
    await user.click(screen.getByRole('button', { name: 'Read in the letter' }));
    expect(onRead).toHaveBeenCalledWith('p6');
    await user.click(screen.getByRole('button', { name: 'Close event' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
