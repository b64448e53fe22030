// The registration form, with fewer keystrokes: a member's names filled in from the principal where
// the relationship tells them, the age shown beside a birth date, the site and crossing of the last
// registration on this computer remembered, and Alt+N to add the next member.
(function () {
  var SCRIPTS = ['Ar', 'Latin'];
  var REMEMBERED = ['registrationSite', 'crossingPoint'];
  var STORE = 'homeward.registration.place';

  function field(index, name) {
    return document.getElementById('members' + index + '.' + name);
  }

  function value(index, name) {
    var input = field(index, name);
    return input ? input.value.trim() : '';
  }

  // Which of the principal's names become which of the member's: [member's part, principal's part].
  // A child's father is a male principal, so the child's father's name is his given name; with a
  // female principal the child's father is not on the form, and nothing is guessed.
  function derivations(relationship, principalSex) {
    var child = [['fatherName', 'givenName'], ['grandfatherName', 'fatherName'], ['familyName', 'familyName']];
    var sibling = [['fatherName', 'fatherName'], ['grandfatherName', 'grandfatherName'], ['familyName', 'familyName']];
    switch (relationship) {
      case 'SON': case 'DAUGHTER': return principalSex === 'M' ? child : [];
      case 'BROTHER': case 'SISTER': return sibling;
      case 'FATHER': return [['givenName', 'fatherName'], ['fatherName', 'grandfatherName'], ['familyName', 'familyName']];
      case 'GRANDCHILD': return principalSex === 'M' ? [['grandfatherName', 'givenName'], ['familyName', 'familyName']] : [];
      default: return [];
    }
  }

  function sexOf(relationship, principalSex) {
    var fixed = {SON: 'M', FATHER: 'M', BROTHER: 'M', DAUGHTER: 'F', MOTHER: 'F', SISTER: 'F'};
    if (fixed[relationship]) {
      return fixed[relationship];
    }
    if (relationship === 'SPOUSE' && principalSex) {
      return principalSex === 'M' ? 'F' : 'M';
    }
    return '';
  }

  // Fills what is empty or was filled here before (and not changed since); what the officer typed stays.
  function fill(input, text) {
    if (!input) {
      return;
    }
    var untouched = input.value === '' || input.value === input.dataset.prefilled;
    if (untouched) {
      input.value = text;
      input.dataset.prefilled = text;
      input.classList.toggle('prefilled', text !== '');
    }
  }

  function prefill(index) {
    var relationship = field(index, 'relationship');
    if (!relationship || index === 0) {
      return;
    }
    var principalSex = value(0, 'sex');
    var parts = {givenName: true, fatherName: true, grandfatherName: true, familyName: true};
    derivations(relationship.value, principalSex).forEach(function (pair) {
      delete parts[pair[0]];
      SCRIPTS.forEach(function (script) {
        fill(field(index, pair[0] + script), value(0, pair[1] + script));
      });
    });
    // A relationship changed to one that tells less takes back what was filled for the old one.
    Object.keys(parts).forEach(function (part) {
      SCRIPTS.forEach(function (script) {
        fill(field(index, part + script), '');
      });
    });
    fill(field(index, 'sex'), sexOf(relationship.value, principalSex));
  }

  function memberIndexOf(element) {
    var row = element && element.closest ? element.closest('fieldset[id^="member-"]') : null;
    return row ? parseInt(row.id.substring('member-'.length), 10) : -1;
  }

  function memberCount() {
    return document.querySelectorAll('#members fieldset[id^="member-"]').length;
  }

  function showAge(input) {
    var shown = document.getElementById(input.id + '.age-shown');
    if (!shown) {
      return;
    }
    var match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(input.value.trim());
    if (!match) {
      shown.textContent = '';
      return;
    }
    var today = new Date();
    var years = today.getFullYear() - parseInt(match[1], 10);
    if (match[3] && (today.getMonth() + 1 < parseInt(match[2], 10)
        || (today.getMonth() + 1 === parseInt(match[2], 10) && today.getDate() < parseInt(match[3], 10)))) {
      years -= 1;
    }
    shown.textContent = years >= 0 ? shown.dataset.template.replace('{0}', String(years)) : '';
  }

  function remembered() {
    try {
      return JSON.parse(window.localStorage.getItem(STORE) || '{}');
    } catch (unreadable) {
      return {};
    }
  }

  function restorePlaces(form) {
    var last = remembered();
    REMEMBERED.forEach(function (name) {
      var input = form.elements[name];
      if (input && input.value === '' && last[name]) {
        input.value = last[name];
      }
    });
  }

  function rememberPlaces(form) {
    var places = {};
    REMEMBERED.forEach(function (name) {
      var input = form.elements[name];
      if (input && input.value.trim() !== '') {
        places[name] = input.value.trim();
      }
    });
    try {
      window.localStorage.setItem(STORE, JSON.stringify(places));
    } catch (full) {
      // Without storage the officer types the site again: nothing is lost.
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('register-form');
    if (!form) {
      return;
    }
    restorePlaces(form);
    form.querySelectorAll('input[id$=".birthDate"]').forEach(showAge);
    form.addEventListener('submit', function () {
      rememberPlaces(form);
    });
  });

  document.addEventListener('change', function (event) {
    var target = event.target;
    var index = memberIndexOf(target);
    if (index < 0 || !document.getElementById('register-form')) {
      return;
    }
    if (target.id && /\.birthDate$/.test(target.id)) {
      showAge(target);
    }
    if (target.dataset) {
      delete target.dataset.prefilled;
      target.classList.remove('prefilled');
    }
    if (index === 0) {
      for (var i = 1; i < memberCount(); i++) {
        prefill(i);
      }
    } else if (/\.relationship$/.test(target.id)) {
      prefill(index);
    }
  });

  document.addEventListener('input', function (event) {
    if (event.target.id && /\.birthDate$/.test(event.target.id)) {
      showAge(event.target);
    }
  });

  // A row added by "add a member" is filled from the principal and takes the focus.
  document.addEventListener('htmx:afterSettle', function (event) {
    if (!event.detail.elt || event.detail.elt.id !== 'members') {
      return;
    }
    var index = memberCount() - 1;
    prefill(index);
    var first = field(index, 'relationship');
    if (first) {
      first.focus();
    }
  });

  document.addEventListener('keydown', function (event) {
    var add = document.getElementById('add-member');
    if (add && event.altKey && !event.ctrlKey && !event.metaKey && (event.key === 'n' || event.key === 'N'
        || event.code === 'KeyN')) {
      event.preventDefault();
      add.click();
    }
  });
})();
