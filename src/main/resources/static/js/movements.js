// Movements pages: the plan's funnel chart, drawn from numbers the page carries in data attributes
// (the content security policy allows no inline script).
(function () {
  'use strict';

  function drawFunnel(element) {
    if (!window.echarts || element.dataset.drawn === 'true') {
      return;
    }
    var rightToLeft = element.dataset.rtl === 'true';
    var labels = (element.dataset.labels || '').split('|');
    // An empty value is a total hidden by small-cell protection: no bar is drawn for it.
    var values = (element.dataset.values || '').split(',').map(function (value) {
      return value === '' ? '-' : (parseInt(value, 10) || 0);
    });
    var losses = (element.dataset.losses || '').split(',').map(function (loss) { return loss === 'true'; });
    var target = parseInt(element.dataset.target, 10) || 0;
    // Canvas, and tooltips drawn on it: the SVG renderer and HTML tooltips write style attributes,
    // which the content security policy refuses.
    var chart = window.echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, renderMode: 'richText' },
      grid: { left: 28, right: 28, top: 30, bottom: 20, containLabel: true },
      // The stages read from the start of the line: from the right in Arabic.
      // The target stands first, in its own colour, so that each stage reads against it.
      xAxis: { type: 'category', data: [element.dataset.targetLabel].concat(labels), inverse: rightToLeft,
        axisLabel: { interval: 0 } },
      yAxis: { type: 'value', minInterval: 1, position: rightToLeft ? 'right' : 'left' },
      series: [{
        type: 'bar', label: { show: true, position: 'top' },
        // People leaving the funnel (withdrawn, no-show, displaced again) stand apart in their own colour.
        data: [{ value: target, itemStyle: { color: '#b7c9d3' } }].concat(values.map(function (value, index) {
          return { value: value, itemStyle: { color: losses[index] ? '#a23b2a' : '#0b5d7a' } };
        }))
      }]
    });
    element.dataset.drawn = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('#funnel-chart').forEach(drawFunnel);
  });
}());
