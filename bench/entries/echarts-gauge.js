// The peer of <report-gauge>: ECharts reduced to what one gauge needs (the core, the gauge series,
// the canvas renderer); no title, tooltip or legend components.
import { init, use } from 'echarts/core';
import { GaugeChart } from 'echarts/charts';
import { CanvasRenderer } from 'echarts/renderers';

use([GaugeChart, CanvasRenderer]);

export { init };
