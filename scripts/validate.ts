/**
 * Checks a dataset file against the Source Timeline format.
 *   npm run validate -- path/to/dataset.json
 * Prints the first 100 problems with their location (and how many more) and exits non-zero when there is any. It reads files
 * as the app does (UTF-8 with or without a byte-order mark, UTF-16 with one, at most 100 MB) and
 * writes every control character from a file as \uXXXX, so no value can drive the terminal.
 */
import { validateFiles } from './validate-files.ts';

process.exit(await validateFiles(process.argv.slice(2), console));
