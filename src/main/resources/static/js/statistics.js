// Draws the statistics dashboard from the protected tables the API answers. Each chart element
// carries the address of its numbers (data-endpoint) and how to draw them (data-kind); words come
// from #chart-words, so the page stays in the user's language. Right-to-left pages mirror the
// axes; the map does not, because east stays east. The map draws over the outline that
// outline-map.js registers.
(function () {
  'use strict';

  var palette = ['#0b5d7a', '#d9822b', '#6a9e3f', '#8e5ea2', '#c23b4e', '#3b8ea5', '#7a6a0b', '#5b6773'];
  // Digits as the page's language writes them, like the numbers the server renders.
  // The locale comes from the server (homeward.digits.ar), so that a chart never uses other digits than the page.
  var numberLocale = document.querySelector('meta[name="number-locale"]');
  var number = new Intl.NumberFormat(numberLocale ? numberLocale.content
      : (document.documentElement.lang === 'ar' ? 'ar-u-nu-latn' : 'en-u-nu-latn'));
  var words = {};

  document.addEventListener('DOMContentLoaded', function () {
    var holder = document.getElementById('chart-words');
    if (!holder || typeof echarts === 'undefined') {
      return;
    }
    words = holder.dataset;
    var rtl = document.documentElement.dir === 'rtl';
    var charts = [];
    document.querySelectorAll('[data-chart]').forEach(function (element) {
      load(element, rtl, charts);
    });
    window.addEventListener('resize', function () {
      charts.forEach(function (chart) { chart.resize(); });
    });
  });

  function load(element, rtl, charts) {
    var card = element.closest('.chart-card');
    var status = card.querySelector('.chart-status');
    fetch(element.dataset.endpoint, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (table) {
        // The map waits for its outline; the other charts need none.
        return element.dataset.kind === 'map' && window.HomewardOutline
          ? window.HomewardOutline.load(words.outline).then(function () { return table; }) : table;
      })
      .then(function (table) {
        var chart = echarts.init(element);
        chart.setOption(option(element.dataset.kind, table, rtl));
        charts.push(chart);
        status.textContent = table.rows.length === 0 ? words.empty : '';
        card.querySelector('.definition-text').textContent = table.definition + ' ' + table.protection;
        card.querySelector('.chart-table').replaceChildren(numbers(table));
        element.dataset.loaded = 'true';
      })
      .catch(function () {
        status.textContent = words.error;
      });
  }

  function value(cell) {
    return cell.suppressed ? null : cell.value;
  }

  function shown(cell) {
    return cell.suppressed ? words.hidden : number.format(cell.value);
  }

  function option(kind, table, rtl) {
    if (kind === 'map') {
      return map(table);
    }
    if (kind === 'pyramid') {
      return pyramid(table, rtl);
    }
    return kind === 'time' ? time(table, rtl) : bars(table, rtl);
  }

  function common(rtl) {
    var legend = {top: 0, type: 'scroll'};
    legend[rtl ? 'right' : 'left'] = 0;
    return {
      color: palette,
      animation: false,
      legend: legend,
      tooltip: {trigger: 'axis', renderMode: 'richText', valueFormatter: format},
      grid: {top: 40, bottom: 30, left: 10, right: 10, containLabel: true}
    };
  }

  function format(amount) {
    return amount === null || amount === undefined ? words.hidden : number.format(Math.abs(amount));
  }

  /** Stacked bars per period and column (refugees, IDPs), and the running total as a line on its own axis. */
  function time(table, rtl) {
    var spec = common(rtl);
    spec.xAxis = {type: 'category', inverse: rtl, data: table.rows.map(function (row) { return row.label; })};
    spec.yAxis = [
      {type: 'value', position: rtl ? 'right' : 'left', minInterval: 1},
      {type: 'value', position: rtl ? 'left' : 'right', minInterval: 1, splitLine: {show: false}}
    ];
    spec.series = table.columns.map(function (column, c) {
      return {type: 'bar', stack: 'returns', name: column.label,
        data: table.cells.map(function (line) { return value(line[c]); })};
    });
    if (table.cumulative) {
      spec.series.push({type: 'line', name: words.cumulative, yAxisIndex: 1, connectNulls: false, symbolSize: 4,
        data: table.cumulative});
    }
    return spec;
  }

  /** Horizontal bars, largest first, stacked by column when there are several. */
  function bars(table, rtl) {
    var order = table.rows.map(function (row, r) { return r; });
    order.sort(function (a, b) {
      var left = value(table.rowTotals[a]);
      var right = value(table.rowTotals[b]);
      return (right === null ? -1 : right) - (left === null ? -1 : left);
    });
    var spec = common(rtl);
    spec.tooltip.trigger = 'axis';
    spec.yAxis = {type: 'category', inverse: true, position: rtl ? 'right' : 'left',
      data: order.map(function (r) { return table.rows[r].label; })};
    spec.xAxis = {type: 'value', inverse: rtl, minInterval: 1};
    spec.series = table.columns.map(function (column, c) {
      return {type: 'bar', stack: 'returns', name: column.label,
        data: order.map(function (r) { return value(table.cells[r][c]); })};
    });
    return spec;
  }

  /** Age groups up the middle; the first column (women) towards the end of the line, the second towards its start. */
  function pyramid(table, rtl) {
    var spec = common(rtl);
    spec.yAxis = {type: 'category', data: table.rows.map(function (row) { return row.label; }),
      position: rtl ? 'right' : 'left'};
    spec.xAxis = {type: 'value', inverse: rtl, axisLabel: {formatter: function (amount) { return number.format(Math.abs(amount)); }}};
    spec.series = table.columns.map(function (column, c) {
      var sign = c === 0 ? 1 : -1;
      return {type: 'bar', stack: 'people', name: column.label, barCategoryGap: '15%',
        data: table.cells.map(function (line) { var amount = value(line[c]); return amount === null ? null : sign * amount; })};
    });
    return spec;
  }

  /**
   * Destinations as circles over the outline of Syria and its neighbours, sized by returns. Each
   * label is the place's name alone in the page's language (the count is in the tooltip and the
   * table), and labels that would overlap are left out; hovering a circle shows its own.
   */
  function map(table) {
    var placed = table.rows.filter(function (row) { return row.latitude !== null && row.longitude !== null; });
    var largest = 1;
    table.rowTotals.forEach(function (cell) { largest = Math.max(largest, value(cell) || 0); });
    var points = placed.map(function (row) {
      var cell = table.rowTotals[table.rows.indexOf(row)];
      var amount = value(cell);
      return {name: row.label, value: [row.longitude, row.latitude, amount],
        symbolSize: amount === null ? 8 : 6 + 40 * Math.sqrt(amount / largest),
        itemStyle: {color: amount === null ? '#9aa5b1' : (amount === 0 ? '#d5dbe1' : palette[0]), opacity: 0.8},
        label: {show: amount !== 0}};
    });
    points.sort(function (a, b) { return (b.value[2] || 0) - (a.value[2] || 0); });
    return {
      animation: false,
      tooltip: {trigger: 'item', renderMode: 'richText', formatter: function (item) {
        return item.name + ': ' + format(item.value[2]);
      }},
      geo: window.HomewardOutline.frame(),
      series: [{type: 'scatter', coordinateSystem: 'geo', data: points,
        label: {position: 'bottom', fontSize: 12, color: '#1d2a33', formatter: '{b}'},
        labelLayout: {hideOverlap: true},
        emphasis: {label: {show: true, fontWeight: 'bold'}, focus: 'self'}}]
    };
  }

  /** The chart's numbers as a table: hidden counts say so; totals last. */
  function numbers(table) {
    var element = document.createElement('table');
    var head = element.createTHead().insertRow();
    cell(head, 'th', '');
    var many = table.columns.length > 1;
    if (many) {
      table.columns.forEach(function (column) { cell(head, 'th', column.label); });
    }
    cell(head, 'th', words.total);
    if (table.cumulative) {
      cell(head, 'th', words.cumulative);
    }
    var body = element.createTBody();
    table.rows.forEach(function (row, r) {
      var line = body.insertRow();
      cell(line, 'th', row.label);
      if (many) {
        table.cells[r].forEach(function (entry) { counted(line, entry); });
      }
      counted(line, table.rowTotals[r]);
      if (table.cumulative) {
        var running = table.cumulative[r];
        counted(line, running === null ? {suppressed: true} : {value: running, suppressed: false});
      }
    });
    var foot = element.createTFoot().insertRow();
    cell(foot, 'th', words.total);
    if (many) {
      table.columnTotals.forEach(function (entry) { counted(foot, entry); });
    }
    counted(foot, table.total);
    return element;
  }

  function counted(line, entry) {
    var td = cell(line, 'td', shown(entry));
    td.className = entry.suppressed ? 'number hidden-count' : 'number';
    if (entry.suppressed) {
      td.title = words.hiddenExplained;
    }
  }

  function cell(line, tag, text) {
    var element = document.createElement(tag);
    element.textContent = text;
    line.appendChild(element);
    return element;
  }
})();
