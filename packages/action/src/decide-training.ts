import { formatUsd } from '@tuneline/core';
import type { TrainingMode } from './read-action-inputs.js';

/** Who may spend money without a label: GitHub's `author_association` values for write access. */
export const trustedAssociations: readonly string[] = ['OWNER', 'MEMBER', 'COLLABORATOR'];

/** Everything the decision depends on, as plain facts. */
export interface TrainingGates {
  readonly mode: TrainingMode;
  /** `pull_request`, `push` to the default branch, or `workflow_dispatch`. */
  readonly trigger: 'pull_request' | 'push' | 'workflow_dispatch';
  readonly errorCount: number;
  readonly hasApiKey: boolean;
  readonly fromFork: boolean;
  readonly authorAssociation: string | null;
  readonly trainLabel: string;
  /** Whether the PR carries the train label at this head (the Action drops it after a push). */
  readonly labelled: boolean;
  readonly estimatedCostUsd: number | null;
  /** The lowest of the workflow's and the base branch's tuneline.json budgets; null when none. */
  readonly maxCostUsd: number | null;
  readonly possibleSecrets: number;
  /** False when the dataset is not in the base branch's tuneline.json (settings come from there). */
  readonly inBaseConfig: boolean;
  readonly readable: boolean;
}

export interface TrainingDecision {
  readonly train: boolean;
  /** Why not, one sentence each, in the order a reader should fix them; empty when it trains. */
  readonly reasons: readonly string[];
  /** What would start training, for the comment; null when it trains or nothing can. */
  readonly howToStart: string | null;
}

/**
 * Decides whether a dataset trains: every gate must be open (mode, valid data, API key, not a fork,
 * trusted author or label, budget, no possible credential, settings from the base branch).
 * @example decideTraining({ ...gates, fromFork: true }).reasons // ['The pull request comes from a fork: …']
 */
export function decideTraining(gates: TrainingGates): TrainingDecision {
  const reasons: string[] = [];
  const steps: string[] = [];
  if (gates.mode === 'validate') {
    reasons.push('The workflow runs in validate mode.');
    steps.push('set `mode: auto` or `mode: train` in the workflow');
  }
  if (!gates.readable) reasons.push('The dataset could not be read.');
  else if (gates.errorCount > 0) {
    reasons.push(`The dataset has ${gates.errorCount} error${gates.errorCount === 1 ? '' : 's'}.`);
    steps.push('fix the errors and push');
  }
  if (gates.possibleSecrets > 0) {
    reasons.push(
      'The dataset may contain a credential: it is never uploaded while one is suspected.',
    );
    steps.push('remove the credential and push');
  }
  if (gates.fromFork) {
    reasons.push(
      'The pull request comes from a fork: forks are validated, never trained (their runs get no secrets and must not spend them).',
    );
  }
  if (!gates.fromFork && !gates.hasApiKey && gates.mode !== 'validate') {
    reasons.push('No OpenAI API key was given to the Action.');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression shown to the user
    steps.push('pass `openai-api-key: ${{ secrets.OPENAI_API_KEY }}`');
  }
  if (gates.trigger === 'pull_request' && !gates.fromFork) {
    const trusted =
      gates.authorAssociation !== null && trustedAssociations.includes(gates.authorAssociation);
    if (!trusted && !gates.labelled) {
      reasons.push(
        `The author (${gates.authorAssociation ?? 'unknown association'}) is not an owner, member or collaborator, and the pull request has no \`${gates.trainLabel}\` label.`,
      );
      steps.push(`a maintainer adds the \`${gates.trainLabel}\` label (again after every push)`);
    }
  }
  if (!gates.inBaseConfig) {
    reasons.push(
      "The dataset is not in the base branch's tuneline.json: its training settings take effect after merge.",
    );
    steps.push('merge its tuneline.json entry first');
  }
  if (gates.maxCostUsd !== null) {
    if (gates.estimatedCostUsd === null) {
      reasons.push('The cost cannot be estimated for this model, and a budget is set.');
    } else if (gates.estimatedCostUsd > gates.maxCostUsd) {
      reasons.push(
        `The estimate (${formatUsd(gates.estimatedCostUsd)}) is over the budget (${formatUsd(gates.maxCostUsd)}).`,
      );
      steps.push('raise `max-cost-usd` (or maxCostUsd in tuneline.json on the base branch)');
    }
  }
  const train = reasons.length === 0;
  const howToStart =
    train || gates.fromFork || steps.length === 0
      ? gates.fromFork
        ? 'Push the branch to this repository (not a fork) to train it.'
        : null
      : `To train: ${steps.join('; ')}.`;
  return { train, reasons, howToStart };
}
