import { describe, expect, it } from 'vitest';
import { renderMermaidLossChart } from './render-mermaid-loss-chart.js';

describe('renderMermaidLossChart', () => {
  it('draws train and validation loss as two lines of an xychart-beta', () => {
    const chart = renderMermaidLossChart({
      points: [
        { step: 1, trainLoss: 2.5 },
        { step: 2, trainLoss: 2.0, validLoss: 2.2 },
        { step: 3, trainLoss: 1.5 },
        { step: 4, trainLoss: 1.25, validLoss: 1.8 },
      ],
    });
    expect(chart).toBe(
      [
        'xychart-beta',
        '  title "Training loss (first line) and validation loss (second line)"',
        '  x-axis "step" ["1", "2", "3", "4"]',
        '  y-axis "loss" 1.25 --> 2.5',
        '  line [2.5, 2, 1.5, 1.25]',
        '  line [2.2, 2.2, 2.2, 1.8]',
        '',
      ].join('\n'),
    );
  });

  it('downsamples to at most 100 points, labelled by their last step', () => {
    const points = Array.from({ length: 1000 }, (_, index) => ({
      step: index + 1,
      trainLoss: 3 - index / 1000,
    }));
    const chart = renderMermaidLossChart({ points, title: 'Support bot' });
    const xAxis = chart.split('\n').find((line) => line.includes('x-axis')) ?? '';
    expect(xAxis.match(/"\d+"/g)).toHaveLength(100);
    expect(xAxis).toContain('"1000"]');
    const lines = chart.split('\n').filter((line) => line.trim().startsWith('line'));
    expect(lines).toHaveLength(1);
    expect(lines[0]?.split(',')).toHaveLength(100);
    expect(chart).toContain('title "Support bot"');
  });

  it('pads a flat series so the axis has a range, and is empty without any loss', () => {
    expect(renderMermaidLossChart({ points: [{ step: 1, trainLoss: 1 }] })).toContain(
      'y-axis "loss" 0.9 --> 1.1',
    );
    expect(renderMermaidLossChart({ points: [{ step: 1, trainAccuracy: 0.5 }] })).toBe('');
  });
});
