// The intention survey import page: while the browser sends the file and waits for the report, it
// asks the server every second how far the import has got and puts the part of the page the server
// renders for it in place (the content security policy allows no inline script, so this lives here).
(function () {
  'use strict';

  function follow(section) {
    section.hidden = false;
    function poll() {
      fetch(section.dataset.url, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) {
          var finished = false;
          if (html) {
            var holder = document.createElement('div');
            holder.innerHTML = html;
            var fresh = holder.querySelector('#import-progress-counts');
            var current = section.querySelector('#import-progress-counts');
            if (fresh && current) {
              current.replaceWith(fresh);
              finished = fresh.dataset.finished === 'true';
            }
          }
          if (!finished) {
            window.setTimeout(poll, 1000);
          }
        })
        .catch(function () { window.setTimeout(poll, 2000); });
    }
    poll();
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('import-form');
    var section = document.getElementById('import-progress');
    if (form && section) {
      form.addEventListener('submit', function () { follow(section); });
    }
  });
}());
