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

  // The geographic frame the points sit on: Syria filling the view (west-north to east-south corners,
  // in longitude and latitude), its neighbours cut at the edges, no hover on countries. Degrees of
  // longitude are shortened by the cosine of Syria's latitude so that the country keeps its shape.
  function frame() {
    return { map: NAME, roam: true, boundingCoords: [[35.4, 37.6], [42.6, 32.2]], aspectScale: 0.82, silent: true,
      itemStyle: { areaColor: '#e9eef1', borderColor: '#8aa1ad' }, label: { show: false } };
  }

  window.HomewardOutline = { load: load, frame: frame };
})();
