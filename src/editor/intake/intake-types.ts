import { LIMITS, LIST_LIMITS } from '../../dataset/check/check-limits.ts';
import { MAX_DATASET_BYTES } from '../../dataset/load/read-dataset-bytes.ts';

export interface IntakeParagraph {
  id: string;
  text: string;
}

/** What the file itself says of the document; each field only where the file gives it. */
export interface DocumentFields {
  title?: string;
  authors?: string[];
  /** `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`), as far as the file gives it. */
  date?: string;
  language?: string;
}

export interface DocumentIntake {
  paragraphs: IntakeParagraph[];
  fileName: string;
  /** SHA-256 of the file's bytes as opened, lower-case hex. */
  sha256: string;
  fields: DocumentFields;
}

/** Why a file gave no document; the UI says it in words (codes only here). */
export type IntakeRefusal =
  | { code: 'unsupported-type' }
  | { code: 'file-too-large'; size: number; max: number }
  | { code: 'too-many-paragraphs'; count: number; max: number }
  | { code: 'paragraph-too-long'; paragraph: number; length: number; max: number }
  | { code: 'encrypted' }
  /** A PDF with no text to select (a scan?). */
  | { code: 'no-text' }
  | { code: 'unreadable' };

export class IntakeRefused extends Error {
  readonly refusal: IntakeRefusal;
  constructor(refusal: IntakeRefusal, cause?: unknown) {
    super(`The file was refused: ${refusal.code}`, { cause });
    this.name = 'IntakeRefused';
    this.refusal = refusal;
  }
}

/** The limits a dataset's document has (src/dataset/check/check-limits.ts), for a file's text. */
export const INTAKE_LIMITS = {
  bytes: MAX_DATASET_BYTES,
  paragraphs: LIST_LIMITS.paragraphs.max,
  paragraphLength: LIMITS.paragraphLength,
} as const;

/** Numbered paragraphs (`p1`, `p2`…) of texts, empty ones left out; refused beyond the limits. */
export function toParagraphs(texts: readonly string[]): IntakeParagraph[] {
  const kept = texts.filter((text) => text.trim() !== '');
  if (kept.length > INTAKE_LIMITS.paragraphs) {
    throw new IntakeRefused({
      code: 'too-many-paragraphs',
      count: kept.length,
      max: INTAKE_LIMITS.paragraphs,
    });
  }
  return kept.map((text, index) => {
    if (text.length > INTAKE_LIMITS.paragraphLength) {
      throw new IntakeRefused({
        code: 'paragraph-too-long',
        paragraph: index + 1,
        length: text.length,
        max: INTAKE_LIMITS.paragraphLength,
      });
    }
    return { id: `p${index + 1}`, text };
  });
}
