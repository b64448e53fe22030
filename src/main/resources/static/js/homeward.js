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

// The compact menu: on a narrow screen the main menu folds behind one button and opens as a panel.
// Without script the button stays hidden and the menu is shown in full, so nothing depends on it.
(function () {
  function menuParts() {
    var button = document.getElementById('menu-button');
    return button ? { button: button, bar: button.closest('.topbar'), menu: document.getElementById('main-menu') } : null;
  }

  function setOpen(parts, open) {
    parts.button.setAttribute('aria-expanded', open ? 'true' : 'false');
    parts.bar.classList.toggle('menu-open', open);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var parts = menuParts();
    if (!parts || !parts.menu) {
      return;
    }
    parts.bar.classList.add('has-menu-button');
    parts.button.hidden = false;
    parts.button.addEventListener('click', function () {
      setOpen(parts, parts.button.getAttribute('aria-expanded') !== 'true');
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && parts.bar.classList.contains('menu-open')) {
        setOpen(parts, false);
        parts.button.focus();
      }
    });
    document.addEventListener('click', function (event) {
      if (!parts.bar.contains(event.target)) {
        setOpen(parts, false);
      }
    });
  });
}());
