// Boarding: a refused slip answers 4xx with the reason in the chooser; show it where the household would be.
(function () {
  document.addEventListener('htmx:beforeSwap', function (event) {
    var status = event.detail.xhr.status;
    if (status >= 400 && status < 500 && event.detail.target && event.detail.target.id === 'chooser') {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
})();
