import { afterEach, describe, expect, it } from 'vitest';
import { keepFocus } from './focus-keeper.ts';

/** Lets the mutation observer run, and the rescue it schedules. */
const settle = async () => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await new Promise((resolve) => setTimeout(resolve, 0));
};

function element(
  tag: string,
  text: string,
  attributes: Record<string, string> = {},
  ...children: HTMLElement[]
) {
  const el = document.createElement(tag);
  el.textContent = text;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

function page() {
  const home = { tabindex: '-1', 'data-focus-home': '' };
  const root = element(
    'div',
    '',
    {},
    element('h1', 'Letter', home),
    element('button', 'First', { id: 'first' }),
    element(
      'aside',
      '',
      {},
      element('h2', 'Open event', home),
      element('button', 'Next', { id: 'inside' }),
    ),
    element('h2', 'Closed view', { ...home, hidden: '' }),
  );
  document.body.append(root);
  const get = (selector: string) => {
    const found = root.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`No ${selector}`);
    return found;
  };
  return { root, stop: keepFocus(root), get };
}

describe('keepFocus', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('moves focus to the last visible home when the focused element leaves the page', async () => {
    const { get, stop } = page();
    get('#inside').focus();
    get('#inside').remove();
    await settle();
    expect(document.activeElement).toBe(get('aside h2'));
    stop();
  });

  it('goes to the page heading when the panel that held focus goes with its heading', async () => {
    const { get, stop } = page();
    get('#inside').focus();
    get('aside').remove();
    await settle();
    expect(document.activeElement).toBe(get('h1'));
    stop();
  });

  it('leaves focus alone when the app has already moved it, or when nothing was removed', async () => {
    const { get, stop } = page();
    get('#inside').focus();
    get('#first').focus();
    get('#inside').remove();
    await settle();
    expect(document.activeElement).toBe(get('#first'));
    get('#first').blur();
    get('aside').append(document.createElement('p'));
    await settle();
    expect(document.activeElement).toBe(document.body);
    // Moved out of the part watched (a dialog of the page's own), then what had it goes.
    const outside = element('button', 'Outside');
    document.body.append(outside);
    get('aside').append(element('button', 'Later', { id: 'later' }));
    get('#later').focus();
    outside.focus();
    get('#later').remove();
    await settle();
    expect(document.activeElement).toBe(outside);
    stop();
  });

  it('lets a Tab finish when a popup removes its items while focus is moving on', async () => {
    const { get, stop } = page();
    get('#inside').focus();
    // The browser's Tab: focusout (the popup closes and its item goes), microtasks run, then
    // focus reaches the next control unless a script moved it meanwhile.
    get('#inside').remove();
    await Promise.resolve();
    if (document.activeElement === document.body) get('#first').focus();
    await settle();
    expect(document.activeElement).toBe(get('#first'));
    stop();
  });

  it('stops watching when asked to', async () => {
    const { get, stop } = page();
    stop();
    get('#inside').focus();
    get('#inside').remove();
    await settle();
    expect(document.activeElement).toBe(document.body);
  });
});
