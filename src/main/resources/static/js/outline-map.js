// The outline of Syria and its neighbours under the application's maps (returns, reception centres).
// It is served by the application itself, registered once with ECharts, and every map draws on the
// same frame; east stays east in right-to-left pages, so only the legend moves to the page's start.
(function () {
  'use strict';

  var NAME = 'syria-and-neighbours';
  var loading = null;

  function load(url) {
    if (!loading) {
      loading = fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/geo+json, application/json' } })
        .then(function (answer) {
          if (!answer.ok) { throw new Error('HTTP ' + answer.status); }
          return answer.json();
        })
        .then(function (outline) {
          window.echarts.registerMap(NAME, outline);
          return NAME;
        });
    }
    return loading;
  }

  // The geographic frame the points sit on: Syria in the middle, its neighbours around it, no hover on countries.
  function frame() {
    return { map: NAME, roam: true, center: [38.6, 35.0], zoom: 2.4, silent: true,
      itemStyle: { areaColor: '#e9eef1', borderColor: '#8aa1ad' }, label: { show: false } };
  }

  window.HomewardOutline = { load: load, frame: frame };
})();
