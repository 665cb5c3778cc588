import { describe, expect, it } from 'vitest';
import { decideTraining, type TrainingGates } from './decide-training.js';

const open: TrainingGates = {
  mode: 'auto',
  trigger: 'pull_request',
  errorCount: 0,
  hasApiKey: true,
  fromFork: false,
  authorAssociation: 'MEMBER',
  trainLabel: 'fine-tune',
  labelled: false,
  estimatedCostUsd: 0.5,
  maxCostUsd: 1,
  possibleSecrets: 0,
  inBaseConfig: true,
  readable: true,
};

describe('decideTraining', () => {
  it('trains when every gate is open', () => {
    expect(decideTraining(open)).toEqual({ train: true, reasons: [], howToStart: null });
  });

  it('never trains a fork, even labelled and trusted, and says to push to the repository', () => {
    const decision = decideTraining({
      ...open,
      fromFork: true,
      labelled: true,
      authorAssociation: 'OWNER',
    });
    expect(decision.train).toBe(false);
    expect(decision.reasons.join(' ')).toContain('fork');
    expect(decision.howToStart).toContain('not a fork');
  });

  it('lets an untrusted author train only with the label', () => {
    const untrusted = decideTraining({ ...open, authorAssociation: 'CONTRIBUTOR' });
    expect(untrusted.train).toBe(false);
    expect(untrusted.howToStart).toContain('`fine-tune` label');
    expect(
      decideTraining({ ...open, authorAssociation: 'FIRST_TIME_CONTRIBUTOR', labelled: true })
        .train,
    ).toBe(true);
    expect(decideTraining({ ...open, authorAssociation: null }).train).toBe(false);
  });

  it('refuses over the budget, and when a budget is set but the cost is unknown', () => {
    expect(decideTraining({ ...open, estimatedCostUsd: 1.01 }).reasons).toEqual([
      'The estimate ($1.01) is over the budget ($1.00).',
    ]);
    expect(decideTraining({ ...open, estimatedCostUsd: null }).train).toBe(false);
    expect(decideTraining({ ...open, estimatedCostUsd: 50, maxCostUsd: null }).train).toBe(true);
  });

  it('refuses invalid data, suspected credentials, a missing key, validate mode and settings not on the base branch', () => {
    for (const gates of [
      { errorCount: 2 },
      { possibleSecrets: 1 },
      { hasApiKey: false },
      { mode: 'validate' as const },
      { inBaseConfig: false },
      { readable: false },
    ]) {
      const decision = decideTraining({ ...open, ...gates });
      expect(decision.train, JSON.stringify(gates)).toBe(false);
      expect(decision.reasons.length, JSON.stringify(gates)).toBeGreaterThan(0);
    }
  });

  it('needs no label for a push to the default branch or a dispatch', () => {
    expect(decideTraining({ ...open, trigger: 'push', authorAssociation: null }).train).toBe(true);
    expect(
      decideTraining({ ...open, trigger: 'workflow_dispatch', authorAssociation: null }).train,
    ).toBe(true);
  });
});
