// Area conditions: the offline map. The outline of Syria and its neighbours and the points come
// from the application itself (no tiles, nothing from the internet); the content security policy
// allows no inline script, so the page passes its URLs and words in data attributes.
(function () {
  'use strict';

  var COLOURS = { RED: '#b3261e', AMBER: '#e8a317', GREEN: '#2e7d32', UNKNOWN: '#9e9e9e' };
  var STATUSES = ['RED', 'AMBER', 'GREEN', 'UNKNOWN'];

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (answer) {
        if (!answer.ok) { throw new Error('HTTP ' + answer.status); }
        return answer.json();
      });
  }

  // Bigger points for more returns; a hidden (small-cell) count is drawn like a small one.
  function sizeOf(point) {
    var returns = point.returnsHidden || !point.returns ? 0 : point.returns;
    return Math.min(36, 7 + 2.2 * Math.sqrt(returns));
  }

  function areaSeries(element, data, status) {
    return {
      name: element.dataset['label' + status.charAt(0) + status.slice(1).toLowerCase()],
      type: 'scatter', coordinateSystem: 'geo', z: status === 'RED' ? 5 : 4,
      itemStyle: { color: COLOURS[status], borderColor: '#fff', borderWidth: 0.6, opacity: 0.9 },
      data: data.areas.filter(function (point) { return point.status === status; }).map(function (point) {
        return { name: point.name, value: [point.longitude, point.latitude], symbolSize: sizeOf(point),
          pcode: point.pcode, status: status, returns: point.returns, returnsHidden: point.returnsHidden,
          index: point.index };
      })
    };
  }

  function markerSeries(name, markers, symbol, colour) {
    return {
      name: name, type: 'scatter', coordinateSystem: 'geo', symbol: symbol, symbolSize: 9, z: 6,
      itemStyle: { color: colour, borderColor: '#fff', borderWidth: 0.5 },
      data: markers.map(function (marker) {
        return { name: marker.name, value: [marker.longitude, marker.latitude], code: marker.code };
      })
    };
  }

  function tooltip(element, params) {
    var item = params.data || {};
    var text = document.createElement('div');
    text.className = 'map-tooltip-text';
    var title = document.createElement('strong');
    title.textContent = item.name || '';
    text.appendChild(title);
    if (item.status) {
      text.appendChild(document.createElement('br'));
      text.appendChild(document.createTextNode(item.pcode + ' · ' + params.seriesName
        + (item.index !== null && item.index !== undefined ? ' · ' + item.index + '/100' : '')));
      text.appendChild(document.createElement('br'));
      text.appendChild(document.createTextNode(element.dataset.labelReturns + ': '
        + (item.returnsHidden ? '<' : (item.returns || 0))));
    }
    // The element itself, not its HTML: ECharts' own markup would carry style attributes.
    return text;
  }

  function showDetail(element, pcode) {
    var url = element.dataset.detail + encodeURIComponent(pcode);
    if (window.htmx) {
      window.htmx.ajax('GET', url, { target: '#area-detail', swap: 'innerHTML' });
    }
  }

  function draw(element, outline, data) {
    window.echarts.registerMap('syria-and-neighbours', outline);
    var rightToLeft = element.dataset.rtl === 'true';
    // Canvas: the SVG renderer writes style attributes, which the content security policy refuses.
    var chart = window.echarts.init(element, null, { renderer: 'canvas' });
    var series = STATUSES.map(function (status) { return areaSeries(element, data, status); });
    series.push(markerSeries(element.dataset.labelCrossings, data.crossings, 'triangle', '#1b3a4b'));
    series.push(markerSeries(element.dataset.labelCentres, data.centres, 'rect', '#6a1b9a'));
    chart.setOption({
      animation: false,
      // Confined to the chart, the tooltip has no arrow: ECharts draws the arrow with a style attribute.
      tooltip: { trigger: 'item', confine: true, className: 'map-tooltip',
        formatter: function (params) { return tooltip(element, params); } },
      // In Arabic the legend stands on the right with its symbols after the words, as the page reads.
      legend: { top: 8, left: rightToLeft ? 'right' : 'left', align: rightToLeft ? 'right' : 'left',
        orient: 'vertical', backgroundColor: 'rgba(255,255,255,0.85)' },
      geo: { map: 'syria-and-neighbours', roam: true, center: [38.5, 35.0], zoom: 2.6,
        itemStyle: { areaColor: '#e9eef1', borderColor: '#8aa1ad' },
        emphasis: { disabled: true }, label: { show: false } },
      series: series
    });
    chart.on('click', function (params) {
      if (params.data && params.data.pcode) {
        showDetail(element, params.data.pcode);
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
    element.dataset.drawn = 'true';
  }

  function start() {
    var element = document.getElementById('conditions-map');
    if (!element || !window.echarts) {
      return;
    }
    Promise.all([getJson(element.dataset.outline), getJson(element.dataset.points)])
      .then(function (answers) { draw(element, answers[0], answers[1]); })
      .catch(function () { element.dataset.drawn = 'failed'; });
    // The table's links open the same detail beside the map instead of leaving the page.
    document.querySelectorAll('.area-link').forEach(function (link) {
      link.addEventListener('click', function (event) {
        event.preventDefault();
        showDetail(element, link.dataset.pcode);
      });
    });
  }

  document.addEventListener('DOMContentLoaded', start);
})();
