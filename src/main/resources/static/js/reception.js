// Reception pages: the occupancy chart of the centre board, drawn from the numbers the page
// carries in data attributes (the content security policy allows no inline script).
(function () {
  'use strict';

  function numbers(text) {
    return (text || '').split(',').map(function (value) { return parseInt(value, 10) || 0; });
  }

  function drawOccupancy(element) {
    if (!window.echarts || element.dataset.drawn === 'true') {
      return;
    }
    var rightToLeft = element.dataset.rtl === 'true';
    // Canvas, and tooltips drawn on it: the SVG renderer and HTML tooltips write style attributes,
    // which the content security policy refuses.
    var chart = window.echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, renderMode: 'richText' },
      legend: { bottom: 0, itemGap: 24 },
      grid: { left: 28, right: 28, top: 10, bottom: 40, containLabel: true },
      // Bars grow from the start of the line: from the right in Arabic.
      xAxis: { type: 'value', inverse: rightToLeft, minInterval: 1 },
      yAxis: { type: 'category', data: element.dataset.labels.split('|'), position: rightToLeft ? 'right' : 'left' },
      series: [
        { name: element.dataset.occupiedLabel, type: 'bar', stack: 'places', data: numbers(element.dataset.occupied),
          itemStyle: { color: '#0b5d7a' } },
        { name: element.dataset.freeLabel, type: 'bar', stack: 'places', data: numbers(element.dataset.free),
          itemStyle: { color: '#9fc9d6' } }
      ]
    });
    element.dataset.drawn = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function drawAll(root) {
    (root || document).querySelectorAll('#occupancy-chart').forEach(drawOccupancy);
  }

  // A partial check-in needs a reason: ask for one as soon as someone is left unticked.
  function requireReasonWhenPartial(event) {
    var form = event.target.closest && event.target.closest('#check-in-form');
    if (!form) {
      return;
    }
    var boxes = form.querySelectorAll('.member-box');
    var ticked = form.querySelectorAll('.member-box:checked').length;
    form.querySelector('#check-in-reason').required = ticked > 0 && ticked < boxes.length;
  }

  // Too many lookups answer 429 with the message in the chooser: show it where the members would be.
  function showThrottledLookup(event) {
    if (event.detail.xhr.status === 429 && event.detail.target && event.detail.target.id === 'arrival-chooser') {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  }

  document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
  document.addEventListener('htmx:beforeSwap', showThrottledLookup);
  document.addEventListener('htmx:afterSettle', function (event) { drawAll(event.detail.elt.parentNode || document); });
  document.addEventListener('change', requireReasonWhenPartial);
})();
