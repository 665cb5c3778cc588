export { renderMermaidLossChart } from './render-mermaid-loss-chart.js';
export { renderSparkline } from './render-sparkline.js';
