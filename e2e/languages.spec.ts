import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { dayEvent, type TestDataset } from './support/datasets.ts';
import { fulfillJson } from './support/guards.ts';

/**
 * The interface speaks Russian and English; the letter keeps its own words. These journeys walk
 * every view in both languages and read every text node and every spoken attribute: outside the
 * source's own words (marked with their language), nothing is in the other language.
 */

const ARSON_QUOTE =
  'In the evening, the office of JMG was destroyed by fire caused by an apparent arson attack.';
const RU_TITLE =
  'Совместное письмо президенту Путину: расследуйте нападения на правозащитников, осудите коллективные наказания';
const RU_ARSON = 'Офис СМГ уничтожен пожаром — по-\u2060видимому, в результате поджога';
const EN_ARSON = 'JMG office destroyed by fire in an apparent arson attack';

/**
 * The letter's own text, in lower case with its quotation marks as plain ones: the Russian
 * translations of the dataset give the letter's words first, then their Russian («has been
 * getting («получает»)», «в письме: “a certain Kalyapin”»), as their editor asked.
 */
const LETTER = (
  JSON.parse(readFileSync(new URL('../data/events.json', import.meta.url), 'utf8')) as {
    document: { paragraphs: { text: string }[] };
  }
).document.paragraphs
  .map((p) => p.text)
  .join('\n')
  .toLowerCase();

/**
 * What the reader sees or hears in the wrong language: text nodes and spoken attributes whose
 * nearest `lang` is the interface's, holding a letter of the other script. The source's words
 * carry their own `lang`; values that are no language (file names, checksums, a link's own
 * words) are marked `translate="no"` or are code; format names and units are the same in both.
 * In Russian, a run of Latin words that the letter has word for word is the letter's, quoted in
 * a Russian translation of the dataset (any other English, an interface message or a title left
 * untranslated, is still found).
 */
async function foreignText(page: Page, language: 'en' | 'ru'): Promise<string[]> {
  return page.evaluate(
    ([language, letter]) => {
      const wrong = language === 'ru' ? /[A-Za-z]/ : /[А-Яа-яЁё]/;
      // Format names, and the product's, the organisations' and their site's names, which Russian
      // writes in Latin letters; SMS, a Russian word in Latin letters; and the month-first date
      // that About quotes from the copy on hrw.org (not the letter's words, so not found below).
      const same =
        /SHA-256|CSL-JSON|BibTeX|RIS|CSV|JSON|\.txt|\.bib|\.ris|\.json|Source Timeline|Amnesty International|Front Line Defenders|Human Rights Watch|HRW\.org|hrw\.org|\bSMS\b|On\sDecember\s9/g;
      // A run of Latin words (with the digits, signs and hyphens between them) found in the letter.
      const letterWords = (text: string) =>
        language !== 'ru'
          ? text
          : text.replace(/[A-Za-z][A-Za-z0-9$!?'’\- ]*/g, (run) =>
              letter.includes(run.trim().toLowerCase()) ? '' : run,
            );
      const skipped = (element: Element | null) =>
        !element ||
        element.closest('script, style, noscript, template, code, [translate="no"]') !== null ||
        (element.closest('[lang]')?.getAttribute('lang') ?? language) !== language;
      const found: string[] = [];
      const check = (text: string, where: Element | null) => {
        if (!skipped(where) && wrong.test(letterWords(text.replace(same, ''))))
          found.push(text.trim());
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        check(node.textContent ?? '', node.parentElement);
      }
      for (const element of document.body.querySelectorAll(
        '[aria-label], [title], [placeholder], [alt]',
      )) {
        for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
          const value = element.getAttribute(name);
          if (value) check(value, element);
        }
      }
      check(document.title, document.documentElement);
      return found;
    },
    [language, LETTER] as const,
  );
}

const LAYOUTS = [
  {
    name: 'at 1280×800, in Kiritimati',
    use: { viewport: { width: 1280, height: 800 }, timezoneId: 'Pacific/Kiritimati' },
  },
  {
    name: 'on a 390×844 phone, in Honolulu',
    use: {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      timezoneId: 'Pacific/Honolulu',
    },
  },
];

const eventList = (page: Page, name: RegExp) => page.getByRole('navigation', { name });
const query = (page: Page) => new URL(page.url()).searchParams;

for (const layout of LAYOUTS) {
  test.describe(layout.name, () => {
    test.use(layout.use);

    test('a Russian reader walks every view in Russian, and switching the language keeps the view and adds to the history', async ({
      page,
    }) => {
      await page.goto('/?lang=ru&start=2014-12-01&end=2014-12-20');
      await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(RU_TITLE);
      await expect(page.locator('.vis-item').first()).toBeVisible();
      // The page title is plain text, with no bidi isolates around its fields.
      // The translated title is marked as one wherever it names the letter.
      await expect(page).toHaveTitle(
        /^Совместное письмо президенту Путину.* \(перевод\sзаголовка\) — Source Timeline$/,
      );
      await expect(page.getByRole('link', { name: 'Русский' })).toHaveAttribute(
        'aria-current',
        'true',
      );
      await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('lang', 'en');

      // The list: Russian titles, dates in Russian on the letter's calendar, wherever the reader is.
      const list = eventList(page, /События по порядку/);
      await expect(list.getByRole('heading')).toHaveText('События по порядку (20)');
      await expect(list).toContainText('13 декабря 2014 г.');
      await expect(list).toContainText('примерно 5–8 декабря 2014 г.');
      await expect(list).toContainText('между 14 и 16 декабря 2014 г.');
      await expect(list).toContainText(
        /примерно\sс\s2009\sг\.;\sпродолжалось\sи\s16\sдекабря\s2014\sг\./,
      );
      await expect(page.locator('.vis-time-axis.vis-foreground')).toContainText(/декабрь 2014|дек/);
      expect(await foreignText(page, 'ru')).toEqual([]);

      // An event: the panel in Russian, the letter's words in English, marked so.
      await list.getByRole('button', { name: new RegExp(RU_ARSON) }).click();
      const panel = page.getByRole('complementary', { name: RU_ARSON });
      await expect(panel).toBeVisible();
      await expect(panel.locator('h2')).toHaveAttribute('lang', 'ru');
      await expect(panel.locator('blockquote')).toHaveAttribute('lang', 'en');
      await expect(panel.locator('blockquote mark')).toHaveText(ARSON_QUOTE);
      await expect(panel.locator('.panel-date')).toContainText(
        '13 декабря 2014 г. · дата выведена из контекста, прямо не указана · в письме: «In the evening»',
      );
      await expect(panel.getByText('In the evening', { exact: true })).toHaveAttribute(
        'lang',
        'en',
      );
      await expect(panel).toContainText('Абзац 5');
      // The arson's sentence names no place, so the panel gives none (its summary says why).
      await expect(panel.locator('dt', { hasText: 'Место' })).toHaveCount(0);
      await expect(panel.locator('.summary')).toHaveAttribute('lang', 'ru');
      await expect(page.getByRole('status').filter({ hasText: 'Открыто:' })).toContainText(
        `Открыто: ${RU_ARSON}, 13 декабря 2014 г. (дата выведена из контекста)`,
      );
      const spaces = (text: string) => text.replace(/\u00a0/g, ' ');
      await expect
        .poll(async () => spaces(await page.title()))
        .toBe(spaces(`${RU_ARSON} — ${RU_TITLE} (перевод заголовка)`));
      expect(await foreignText(page, 'ru')).toEqual([]);

      // The citation formats and the Download menu.
      await panel.getByRole('button', { name: 'Форматы цитирования' }).click();
      await expect(panel.getByRole('radio', { name: 'Это событие (абзац 5)' })).toBeChecked();
      await expect(panel.getByRole('button', { name: 'Скопировать: BibTeX' })).toBeVisible();
      expect(await foreignText(page, 'ru')).toEqual([]);
      await panel.getByRole('button', { name: 'Форматы цитирования' }).click();
      const download = page.getByRole('button', { name: 'Скачать' }).first();
      await download.click();
      await expect(page.getByText('20 событий, для электронных таблиц')).toBeVisible();
      expect(await foreignText(page, 'ru')).toEqual([]);
      await download.click();

      // The keyboard shortcuts and their setting.
      const shortcuts = page.getByRole('button', { name: 'Быстрые клавиши' });
      await shortcuts.click();
      // Each command of the toolbar has its key, zoom in and zoom out each their own.
      await expect(
        page.getByRole('definition').filter({ hasText: /^Увеличить масштаб$/ }),
      ).toBeVisible();
      await expect(
        page.getByRole('checkbox', { name: /Использовать быстрые клавиши/ }),
      ).toBeVisible();
      expect(await foreignText(page, 'ru')).toEqual([]);
      await shortcuts.click();

      // Filters and search, with their counts.
      await page.getByRole('button', { name: /^Притеснения/ }).click();
      await expect(list.getByRole('heading')).toHaveText('События по порядку (2 из 20 событий)');
      await expect(panel).toContainText(
        'Это событие не соответствует текущим условиям поиска и фильтрам',
      );
      // The search and the facets are behind "Фильтры": open on a wide screen, closed on a phone.
      const phone = layout.use.viewport.width <= 720;
      const filters = page.getByRole('button', { name: 'Фильтры', exact: true });
      await expect(filters).toHaveAttribute('aria-expanded', String(!phone));
      if (phone) await filters.click();
      await page.getByRole('searchbox', { name: 'Поиск по событиям' }).fill('Каляпин');
      await expect(list.getByRole('heading')).toHaveText('События по порядку (1 из 20 событий)');
      await expect(page.getByRole('button', { name: 'Фильтры (включено: 1)' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Хронология' }).getByRole('status')).toHaveText(
        '1 из 20 событий',
      );
      expect(await foreignText(page, 'ru')).toEqual([]);

      // Switching to English keeps the open event, the window and the filters, and adds an entry.
      await expect.poll(() => query(page).get('q')).toBe('Каляпин');
      const before = query(page);
      await page.getByRole('link', { name: 'English' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('complementary', { name: EN_ARSON })).toBeVisible();
      const after = query(page);
      expect(after.get('lang')).toBe('en');
      for (const key of ['event', 'kind', 'q', 'start', 'end'])
        expect([key, after.get(key)]).toEqual([key, before.get(key)]);
      await expect(eventList(page, /Events in order/).getByRole('heading')).toHaveText(
        'Events in order (0 of 20 events)',
      );
      // The search is in the words on screen: the Russian title matched, the English one does not.
      await expect(page.getByText('No events match the search and filters.')).toBeVisible();
      expect(await foreignText(page, 'en')).toEqual([]);
      await page.goBack();
      await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
      await expect(page.getByRole('complementary', { name: RU_ARSON })).toBeVisible();
      // The link's lang=ru became the Russian pages' folder as soon as the reader moved.
      expect(new URL(page.url()).pathname).toBe('/ru/');
      expect(query(page).get('lang')).toBeNull();
      await page.goForward();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await page.getByRole('link', { name: 'Русский' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'ru');

      // The letter: its paragraphs in English, the reader around them in Russian.
      await page.getByRole('button', { name: 'Сбросить фильтры' }).first().click();
      await page.getByRole('button', { name: 'Читать письмо' }).click();
      const letter = page.getByRole('region', { name: 'Письмо' });
      await expect(letter.locator('ol > li > p')).toHaveCount(18);
      await expect(letter.locator('ol > li > p[lang="en"]')).toHaveCount(18);
      await expect(letter).toContainText('Выделенные слова цитируются в событиях');
      expect(await foreignText(page, 'ru')).toEqual([]);
      await letter.getByRole('button', { name: 'Закрыть письмо' }).click();

      // About this timeline.
      await page.getByRole('link', { name: 'Об этой хронологии' }).click();
      const about = page.getByRole('region', { name: 'Об этой хронологии' });
      await expect(about).toContainText(
        'В этой хронологии показано 20 событий из одного документа',
      );
      await expect(about).toContainText('датирован 16 декабря 2014 г. (Index: EUR 46/056/2014).');
      expect(await foreignText(page, 'ru')).toEqual([]);
      await about.getByRole('button', { name: 'Закрыть' }).click();
      await expect(about).toBeHidden();
    });

    test('notices and errors speak the reader’s language', async ({ page }) => {
      await page.goto(`/?lang=ru&event=no-such-event&q=${'ab'.repeat(150)}`);
      await expect(page.getByRole('heading', { name: /События по порядку/ })).toBeVisible();
      await expect(
        page.getByText('Ни одно событие не соответствует условиям поиска и фильтрам.'),
      ).toBeVisible();
      await expect(
        page.getByText(
          'Событие «no-such-event» не найдено: возможно, ссылка устарела или в ней опечатка.',
        ),
      ).toBeVisible();
      await expect(
        page.getByText(
          'Текст поиска в ссылке слишком длинный (300 символов); учитываются только первые 200.',
        ),
      ).toBeVisible();
      await expect(page.getByRole('button', { name: 'Показать всё' }).first()).toBeVisible();
      expect(await foreignText(page, 'ru')).toEqual([]);

      await page.goto('/?lang=ru&data=datasets/missing.json');
      const alert = page.getByRole('alert');
      await expect(alert.getByRole('heading')).toHaveText('Не удалось загрузить события');
      await expect(alert).toContainText(
        'сервер вернул код 404 (по этому адресу набора данных нет)',
      );
      await expect(alert.getByRole('button', { name: 'Повторить' })).toBeVisible();
      await expect(
        page.getByRole('button', { name: 'Загрузить набор данных по умолчанию' }),
      ).toBeVisible();
      expect(await foreignText(page, 'ru')).toEqual([]);

      // The same in English, with no Russian left.
      // A language the app does not speak: the browser's (English here) decides, and a notice says so.
      await page.goto('/?lang=fr&event=no-such-event');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(
        page.getByText('The event “no-such-event” was not found in this dataset.'),
      ).toBeVisible();
      await expect(
        page.getByText(
          'The link asks for the language “fr”, which this timeline does not speak yet.',
        ),
      ).toBeVisible();
      expect(await foreignText(page, 'en')).toEqual([]);
    });
  });
}

/** A dataset of `count` events, one a day from 1 December. */
function countedDataset(count: number): TestDataset {
  const days = Array.from({ length: count }, (_, i) => i + 1);
  return {
    document: {
      title: 'A counted letter',
      language: 'en',
      date: '2014-12-31',
      timeZone: 'Europe/Moscow',
      organisations: [],
      paragraphs: days.map((d) => ({ id: `p${d}`, text: `On ${d} December event ${d} happened.` })),
    },
    events: days.map((d) =>
      dayEvent(
        `event-${d}`,
        `2014-12-${String(d).padStart(2, '0')}`,
        `Event ${d}`,
        `p${d}`,
        `event ${d} happened`,
      ),
    ),
  };
}

test('counts follow each language’s plural rules', async ({ page }) => {
  for (const [count, russian, english, about] of [
    [1, '1 событие', '1 event', 'показано 1 событие'],
    [2, '2 события', '2 events', 'показаны 2 события'],
    [5, '5 событий', '5 events', 'показано 5 событий'],
    [21, '21 событие', '21 events', 'показано 21 событие'],
  ] as const) {
    await page.route(`**/datasets/count-${count}.json`, fulfillJson(countedDataset(count)));
    await page.goto(`/?data=datasets/count-${count}.json&lang=ru&about=1`);
    await expect(page.getByRole('region', { name: 'Об этой хронологии' })).toContainText(
      `В этой хронологии ${about} из одного документа`,
    );
    await page.getByRole('button', { name: 'Скачать' }).first().click();
    await expect(page.getByText(`${russian}, для электронных таблиц`)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Об этой хронологии' })).toContainText(
      'датирован 31 декабря 2014 г.Откуда взят текст',
    );
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const download = page.getByRole('button', { name: 'Download' }).first();
    if ((await download.getAttribute('aria-expanded')) !== 'true') await download.click();
    await expect(page.getByText(`${english}, for spreadsheets`)).toBeVisible();
  }
});

test('without a lang in the link, the browser’s language decides; a link’s lang wins over it', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(RU_TITLE);
  await expect(page.locator('.vis-item').first()).toBeVisible();
  await page.goto('/event/jmg-office-arson/');
  await expect(page.getByRole('complementary', { name: RU_ARSON })).toBeVisible();
  await page.goto('/?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Joint Letter to President Putin',
  );
  await context.close();
});

test('a Russian page is the app in Russian whatever the browser prefers, and switching moves between the pages, keeping the event and the window', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const window = '?start=2014-12-11&end=2014-12-16';
  await page.goto(`/ru/event/jmg-office-arson/${window}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('.vis-item').first()).toBeVisible();
  await expect(page.getByRole('complementary', { name: RU_ARSON })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Следующее событие' })).toBeVisible();
  expect(await foreignText(page, 'ru')).toEqual([]);

  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(`/event/jmg-office-arson/?lang=en&start=2014-12-11&end=2014-12-16`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('complementary', { name: EN_ARSON })).toBeVisible();
  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(`/ru/event/jmg-office-arson/${window}`);
  await expect(page.getByRole('complementary', { name: RU_ARSON })).toBeVisible();

  // Another event is the Russian folder's query form; Back returns to the page.
  await page.getByRole('button', { name: 'Следующее событие' }).click();
  await expect(page).toHaveURL(/\/ru\/\?event=police-forcibly-enter-jmg-apartment&start=/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await page.goBack();
  await expect(page).toHaveURL(`/ru/event/jmg-office-arson/${window}`);
  await expect(page.getByRole('complementary', { name: RU_ARSON })).toBeVisible();
  expect(errors).toEqual([]);
});
