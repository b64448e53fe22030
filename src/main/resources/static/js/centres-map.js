// The map of reception centres: each centre of the table below it is a point over the outline of
// Syria and its neighbours, with its name and occupancy. The points come from the table's rows
// (data attributes; the content security policy allows no inline script), so the map shows the
// same centres as the filtered table and is drawn again whenever the filters replace the table.
(function () {
  'use strict';

  var COLOURS = { OPEN: '#0b5d7a', FULL: '#b3261e', CLOSED: '#9e9e9e' };
  var chart = null;

  function points() {
    var rows = document.querySelectorAll('#centre-table tr.centre-row');
    return Array.prototype.map.call(rows, function (row) {
      var occupied = parseInt(row.dataset.occupied, 10) || 0;
      var capacity = parseInt(row.dataset.capacity, 10) || 0;
      return { name: row.dataset.name, value: [parseFloat(row.dataset.longitude), parseFloat(row.dataset.latitude)],
        occupied: occupied, capacity: capacity, status: row.dataset.status,
        label: { formatter: row.dataset.name + ' (' + occupied + '/' + capacity + ')' },
        itemStyle: { color: COLOURS[row.dataset.status] || COLOURS.OPEN } };
    }).filter(function (point) { return !isNaN(point.value[0]) && !isNaN(point.value[1]); });
  }

  function option(element) {
    var occupiedLabel = element.dataset.labelOccupied;
    return {
      animation: false,
      tooltip: { trigger: 'item', renderMode: 'richText', formatter: function (item) {
        return item.data.name + '\n' + occupiedLabel + ': ' + item.data.occupied + ' / ' + item.data.capacity;
      } },
      geo: window.HomewardOutline.frame(),
      series: [{ type: 'scatter', coordinateSystem: 'geo', symbol: 'circle', symbolSize: 10, data: points(),
        label: { show: true, position: 'right', fontSize: 11, color: '#1d2a33' },
        labelLayout: { hideOverlap: true },
        emphasis: { label: { show: true, fontWeight: 'bold' } } }]
    };
  }

  function draw() {
    var element = document.getElementById('centres-map');
    if (!element || !window.echarts || !window.HomewardOutline) {
      return;
    }
    window.HomewardOutline.load(element.dataset.outline).then(function () {
      if (!chart) {
        // Canvas, not SVG: ECharts' SVG renderer writes style attributes, which the content security policy refuses.
        chart = window.echarts.init(element);
        window.addEventListener('resize', function () { chart.resize(); });
      }
      chart.setOption(option(element), true);
      element.dataset.drawn = 'true';
      element.dataset.points = String(chart.getOption().series[0].data.length);
    }).catch(function () { element.dataset.drawn = 'failed'; });
  }

  document.addEventListener('DOMContentLoaded', draw);
  document.addEventListener('htmx:afterSwap', draw);
})();
