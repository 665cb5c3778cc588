import type { ConfigIssue, ValidationIssue } from '@tuneline/core';

/** GitHub shows at most this many annotations of each kind per step, and drops the rest. */
export const annotationsPerKind = 10;

/** One workflow annotation, as `core.error`/`warning`/`notice` take it. */
export interface Annotation {
  readonly kind: 'error' | 'warning' | 'notice';
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

/** A dataset's issues, or a config file's, with the path annotations point at. */
export type AnnotatedFile =
  | { readonly file: string; readonly issues: readonly ValidationIssue[]; readonly omitted: number }
  | { readonly file: string; readonly configIssues: readonly ConfigIssue[] };

function toAnnotations(source: AnnotatedFile): Annotation[] {
  if ('configIssues' in source) {
    return source.configIssues.map((issue) => ({
      kind: 'error' as const,
      message: `${issue.message} ${issue.hint} (${issue.code})`,
      file: source.file,
      ...(issue.line === null ? {} : { line: issue.line }),
      ...(issue.column === null ? {} : { column: issue.column }),
    }));
  }
  return source.issues.map((issue) => ({
    kind: issue.severity,
    message: [
      issue.path === undefined ? '' : `${issue.path}:`,
      issue.message,
      issue.hint,
      `(${issue.code})`,
    ]
      .filter((part) => part !== '')
      .join(' '),
    file: source.file,
    ...(issue.line === undefined ? {} : { line: issue.line }),
    ...(issue.column === undefined ? {} : { column: issue.column }),
  }));
}

/**
 * Chooses the annotations a step shows: the first 10 errors and 10 warnings on their exact lines,
 * then, if any are left out, one notice saying how many and where to find them.
 */
export function selectAnnotations(
  sources: readonly AnnotatedFile[],
  /** Slots of each kind the step already used for other annotations. */
  used: Partial<Record<Annotation['kind'], number>> = {},
): Annotation[] {
  const all = sources.flatMap(toAnnotations);
  const omittedElsewhere = sources.reduce(
    (sum, source) => sum + ('omitted' in source ? source.omitted : 0),
    0,
  );
  const chosen: Annotation[] = [];
  const counts = { error: used.error ?? 0, warning: used.warning ?? 0, notice: used.notice ?? 0 };
  let left = omittedElsewhere;
  for (const annotation of all) {
    // One notice slot stays free for the "more issues" notice.
    const cap = annotation.kind === 'notice' ? annotationsPerKind - 1 : annotationsPerKind;
    if (counts[annotation.kind] < cap) {
      chosen.push(annotation);
      counts[annotation.kind]++;
    } else left++;
  }
  if (left > 0 && counts.notice < annotationsPerKind) {
    chosen.push({
      kind: 'notice',
      message: `${left} more issue${left === 1 ? '' : 's'}: see the job summary.`,
    });
  }
  return chosen;
}
