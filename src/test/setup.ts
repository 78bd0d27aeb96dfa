import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor wait for the page to render, however long a loaded machine takes: their
// limit catches a hang, not a slow machine (the test's own limit is 60 s, vite.config.ts).
configure({ asyncUtilTimeout: 30_000 });

afterEach(() => {
  cleanup();
});
