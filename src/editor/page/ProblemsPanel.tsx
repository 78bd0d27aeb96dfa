import type { Problem } from '../../dataset/check/validate-dataset.ts';
import { useT } from '../../i18n/use-t.ts';
import { problemTarget, type ProblemTarget } from './problem-target.ts';

export interface ProblemsPanelProps {
  problems: readonly Problem[] | undefined;
  total: number;
  onGoTo: (target: ProblemTarget) => void;
}

/** The checker's problems with the draft, each with a way to the field it is about. */
export function ProblemsPanel({ problems, total, onGoTo }: ProblemsPanelProps) {
  const { t } = useT();
  return (
    <section className="editor-problems" aria-labelledby="problems-heading">
      <h2 id="problems-heading">{t('editor.problems.heading')}</h2>
      <p role="status">
        {problems === undefined
          ? t('editor.problems.checking')
          : t('editor.problems.count', { count: total })}
      </p>
      {problems && problems.length > 0 && (
        <ul>
          {problems.map((problem, i) => (
            <li key={`${problem.path}-${i}`}>
              <code>{problem.path}</code>: {problem.message}{' '}
              <button type="button" onClick={() => onGoTo(problemTarget(problem.path))}>
                {t('editor.problems.goTo')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
