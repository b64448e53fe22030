// Place type-ahead. An input marked data-place-suggest asks /places/suggest for options while the
// user types (htmx sends the request and puts the options into the element named by hx-target);
// these handlers send what was typed as q, write the chosen P-code back and let the keyboard move
// through the options.
(function () {
  'use strict';

  document.addEventListener('htmx:configRequest', function (event) {
    var input = event.detail.elt;
    if (input && input.hasAttribute && input.hasAttribute('data-place-suggest')) {
      event.detail.parameters['q'] = input.value;
      event.detail.parameters['target'] = input.id;
    }
  });

  function optionsOf(input) {
    var selector = input.getAttribute('hx-target');
    var box = selector ? document.querySelector(selector) : null;
    return box ? Array.prototype.slice.call(box.querySelectorAll('.place-option')) : [];
  }

  function clearOptions(option) {
    var list = option.closest('.place-suggestions');
    if (list && list.parentNode) {
      list.parentNode.innerHTML = '';
    }
  }

  function choose(option) {
    var pcode = option.getAttribute('data-pcode');
    var targetId = option.getAttribute('data-target');
    var input = targetId ? document.getElementById(targetId) : null;
    clearOptions(option);
    // On the places page the search box finds a row; in a form the P-code becomes the field's value.
    if (!input || input.hasAttribute('data-place-browse')) {
      window.location.hash = pcode;
      return;
    }
    input.value = pcode;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    input.focus();
  }

  document.addEventListener('click', function (event) {
    var option = event.target.closest ? event.target.closest('.place-option') : null;
    if (option) {
      event.preventDefault();
      choose(option);
    }
  });

  document.addEventListener('keydown', function (event) {
    var element = event.target;
    if (element.hasAttribute && element.hasAttribute('data-place-suggest') && event.key === 'ArrowDown') {
      var options = optionsOf(element);
      if (options.length > 0) {
        event.preventDefault();
        options[0].focus();
      }
      return;
    }
    if (!element.classList || !element.classList.contains('place-option')) {
      return;
    }
    var siblings = Array.prototype.slice.call(element.closest('.place-suggestions').querySelectorAll('.place-option'));
    var index = siblings.indexOf(element);
    if (event.key === 'ArrowDown' && index < siblings.length - 1) {
      event.preventDefault();
      siblings[index + 1].focus();
    } else if (event.key === 'ArrowUp' && index > 0) {
      event.preventDefault();
      siblings[index - 1].focus();
    } else if (event.key === 'Escape') {
      var input = document.getElementById(element.getAttribute('data-target'));
      clearOptions(element);
      if (input) {
        input.focus();
      }
    }
  });

  // Enter in the places page's search box chooses the first option instead of reloading the page.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains('place-search')) {
      return;
    }
    event.preventDefault();
    var input = form.querySelector('[data-place-suggest]');
    var options = input ? optionsOf(input) : [];
    if (options.length > 0) {
      choose(options[0]);
    }
  });
})();
