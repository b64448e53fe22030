// Households kept on the device to be edited offline: downloaded by reference while online, sealed under
// the outbox key with the version they started from, edited in the page's form, and sent as offline edits
// (POST /api/v1/households/{id}/offline-edits) carrying that version, field by field only what changed.
// The server merges what nobody else touched and leaves a field changed on both sides to a supervisor;
// each kept household shows what became of its edit. A download never replaces an edit still waiting.
(function () {
  'use strict';

  var JOURNEY = ['returnType', 'originCountry', 'originLocation', 'crossingPoint', 'destinationPcode', 'plannedDate'];
  // The one way an edit of a kept household is worked out, for a sync here and for a bundle (offline-bundle.js).
  window.HomewardOfflineEdits = { changes: changes };
  var store = window.HomewardOfflineStore;
  var page = window.HomewardOfflinePage;
  var panel = document.getElementById('kept-panel');
  if (!store || !page || !panel) { return; }
  var text = panel.dataset;
  var sending = false;

  function $(id) { return document.getElementById(id); }

  function status(message) { $('kept-status').textContent = message || ''; }

  /** A reference set apart from the sentence around it, so that it reads left to right in Arabic too. */
  function isolated(reference) { return '\u2066' + reference + '\u2069'; }

  // ---- the household as the form holds it ---------------------------------------------------------

  function birthText(birth) {
    if (!birth || !birth.date || birth.precision === 'UNKNOWN') { return null; }
    if (birth.precision === 'YEAR') { return birth.date.slice(0, 4); }
    return birth.precision === 'MONTH' ? birth.date.slice(0, 7) : birth.date;
  }

  /** The specific needs' codes, as the form's boxes carry them, from the names the API answers. */
  function needCodes(names) {
    return (names || []).map(function (name) {
      var box = document.querySelector('#member-template').content.querySelector('[data-need-name="' + name + '"]');
      return box ? box.value : name;
    });
  }

  /** A household read from the API in the shape of the registration form, its members' ids beside it. */
  function editable(household) {
    var journey = {};
    JOURNEY.forEach(function (field) { journey[field] = (household.journey || {})[field] || null; });
    return {
      registrationSite: household.registrationSite || null, journey: journey,
      memberIds: household.members.map(function (member) { return member.id; }),
      members: household.members.map(function (member) {
        return { relationship: member.relationship, givenNameAr: member.givenNameAr, givenNameLatin: member.givenNameLatin,
          fatherNameAr: member.fatherNameAr, fatherNameLatin: member.fatherNameLatin,
          grandfatherNameAr: member.grandfatherNameAr, grandfatherNameLatin: member.grandfatherNameLatin,
          familyNameAr: member.familyNameAr, familyNameLatin: member.familyNameLatin, sex: member.sex,
          birthDate: birthText(member.birthDate), phone: member.phone, documentType: member.documentType,
          documentNumber: member.documentNumber, specificNeeds: needCodes(member.specificNeeds) };
      })
    };
  }

  function plain(value) {
    if (Array.isArray(value)) { return value.slice().sort().join(','); }
    return value === null || value === undefined ? '' : String(value).trim();
  }

  /** The offline edit: only the fields that differ from the household as it was downloaded. */
  function changes(original, edited) {
    var household = {};
    if (plain(original.registrationSite) !== plain(edited.registrationSite)) {
      household.registrationSite = edited.registrationSite;
    }
    JOURNEY.forEach(function (field) {
      if (plain(original.journey[field]) !== plain(edited.journey[field])) { household[field] = edited.journey[field]; }
    });
    var members = [];
    original.members.forEach(function (before, index) {
      var after = edited.members[index] || {};
      var changed = {};
      Object.keys(after).forEach(function (field) {
        if (plain(before[field]) !== plain(after[field])) { changed[field] = after[field]; }
      });
      if (Object.keys(changed).length > 0) {
        changed.individualId = original.memberIds[index];
        members.push(changed);
      }
    });
    return { household: household, members: members, count: Object.keys(household).length + members.length };
  }

  // ---- keeping, editing, forgetting ---------------------------------------------------------------

  function keep(event) {
    event.preventDefault();
    var reference = $('keep-reference').value.trim().toUpperCase();
    if (!reference) { return; }
    if (!navigator.onLine) { status(text.needsConnection); return; }
    page.get('/api/v1/households/by-reference/' + encodeURIComponent(reference)).then(function (household) {
      var copy = editable(household);
      return store.encrypt({ original: copy, edited: copy }).then(function (sealed) {
        return store.keepUnlessWaiting({ householdId: household.id, reference: household.reference, state: 'KEPT',
          baseVersion: household.version, keptAt: new Date().toISOString(), sealed: sealed, outcome: null });
      }).then(function (written) {
        status(page.format(written ? text.kept : text.notReplaced, [isolated(household.reference)]));
        $('keep-reference').value = '';
      });
    }, function (failure) {
      status(failure.status === 404 ? text.notFound : failure.status === 400 ? text.mistyped : text.failed);
    }).then(show);
  }

  function edit(kept) {
    store.decrypt(kept.sealed).then(function (saved) {
      page.fill(saved.edited);
      $('add-member').hidden = true;
      $('cancel-edit').hidden = false;
      page.formOwner = { save: function (typed) { return saveEdit(kept.householdId, typed); } };
      $('offline-form').scrollIntoView();
    });
  }

  /** Keeps the edited household beside the one downloaded; waiting to be sent when anything changed. */
  function saveEdit(householdId, typed) {
    return store.getKept(householdId).then(function (kept) {
      return store.decrypt(kept.sealed).then(function (saved) {
        var edited = { registrationSite: typed.registrationSite, journey: typed.journey, members: typed.members,
          memberIds: saved.original.memberIds };
        var changed = changes(saved.original, edited).count > 0;
        return store.encrypt({ original: saved.original, edited: edited }).then(function (sealed) {
          return store.putKept(Object.assign({}, kept, { sealed: sealed, state: changed ? 'WAITING' : 'KEPT',
            clientId: changed ? crypto.randomUUID() : null, editedAt: new Date().toISOString(), outcome: null }));
        }).then(function () {
          // Sent at once when online; if that fails the edit simply keeps waiting for the next sync.
          show().then(function () { return changed && navigator.onLine ? sync() : null; }).catch(function () { return null; });
          return page.format(changed ? text.editWaiting : text.editUnchanged, [isolated(kept.reference)]);
        });
      });
    });
  }

  /** Removes a kept household; one holding an edit not taken asks why first, and the reason is kept. */
  function forget(kept, actions) {
    if (!store.holdsAnEdit(kept)) {
      store.deleteKept(kept.householdId).then(show);
      return;
    }
    if (actions.querySelector('.kept-discard-reason')) { return; }
    var input = document.createElement('input');
    input.className = 'kept-discard-reason';
    input.placeholder = text.discardReason;
    input.setAttribute('aria-label', text.discardReason);
    actions.appendChild(input);
    input.focus();
    button(actions, text.confirmDiscard, 'confirm-forget-kept', function () {
      if (input.value.trim().length < 3) { input.focus(); return; }
      store.encrypt({ reason: input.value.trim() }).then(function (sealedReason) {
        return store.discardKept(kept, sealedReason);
      }).then(function () {
        status(page.format(text.discarded, [isolated(kept.reference)]));
        return show();
      });
    });
  }

  // ---- sending ------------------------------------------------------------------------------------

  /** Sends every waiting edit; a connection lost on the way leaves the rest waiting and fails the sync. */
  function sync() {
    if (sending || !navigator.onLine || !store.unlocked()) { return Promise.resolve(); }
    sending = true;
    return store.allKept().then(function (all) {
      return all.filter(function (kept) { return kept.state === 'WAITING'; }).reduce(function (previous, kept) {
        return previous.then(function () { return send(kept); });
      }, Promise.resolve());
    }).then(function () { sending = false; return show(); }, function (failure) {
      sending = false;
      return show().then(function () { throw failure; });
    });
  }

  function send(kept) {
    return store.decrypt(kept.sealed).then(function (saved) {
      var edit = changes(saved.original, saved.edited);
      var body = { clientId: kept.clientId, deviceId: page.deviceId(), baseVersion: kept.baseVersion,
        household: edit.household, members: edit.members };
      return answerOf('/api/v1/households/' + kept.householdId + '/offline-edits', body).then(function (answer) {
        return settle(kept, saved.original.memberIds, answer);
      });
    });
  }

  /**
   * The server's answer, an outcome or a refusal with its problems. A wrong value (400) or a household
   * gone from the scope (404) keeps the edit on the device, until corrected or discarded with a reason. A lost connection, or a
   * household changed at that very moment (409), rejects: the edit waits and is sent again as it is.
   */
  function answerOf(path, body) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) { headers[header.content] = token.content; }
    return fetch(path, { method: 'POST', credentials: 'same-origin', headers: headers, body: JSON.stringify(body) })
      .then(function (response) {
        if (response.ok) { return response.json(); }
        if (response.status === 400 || response.status === 404) {
          return response.json().catch(function () { return {}; }).then(function (problem) {
            // Refused, the officer's changes stay on the device until corrected or discarded with a reason.
            return { state: 'REFUSED', keepCopy: true,
              problems: problem.errors || [{ message: problem.detail || problem.title }] };
          });
        }
        var failure = new Error('status ' + response.status);
        failure.status = response.status;
        throw failure;
      });
  }

  /**
   * Records what became of an edit, unless the officer changed it again meanwhile. The household itself
   * leaves the device: it is out of date now, and is kept again to be edited again. Only a refused edit
   * stays, so that the officer can correct it or discard it with a reason.
   */
  function settle(kept, memberIds, answer) {
    function where(key) {
      var parts = /^members\.([^.]+)\.(\w+)$/.exec(key);
      return parts ? { member: memberIds.indexOf(parts[1]) + 1, field: parts[2] } : { member: 0, field: key };
    }
    return store.getKept(kept.householdId).then(function (current) {
      if (!current || current.editedAt !== kept.editedAt) { return null; }
      return store.putKept(Object.assign({}, current, { state: answer.state, sealed: answer.keepCopy ? current.sealed : null,
        sentAt: new Date().toISOString(),
        outcome: { applied: (answer.appliedFields || []).map(where),
          conflicts: (answer.conflicts || []).map(function (conflict) { return where(conflict.field); }),
          problems: (answer.problems || []).map(function (problem) { return problem.message || problem.code || ''; }) } }));
    });
  }

  // ---- the list -----------------------------------------------------------------------------------

  function fieldLabel(place) {
    var label = document.querySelector('#kept-field-labels [data-field="' + place.field + '"]');
    var name = label ? label.textContent : place.field;
    return place.member > 0 ? page.format(text.memberField, [place.member, name]) : name;
  }

  function outcomeText(outcome) {
    var lines = [];
    if (outcome.applied.length) { lines.push(text.applied + ' ' + outcome.applied.map(fieldLabel).join(', ')); }
    if (outcome.conflicts.length) { lines.push(text.conflicts + ' ' + outcome.conflicts.map(fieldLabel).join(', ')); }
    outcome.problems.filter(Boolean).forEach(function (problem) { lines.push(problem); });
    return lines;
  }

  function show() {
    if (!store.unlocked()) { return Promise.resolve(); }
    return store.allKept().then(function (all) {
      all.sort(function (a, b) { return a.keptAt < b.keptAt ? 1 : -1; });
      return Promise.all(all.map(function (kept) {
        return kept.sealed ? store.decrypt(kept.sealed).then(function (saved) { return [kept, saved.edited]; })
          : Promise.resolve([kept, null]);
      }));
    }).then(function (pairs) {
      var rows = $('kept-rows');
      rows.replaceChildren();
      pairs.forEach(function (pair) { rows.appendChild(row(pair[0], pair[1])); });
    });
  }

  function row(kept, edited) {
    var tr = document.createElement('tr');
    tr.className = 'kept-household state-' + kept.state.toLowerCase();
    tr.dataset.reference = kept.reference;
    tr.dataset.state = kept.state;
    cell(tr, kept.reference).dir = 'ltr';
    var principal = edited && edited.members[0];
    cell(tr, principal ? [principal.givenNameAr || principal.givenNameLatin,
      principal.familyNameAr || principal.familyNameLatin].filter(Boolean).join(' ') : '—');
    var state = cell(tr, text['state' + kept.state.toLowerCase().replace(/(^|_)(\w)/g,
      function (all, gap, letter) { return letter.toUpperCase(); })] || kept.state);
    state.className = 'kept-state';
    (kept.outcome ? outcomeText(kept.outcome) : []).forEach(function (line) {
      var detail = document.createElement('div');
      detail.className = 'kept-outcome';
      detail.textContent = line;
      state.appendChild(detail);
    });
    var actions = cell(tr, '');
    if (edited) { button(actions, text.edit, 'edit-kept', function () { edit(kept); }); }
    button(actions, text.forget, 'forget-kept', function () { forget(kept, actions); });
    return tr;
  }

  function cell(tr, content) {
    var td = document.createElement('td');
    td.textContent = content;
    tr.appendChild(td);
    return td;
  }

  function button(parent, label, kind, action) {
    var element = document.createElement('button');
    element.type = 'button';
    element.className = 'secondary ' + kind;
    element.textContent = label;
    element.addEventListener('click', action);
    parent.appendChild(element);
  }

  $('keep-form').addEventListener('submit', keep);
  page.afterUnlock.push(show);
  page.afterSync.push(sync);
  page.onLock.push(function () { $('kept-rows').replaceChildren(); status(''); });
})();
