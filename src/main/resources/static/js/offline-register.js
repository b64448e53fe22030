// The offline registration page: unlock, type households, keep them encrypted on the device, print
// their slips, and send them when the connection is there (by itself on "online", or with the button).
(function () {
  'use strict';

  var store = window.HomewardOfflineStore;
  var main = document.getElementById('offline-main');
  if (!store || !main) { return; }
  var text = document.getElementById('offline-messages').dataset;
  var idleSeconds = parseInt(main.dataset.idleSeconds, 10) || 900;
  // The server's settings homeward.offline.references-refill-below and -refill-count.
  var REFILL_BELOW = parseInt(main.dataset.refillBelow, 10) || 10;
  var REFILL_COUNT = parseInt(main.dataset.refillCount, 10) || 20;
  var BATCH = 50;
  // A failed sync is tried again while online: after 5 seconds, then twice as long each time, at most 5 minutes.
  var RETRY_FIRST = 5000;
  var RETRY_MOST = 300000;
  var retryDelay = RETRY_FIRST;
  var retryTimer = null;
  var device = null;
  var editing = null;
  var syncing = false;
  var idleTimer = null;

  function $(id) { return document.getElementById(id); }

  function format(template, values) {
    return template.replace(/\{(\d+)\}/g, function (all, index) { return values[index]; });
  }

  function say(id, message) {
    var element = $(id);
    element.textContent = message || '';
  }

  // ---- the server -------------------------------------------------------------------------------

  function csrfHeaders() {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) { headers[header.content] = token.content; }
    return headers;
  }

  function post(path, body) {
    return fetch(path, { method: 'POST', credentials: 'same-origin', headers: csrfHeaders(), body: JSON.stringify(body) })
      .then(function (response) {
        if (!response.ok) {
          var failure = new Error('status ' + response.status);
          failure.status = response.status;
          throw failure;
        }
        return response.json();
      });
  }

  function get(path) {
    return fetch(path, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          var failure = new Error('status ' + response.status);
          failure.status = response.status;
          throw failure;
        }
        return response.json();
      });
  }

  function registerDevice() {
    return post('/api/v1/offline/devices', { deviceId: device.deviceId, label: device.label,
      signingPublicKey: device.publicKey });
  }

  function references() {
    return store.getMeta('references').then(function (pool) {
      var now = Date.now();
      return (pool || []).filter(function (held) { return Date.parse(held.expiresAt) > now; });
    });
  }

  function refillReferences() {
    return references().then(function (pool) {
      if (pool.length >= REFILL_BELOW || !navigator.onLine) { return pool; }
      return post('/api/v1/offline/devices/' + device.deviceId + '/references', { count: REFILL_COUNT })
        .then(function (answer) {
          var refilled = pool.concat(answer.references);
          return store.setMeta('references', refilled).then(function () { return refilled; });
        }, function () { return pool; });
    }).then(showReferencesLeft);
  }

  function showReferencesLeft(pool) {
    var element = $('references-left');
    element.textContent = format(element.dataset.label, [pool.length]);
  }

  /** Takes the next reserved reference out of the pool, or null when none is left. */
  function takeReference() {
    return references().then(function (pool) {
      if (pool.length === 0) { return null; }
      var taken = pool.shift();
      return store.setMeta('references', pool).then(function () { showReferencesLeft(pool); return taken.reference; });
    });
  }

  // ---- unlocking and locking ---------------------------------------------------------------------

  function unlock(event) {
    event.preventDefault();
    var passphrase = $('passphrase').value;
    $('unlock-error').hidden = true;
    if (passphrase.length < 8) { return showUnlockError(text.shortPassphrase); }
    var attempt = navigator.onLine ? unlockOnline(passphrase).catch(function (failure) {
      // Only a connection that fails unlocks offline. A server that answers 401 or 403 says the officer is
      // signed out: the key must not outlive the session, so the wrapped secret goes and nothing unlocks.
      if (signedOut(failure)) {
        return store.forget().then(function () { throw new Error('signed-out'); });
      }
      if (failure instanceof TypeError) {
        return store.unlockOffline(passphrase, device.deviceId);
      }
      throw failure;
    }) : store.unlockOffline(passphrase, device.deviceId);
    attempt.then(function () {
      $('passphrase').value = '';
      $('unlock-panel').hidden = true;
      $('work').hidden = false;
      $('lock-button').hidden = false;
      resetIdle();
      resetForm();
      return showOutbox();
    }).then(function () {
      return runSteps(page.afterUnlock);
    }).then(function () {
      if (navigator.onLine) { return refillReferences().then(sync); }
      return references().then(showReferencesLeft);
    }).catch(function (failure) {
      showUnlockError(failure.message === 'never-unlocked' ? text.neverUnlocked
        : failure.message === 'signed-out' ? text.signedOutLocked : text.wrongPassphrase);
    });
  }

  function signedOut(failure) {
    return failure && (failure.status === 401 || failure.status === 403);
  }

  /** The session ended (here or in another tab): lock, and erase what could unlock the outbox offline. */
  function endWithTheSession() {
    var wasUnlocked = store.unlocked();
    return store.forget().catch(function () { return null; }).then(function () {
      if (wasUnlocked || !$('work').hidden) { lockNow(); }
      showUnlockError(text.signedOutLocked);
    });
  }

  function unlockOnline(passphrase) {
    return registerDevice().then(function () {
      return post('/api/v1/offline/devices/' + device.deviceId + '/unlock', {});
    }).then(function (answer) {
      idleSeconds = answer.idleLockSeconds || idleSeconds;
      return store.unlockWithSecret(answer.secret, passphrase, device.deviceId);
    });
  }

  function showUnlockError(message) {
    var element = $('unlock-error');
    element.textContent = message;
    element.hidden = false;
  }

  /** Locks: the key leaves memory and nothing personal stays on the screen. */
  function lockNow() {
    store.lock();
    stopRetrying();
    resetForm();
    $('outbox-rows').replaceChildren();
    page.onLock.forEach(function (step) { step(); });
    $('work').hidden = true;
    $('lock-button').hidden = true;
    $('unlock-panel').hidden = false;
    showUnlockError(text.locked);
  }

  function resetIdle() {
    if (idleTimer) { clearTimeout(idleTimer); }
    if (store.unlocked()) { idleTimer = setTimeout(lockNow, idleSeconds * 1000); }
  }

  // ---- the form ----------------------------------------------------------------------------------

  function addMember(values) {
    var container = $('offline-members');
    var fieldset = $('member-template').content.firstElementChild.cloneNode(true);
    var legend = fieldset.querySelector('legend');
    legend.textContent = format(legend.dataset.label, [container.children.length + 1]);
    container.appendChild(fieldset);
    if (container.children.length > 1) {
      fieldset.querySelector('[data-field="relationship"]').value = 'OTHER_RELATIVE';
    }
    if (values) {
      fieldset.querySelectorAll('[data-field]').forEach(function (field) {
        field.value = values[field.dataset.field] || '';
      });
      fieldset.querySelectorAll('[data-need]').forEach(function (box) {
        box.checked = (values.specificNeeds || []).indexOf(box.value) >= 0;
      });
    }
    return fieldset;
  }

  function blankToNull(value) {
    var trimmed = (value || '').trim();
    return trimmed === '' ? null : trimmed;
  }

  /** The household as the registration API takes it. */
  function household() {
    var journey = {};
    document.querySelectorAll('[data-journey]').forEach(function (field) {
      journey[field.dataset.journey] = blankToNull(field.value);
    });
    var members = [];
    document.querySelectorAll('#offline-members fieldset').forEach(function (fieldset) {
      var member = { specificNeeds: [] };
      fieldset.querySelectorAll('[data-field]').forEach(function (field) {
        member[field.dataset.field] = blankToNull(field.value);
      });
      fieldset.querySelectorAll('[data-need]:checked').forEach(function (box) { member.specificNeeds.push(box.value); });
      members.push(member);
    });
    return { registrationSite: blankToNull($('registrationSite').value), journey: journey, members: members,
      consent: consent() };
  }

  /** The consent questions as answered, or null when none was (as the online form sends them). */
  function consent() {
    var purposes = [];
    document.querySelectorAll('[data-consent-purpose]:checked').forEach(function (box) { purposes.push(box.value); });
    var method = blankToNull($('consentMethod').value);
    if (purposes.length === 0 && !method) { return null; }
    var partners = ($('consentPartners').value || '').split(',').map(function (partner) { return partner.trim(); })
      .filter(function (partner) { return partner !== ''; });
    return { purposes: purposes, partners: partners, givenBy: blankToNull($('consentGivenBy').value), method: method };
  }

  function fillConsent(given) {
    document.querySelectorAll('[data-consent-purpose]').forEach(function (box) {
      box.checked = !!given && (given.purposes || []).indexOf(box.value) >= 0;
    });
    $('consentPartners').value = given ? (given.partners || []).join(', ') : '';
    $('consentGivenBy').value = (given && given.givenBy) || '';
    $('consentMethod').value = (given && given.method) || '';
  }

  function fill(saved) {
    resetForm(true);
    $('registrationSite').value = saved.registrationSite || '';
    document.querySelectorAll('[data-journey]').forEach(function (field) {
      field.value = (saved.journey || {})[field.dataset.journey] || '';
    });
    (saved.members || []).forEach(addMember);
    fillConsent(saved.consent);
  }

  function resetForm(empty) {
    $('offline-form').reset();
    $('offline-members').replaceChildren();
    $('duplicate-warnings').hidden = true;
    $('cancel-edit').hidden = true;
    $('add-member').hidden = false;
    editing = null;
    page.formOwner = null;
    if (!empty) { addMember(); }
  }

  function save(event) {
    event.preventDefault();
    var typed = household();
    if (page.formOwner) { return saveForOwner(typed); }
    var now = new Date().toISOString();
    var existing = editing ? store.getRecord(editing) : Promise.resolve(null);
    existing.then(function (before) {
      var needsReference = !before || (before.problem && /^OFFLINE_REFERENCE_/.test(before.problem.code));
      var reference = needsReference ? takeReference() : Promise.resolve(before.reservedReference);
      return reference.then(function (held) {
        if (!held) { throw new Error('no-references'); }
        return store.encrypt(typed).then(function (sealed) {
          var clientId = before && !(before.problem && before.problem.code === 'OFFLINE_CLIENT_ID_TAKEN')
            ? before.clientId : crypto.randomUUID();
          var record = { clientId: clientId, state: 'WAITING', createdAt: before ? before.createdAt : now,
            recordedAt: now, reservedReference: held, sealed: sealed, problem: null };
          var replaced = before && clientId !== before.clientId
            ? store.putRecord(Object.assign({}, before, { state: 'DISCARDED', sealed: null })) : Promise.resolve();
          return replaced.then(function () { return store.putRecord(record); }).then(function () { return record; });
        });
      });
    }).then(function (record) {
      warnOfDuplicates(typed, record.clientId);
      say('form-message', format(text.saved, [record.reservedReference]));
      resetForm();
      return showOutbox();
    }).then(function () {
      if (navigator.onLine) { sync(); }
    }).catch(function (failure) {
      say('form-message', failure.message === 'no-references' ? text.noReferences : failure.message);
    });
  }

  /** The form holds a household another part of the page looks after (one kept for offline editing). */
  function saveForOwner(typed) {
    return page.formOwner.save(typed).then(function (message) {
      say('form-message', message);
      resetForm();
    }).catch(function (failure) { say('form-message', failure.message); });
  }

  /** The snapshot of the officer's scope, when one was downloaded and the page provides it. */
  function snapshot() {
    var snapshots = window.HomewardOfflineSnapshot;
    return snapshots ? snapshots.current().catch(function () { return null; }) : Promise.resolve(null);
  }

  /** The device-side duplicate check, where the page that provides it is loaded. */
  function warnOfDuplicates(typed, clientId) {
    var finder = window.HomewardOfflineDuplicates;
    if (!finder || typeof finder.findLikely !== 'function') { return; }
    Promise.all([waitingHouseholds(clientId), snapshot()]).then(function (both) {
      var others = both[0];
      var found = finder.findLikely(typed, others, both[1]) || [];
      var list = $('duplicate-warnings');
      list.replaceChildren();
      // Which record the list was last worked out for, so that whoever waits for it knows it is done.
      list.dataset.checked = clientId;
      if (found.length === 0) { list.hidden = true; return; }
      var title = document.createElement('li');
      title.textContent = text.duplicate;
      list.appendChild(title);
      found.forEach(function (warning) {
        var item = document.createElement('li');
        item.textContent = describe(warning, others);
        list.appendChild(item);
      });
      list.hidden = false;
    });
  }

  /**
   * One warning in words: which member, which waiting record's member or which registered household
   * of the snapshot (by its reference: the snapshot holds no names), and how likely.
   */
  function describe(warning, others) {
    var band = text['band' + warning.band.charAt(0) + warning.band.slice(1).toLowerCase().replace(/_(\w)/g,
      function (all, letter) { return letter.toUpperCase(); })] || warning.band;
    if (warning.snapshotEntry) {
      return format($('snapshot-panel').dataset.duplicateRegistered,
        [warning.member + 1, '\u2066' + warning.snapshotEntry.household + '\u2069', band]);
    }
    var other = others[warning.index] || {};
    var member = (other.members || [])[warning.otherMember] || {};
    var name = [member.givenNameAr || member.givenNameLatin, member.familyNameAr || member.familyNameLatin]
      .filter(Boolean).join(' ');
    return format(text.duplicateItem, [warning.member + 1, name, band]);
  }

  function waitingHouseholds(except) {
    return store.allRecords().then(function (records) {
      return Promise.all(records.filter(function (record) {
        return record.sealed && record.clientId !== except;
      }).map(function (record) { return store.decrypt(record.sealed); }));
    });
  }

  // ---- the outbox list ---------------------------------------------------------------------------

  function stateLabel(state) {
    return text['state' + state.charAt(0) + state.slice(1).toLowerCase()] || state;
  }

  function showOutbox() {
    return store.allRecords().then(function (records) {
      records.sort(function (a, b) { return a.createdAt < b.createdAt ? 1 : -1; });
      return Promise.all(records.map(function (record) {
        return record.sealed ? store.decrypt(record.sealed).then(function (saved) { return [record, saved]; })
          : Promise.resolve([record, null]);
      }));
    }).then(function (pairs) {
      var rows = $('outbox-rows');
      rows.replaceChildren();
      pairs.forEach(function (pair) { rows.appendChild(row(pair[0], pair[1])); });
    });
  }

  function principalName(saved) {
    var principal = saved && saved.members && saved.members[0];
    if (!principal) { return '—'; }
    return [principal.givenNameAr || principal.givenNameLatin, principal.familyNameAr || principal.familyNameLatin]
      .filter(Boolean).join(' ');
  }

  function row(record, saved) {
    var tr = document.createElement('tr');
    tr.className = 'outbox-record state-' + record.state.toLowerCase();
    tr.dataset.clientId = record.clientId;
    tr.dataset.state = record.state;
    cell(tr, record.reservedReference, 'ltr');
    cell(tr, principalName(saved));
    var state = cell(tr, stateLabel(record.state));
    state.className = 'record-state';
    if (record.problem) {
      var reason = document.createElement('div');
      reason.className = 'record-problem';
      reason.dataset.code = record.problem.code || '';
      var field = fieldLabel(record.problem.field);
      reason.textContent = problemText(record.problem) + (field ? ' (' + field + ')' : '');
      state.appendChild(reason);
    }
    if (record.exportedAt && record.state === 'WAITING') {
      var exported = document.createElement('div');
      exported.className = 'record-exported muted';
      exported.textContent = text.exportedToFile;
      state.appendChild(exported);
    }
    var actions = cell(tr, '');
    if (saved) {
      button(actions, text.print, 'print-slip', function () { printSlip(record, saved); });
      button(actions, text.edit, 'edit-record', function () { edit(record, saved); });
    }
    if (record.state === 'CONFLICT' && record.problem && record.problem.code === 'OFFLINE_RECORD_CHANGED_AFTER_SENT') {
      // The change reaches the household as an offline edit: keep the household, then edit it.
      button(actions, text.keepForEditing, 'keep-registered', function () { keepForEditing(record.reservedReference); });
    }
    if (record.state === 'REFUSED' || record.state === 'CONFLICT') {
      button(actions, text.discard, 'discard-record', function () { askDiscardReason(actions, record); });
    }
    return tr;
  }

  /** Why a record was refused, in the page's language from its code (the message kept is the fallback). */
  function problemText(problem) {
    var known = problem.code && document.querySelector('#record-problems [data-code="' + problem.code + '"]');
    return known ? known.textContent : (problem.message || problem.code || '');
  }

  /**
   * The field at fault in the page's language: the server names it by its path (journey.crossingPoint,
   * members[1].birthDate, reservedReference); a path the page has no label for is left out.
   */
  function fieldLabel(path) {
    if (!path) { return ''; }
    var member = /^members\[(\d+)\]\./.exec(path);
    var name = path.split('.').pop();
    var label = document.querySelector('#record-problems [data-field="' + name + '"]')
      || document.querySelector('#kept-field-labels [data-field="' + name + '"]');
    if (!label) { return ''; }
    return member ? format($('kept-panel').dataset.memberField, [Number(member[1]) + 1, label.textContent])
      : label.textContent;
  }

  function cell(tr, content, dir) {
    var td = document.createElement('td');
    td.textContent = content;
    if (dir) { td.dir = dir; }
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

  function edit(record, saved) {
    fill(saved);
    editing = record.clientId;
    $('cancel-edit').hidden = false;
    $('offline-form').scrollIntoView();
  }

  function keepForEditing(reference) {
    var form = $('keep-form');
    if (!form) { return; }
    $('keep-reference').value = reference;
    form.requestSubmit();
    form.scrollIntoView();
  }

  function askDiscardReason(actions, record) {
    var input = document.createElement('input');
    input.className = 'discard-reason';
    input.placeholder = text.discardReason;
    input.setAttribute('aria-label', text.discardReason);
    actions.appendChild(input);
    button(actions, text.discard, 'confirm-discard', function () {
      if (input.value.trim().length < 3) { input.focus(); return; }
      store.encrypt({ reason: input.value.trim() }).then(function (sealedReason) {
        return store.putRecord(Object.assign({}, record, { state: 'DISCARDED', sealed: null, sealedReason: sealedReason,
          discardedAt: new Date().toISOString() }));
      }).then(showOutbox);
    });
  }

  /** A member's name chain in one script: given, father's, grandfather's and family name, as typed. */
  function nameChain(member, script) {
    return ['givenName', 'fatherName', 'grandfatherName', 'familyName'].map(function (part) {
      return member[part + script];
    }).filter(Boolean).join(' ');
  }

  /** The destination's name in the page's language, from the places the page holds, else its P-code. */
  function destinationName(pcode) {
    if (!pcode) { return '—'; }
    var option = Array.prototype.find.call($('destinations').options, function (candidate) {
      return candidate.value === pcode;
    });
    return option && option.textContent.trim() ? option.textContent.trim() + ' (' + pcode + ')' : pcode;
  }

  /** Fills the slip with the record's reserved reference and every member's names in both scripts, and prints. */
  function printSlip(record, saved) {
    say('slip-reference', record.reservedReference);
    var rows = $('slip-member-rows');
    rows.replaceChildren();
    (saved.members || []).forEach(function (member, index) {
      var tr = document.createElement('tr');
      cell(tr, String(index + 1));
      var arabic = cell(tr, nameChain(member, 'Ar') || '—');
      arabic.dir = 'rtl';
      arabic.lang = 'ar';
      cell(tr, nameChain(member, 'Latin') || '—', 'ltr').lang = 'en';
      rows.appendChild(tr);
    });
    say('slip-member-count', String((saved.members || []).length));
    say('slip-destination', destinationName((saved.journey || {}).destinationPcode));
    say('slip-recorded', record.recordedAt.slice(0, 10));
    window.print();
  }

  // ---- sync --------------------------------------------------------------------------------------

  function outboxStatus(records) {
    var waiting = records.filter(function (record) { return record.state === 'WAITING'; });
    var oldest = waiting.map(function (record) { return record.recordedAt; }).sort()[0] || null;
    return { waiting: waiting.length, refused: records.filter(function (record) {
      return record.state === 'REFUSED' || record.state === 'CONFLICT';
    }).length, oldestWaitingAt: oldest };
  }

  function sync() {
    if (syncing || !store.unlocked() || !navigator.onLine) { return Promise.resolve(); }
    syncing = true;
    var counts = { SENT: 0, REFUSED: 0, CONFLICT: 0 };
    return store.allRecords().then(function (records) {
      var waiting = records.filter(function (record) { return record.state === 'WAITING'; });
      var batches = [];
      for (var i = 0; i < waiting.length; i += BATCH) { batches.push(waiting.slice(i, i + BATCH)); }
      return batches.reduce(function (previous, batch) {
        return previous.then(function () { return sendBatch(batch, counts); });
      }, Promise.resolve());
    }).then(function () {
      return store.allRecords();
    }).then(function (records) {
      return post('/api/v1/offline/sync', { deviceId: device.deviceId, records: [], outbox: outboxStatus(records) });
    }).then(function () {
      say('sync-status', format(text.synced, [counts.SENT, counts.REFUSED, counts.CONFLICT]));
      return refillReferences();
    }).then(function () {
      return runSteps(page.afterSync);
    }).then(function () {
      retryDelay = RETRY_FIRST;
      return false;
    }, function (failure) {
      if (signedOut(failure)) {
        say('sync-status', text.signedOut);
        return 'signed-out';
      }
      say('sync-status', text.syncFailed);
      return true;
    }).then(function (outcome) {
      syncing = false;
      if (outcome === 'signed-out') { return endWithTheSession(); }
      if (outcome) { retryLater(); }
      return showOutbox();
    });
  }

  /** Tries a failed sync again by itself while the page is online and unlocked, waiting longer each time. */
  function retryLater() {
    stopRetrying();
    if (!navigator.onLine || !store.unlocked()) { return; }
    var delay = retryDelay;
    retryDelay = Math.min(retryDelay * 2, RETRY_MOST);
    retryTimer = setTimeout(function () { retryTimer = null; sync(); }, delay);
  }

  function stopRetrying() {
    if (retryTimer) { clearTimeout(retryTimer); }
    retryTimer = null;
  }

  function sendBatch(batch, counts) {
    return Promise.all(batch.map(function (record) {
      return store.decrypt(record.sealed).then(function (saved) {
        return { clientId: record.clientId, reservedReference: record.reservedReference, household: saved,
          recordedAt: record.recordedAt };
      });
    })).then(function (records) {
      return post('/api/v1/offline/sync', { deviceId: device.deviceId, records: records });
    }).then(function (answer) {
      return Promise.all(answer.results.map(function (result) {
        var record = batch.find(function (candidate) { return candidate.clientId === result.clientId; });
        if (!record) { return null; }
        counts[result.state] = (counts[result.state] || 0) + 1;
        return store.getRecord(record.clientId).then(function (current) {
          // The officer may have edited the record while it was on its way: only what was sent is settled.
          if (!current || current.recordedAt !== record.recordedAt) { return null; }
          var settled = Object.assign({}, current, { state: result.state, problem: result.problem || null });
          if (result.state === 'SENT') {
            settled.sealed = null;
            settled.householdId = result.householdId;
            settled.sentAt = new Date().toISOString();
          } else if (result.householdId) {
            // Registered before this version of the record: the record stays, with the household it became.
            settled.householdId = result.householdId;
          }
          return store.putRecord(settled);
        });
      }));
    });
  }

  // ---- the parts of the page in other scripts ----------------------------------------------------

  /** Runs steps one after the other; each answers a promise or nothing. */
  function runSteps(steps) {
    return steps.reduce(function (previous, step) { return previous.then(step); }, Promise.resolve());
  }

  /**
   * What the other scripts of the page use: the server, the form, and the moments they act in (after an
   * unlock, after a sync, on locking). formOwner, when set, takes the form's save instead of the outbox.
   */
  var page = window.HomewardOfflinePage = {
    post: post, get: get, format: format, fill: fill, resetForm: resetForm, showOutbox: showOutbox,
    deviceId: function () { return device && device.deviceId; },
    afterUnlock: [], afterSync: [], onLock: [], formOwner: null
  };

  // ---- start -------------------------------------------------------------------------------------

  function showConnection() {
    var element = $('connection-state');
    element.textContent = navigator.onLine ? element.dataset.online : element.dataset.offline;
    element.classList.toggle('is-offline', !navigator.onLine);
  }

  /**
   * Asks the browser to keep this site's storage under pressure (the outbox must not be evicted), and
   * says on the page whether it agreed. See docs/offline.md for what each browser does.
   */
  function askToPersist() {
    var element = $('storage-state');
    var storage = navigator.storage;
    if (!storage || typeof storage.persist !== 'function') {
      element.dataset.persisted = 'unsupported';
      element.textContent = element.dataset.unsupported;
      return Promise.resolve(false);
    }
    var already = typeof storage.persisted === 'function' ? storage.persisted() : Promise.resolve(false);
    return already.then(function (kept) { return kept || storage.persist(); }).then(function (granted) {
      element.dataset.persisted = granted ? 'granted' : 'refused';
      element.textContent = granted ? element.dataset.granted : element.dataset.refused;
      return granted;
    }, function () {
      element.dataset.persisted = 'refused';
      element.textContent = element.dataset.refused;
      return false;
    });
  }

  function start() {
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register('/offline/sw.js', { scope: '/offline/' }).catch(function () { return null; });
    }
    showConnection();
    window.addEventListener('online', function () { showConnection(); retryDelay = RETRY_FIRST; sync(); });
    window.addEventListener('offline', function () { showConnection(); stopRetrying(); });
    if (typeof BroadcastChannel === 'function') {
      // Another tab signed out (offline-signout.js): this one locks too.
      new BroadcastChannel('homeward-offline').onmessage = function (event) {
        if (event.data && event.data.kind === 'signed-out') { endWithTheSession(); }
      };
    }
    askToPersist();
    ['click', 'keydown', 'input', 'touchstart'].forEach(function (kind) {
      document.addEventListener(kind, resetIdle, { passive: true });
    });
    $('unlock-form').addEventListener('submit', unlock);
    $('offline-form').addEventListener('submit', save);
    $('add-member').addEventListener('click', function () { addMember(); });
    $('cancel-edit').addEventListener('click', function () { resetForm(); });
    $('sync-button').addEventListener('click', function () { sync(); });
    $('lock-button').addEventListener('click', lockNow);
    store.device().then(function (known) { device = known; $('unlock-button').disabled = false; });
    $('unlock-button').disabled = true;
  }

  start();
})();
