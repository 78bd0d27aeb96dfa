import { lazy, useEffect, type ComponentType } from 'react';
import { useT } from '../i18n/use-t.ts';

/**
 * A menu's items, fetched with the first look at the menu (render them inside `Suspense`): only
 * readers who use the menu pay for them. If they cannot be fetched (offline), the menu says so,
 * and its next opening asks again.
 */
export function lazyItems<P extends object>(load: () => Promise<ComponentType<P>>) {
  function ItemsFailed() {
    const { t } = useT();
    // Closing the menu forgets the failure: the next opening fetches the items again.
    useEffect(
      () => () => {
        current = make();
      },
      [],
    );
    return <p role="status">{t('export.failed')}</p>;
  }
  const make = () =>
    lazy<ComponentType<P>>(() =>
      load().then(
        (component) => ({ default: component }),
        () => ({ default: ItemsFailed }),
      ),
    );
  let current = make();
  return {
    /** Starts the download when the reader is about to open the menu. */
    preload: () => {
      load().catch(() => undefined);
    },
    Items: (props: P) => {
      const Current = current;
      return <Current {...props} />;
    },
  };
}
