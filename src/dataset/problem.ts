import { escapeControls } from '../text/plain-text.ts';

/** One thing wrong with a dataset, located by its path: `events[3].sources[0].quote`. */
export interface Problem {
  path: string;
  message: string;
}

/** One line per problem, with any control character from the dataset written out (\u001B), never raw. */
export function formatProblem(problem: Problem): string {
  return escapeControls(`${problem.path}: ${problem.message}`);
}
