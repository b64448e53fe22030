// Sends the CSRF token with every htmx request, so forms and buttons driven by htmx pass the check.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// The registration form's "add a member" button asks for the row after the last one shown.
document.addEventListener('htmx:configRequest', function (event) {
  if (event.detail.elt && event.detail.elt.id === 'add-member') {
    event.detail.parameters['index'] = document.querySelectorAll('#members fieldset').length;
  }
});
