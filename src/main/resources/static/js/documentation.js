// Draws the documentation backlog from the protected figures the API answers: one bar per case
// type, hidden counts left out (the table beside it says "hidden"). Right-to-left pages mirror the axis.
(function () {
  'use strict';

  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('backlog-chart');
    if (!element || typeof echarts === 'undefined') {
      return;
    }
    var rtl = document.documentElement.dir === 'rtl';
    fetch(element.dataset.endpoint, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (tables) {
        var backlog = tables.filter(function (table) { return table.id === 'backlog'; })[0];
        if (!backlog) {
          return;
        }
        var labels = [];
        var values = [];
        document.querySelectorAll('#figures-backlog tbody tr:not(.total) th').forEach(function (cell) {
          labels.push(cell.textContent.trim());
        });
        backlog.rows.forEach(function (row) { values.push(row.total); });
        var chart = echarts.init(element);
        chart.setOption({
          grid: {containLabel: true, left: 16, right: 16},
          xAxis: {type: 'value', inverse: rtl},
          yAxis: {type: 'category', data: labels, position: rtl ? 'right' : 'left'},
          series: [{type: 'bar', data: values, itemStyle: {color: '#0b5d7a'}}]
        });
        window.addEventListener('resize', function () { chart.resize(); });
      });
  });
})();
