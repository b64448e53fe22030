// Allocation pages: a decision form is sent once, even if its button is pressed twice on a slow link.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (!form.closest || !form.closest('#proposals-table, #accept-remaining-form, #start-run-form')) {
    return;
  }
  if (form.dataset.sent === 'true') {
    event.preventDefault();
    return;
  }
  form.dataset.sent = 'true';
});
