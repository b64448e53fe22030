// The centre form's location: picked by choosing the town (its sub-district's centroid, P-code and
// names fill the form) or by clicking on the map where the centre stands. Latitude and longitude
// are shown read-only; the server still checks that they lie inside Syria.
(function () {
  'use strict';

  var chart = null;

  function field(id) {
    return document.getElementById(id);
  }

  function round(degrees) {
    return Math.round(degrees * 100000) / 100000;
  }

  function mark(latitude, longitude) {
    if (!chart) {
      return;
    }
    chart.setOption({ series: [{ type: 'scatter', coordinateSystem: 'geo', symbolSize: 14,
      itemStyle: { color: '#b3261e', borderColor: '#fff', borderWidth: 1 }, data: [[longitude, latitude]] }] });
  }

  function place(latitude, longitude) {
    field('latitude').value = round(latitude);
    field('longitude').value = round(longitude);
    mark(latitude, longitude);
  }

  // A town chosen from the list brings its P-code, both names where they are still empty, and its centroid.
  function chooseTown(input) {
    var options = document.querySelectorAll('#town-list option');
    var chosen = Array.prototype.find.call(options, function (option) { return option.value === input.value; });
    if (!chosen) {
      return;
    }
    field('pcode').value = chosen.dataset.pcode;
    if (!field('townEn').value) { field('townEn').value = chosen.dataset.nameEn; }
    if (!field('townAr').value) { field('townAr').value = chosen.dataset.nameAr; }
    place(parseFloat(chosen.dataset.latitude), parseFloat(chosen.dataset.longitude));
  }

  function drawMap(element) {
    window.HomewardOutline.load(element.dataset.outline).then(function () {
      chart = window.echarts.init(element);
      chart.setOption({ animation: false, geo: window.HomewardOutline.frame(), series: [] });
      // A click anywhere on the map, not only on a country, places the centre there.
      chart.getZr().on('click', function (event) {
        var point = chart.convertFromPixel('geo', [event.offsetX, event.offsetY]);
        if (point) {
          place(point[1], point[0]);
        }
      });
      var latitude = parseFloat(field('latitude').value);
      var longitude = parseFloat(field('longitude').value);
      if (!isNaN(latitude) && !isNaN(longitude)) {
        mark(latitude, longitude);
      }
      window.addEventListener('resize', function () { chart.resize(); });
      element.dataset.drawn = 'true';
    }).catch(function () { element.dataset.drawn = 'failed'; });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var town = field('town-choice');
    if (town) {
      town.addEventListener('change', function () { chooseTown(town); });
      town.addEventListener('input', function () { chooseTown(town); });
    }
    var element = field('location-map');
    if (element && window.echarts && window.HomewardOutline) {
      drawMap(element);
    }
  });
})();
