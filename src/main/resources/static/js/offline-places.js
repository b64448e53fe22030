/*
 * The offline form's place fields take names, as the online form and imports do: a country of asylum, a
 * crossing or a destination typed by its name in the page's language (or by its code in any case) becomes
 * its code from the lists written into the page, with no connection. A name several places share is
 * refused on its field, in the page's language, until one is picked from the list; a name no list holds
 * is left for the server to judge.
 */
(function () {
  'use strict';

  var main = document.getElementById('offline-main');
  var form = document.getElementById('offline-form');
  if (!main || !form) { return; }
  var folding = window.HomewardNameFolding;
  var FIELDS = ['originCountry', 'crossingPoint', 'destinationPcode'];

  function fold(text) {
    var folded = folding ? folding.fold(text) : String(text || '').toLowerCase();
    return folded.replace(/\s+/g, ' ').trim();
  }

  /** Turns a typed name into its code, or marks the field when the name is shared by several places. */
  function resolve(input) {
    input.setCustomValidity('');
    var typed = (input.value || '').trim();
    var list = document.getElementById(input.getAttribute('list'));
    if (!typed || !list) { return; }
    var options = Array.prototype.slice.call(list.options);
    var upper = typed.toUpperCase();
    var byCode = options.filter(function (option) { return option.value.toUpperCase() === upper; });
    if (byCode.length === 1) { input.value = byCode[0].value; return; }
    var wanted = fold(typed);
    var named = options.filter(function (option) { return fold(option.textContent) === wanted; });
    if (named.length === 1) {
      input.value = named[0].value;
    } else if (named.length > 1) {
      input.setCustomValidity(main.dataset.placeAmbiguous.replace('{0}', named.map(function (option) {
        return option.value;
      }).join(', ')));
    }
  }

  FIELDS.forEach(function (id) {
    var input = document.getElementById(id);
    if (input) { input.addEventListener('change', function () { resolve(input); }); }
  });

  // Before the form's own handler: a field still holding a name it could not settle stops the save.
  document.addEventListener('submit', function (event) {
    if (event.target !== form) { return; }
    var unsettled = FIELDS.map(function (id) { return document.getElementById(id); }).filter(function (input) {
      if (!input) { return false; }
      resolve(input);
      return input.validationMessage !== '';
    });
    if (unsettled.length > 0) {
      event.preventDefault();
      event.stopImmediatePropagation();
      unsettled[0].reportValidity();
    }
  }, true);
})();
