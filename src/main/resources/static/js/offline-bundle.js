// Exports the waiting records of the offline outbox, and the waiting edits of households kept on the device
// (each with the version it started from), to one file, for a device that stays without a connection for
// days: the file is encrypted for the server's bundle key (ephemeral ECDH P-256, HKDF-SHA-256,
// AES-256-GCM) and signed by the device's own ECDSA P-256 key, so only that server reads it and a changed
// file is refused. The format is described in docs/offline.md.
(function () {
  'use strict';

  var store = window.HomewardOfflineStore;
  var button = document.getElementById('export-bundle');
  if (!store || !button) { return; }
  var FORMAT = 'homeward-offline-bundle';
  var VERSION = 1;
  var INFO = 'homeward offline bundle v1';
  var encoder = new TextEncoder();
  var exporting = false;

  function toBase64(bytes) {
    var text = '';
    new Uint8Array(bytes).forEach(function (b) { text += String.fromCharCode(b); });
    return btoa(text);
  }

  function fromBase64(text) {
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i); }
    return bytes;
  }

  function say(message, values) {
    var status = document.getElementById('bundle-status');
    status.textContent = (message || '').replace(/\{(\d+)\}/g, function (all, index) { return values[index]; });
  }

  /** While online, keeps the server's public bundle key on the device, for exports without a connection. */
  function keepServerKey() {
    if (!navigator.onLine) { return Promise.resolve(); }
    return fetch('/api/v1/offline/bundle-key', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (key) { return key && key.publicKey ? store.setMeta('bundleKey', key) : null; })
      .catch(function () { return null; });
  }

  function officer() {
    var user = document.querySelector('#logout-form .user');
    return user ? user.textContent.trim() : '';
  }


  /** The edits of kept households still waiting, decrypted, with the id and base version a sync sends them with. */
  function waitingEdits() {
    if (typeof store.allKept !== 'function') { return Promise.resolve([]); }
    return store.allKept().then(function (all) {
      var waiting = all.filter(function (kept) { return kept.state === 'WAITING' && kept.sealed && kept.clientId; });
      return Promise.all(waiting.map(function (kept) {
        return store.decrypt(kept.sealed).then(function (saved) {
          var edit = window.HomewardOfflineEdits.changes(saved.original, saved.edited);
          return { edit: { clientId: kept.clientId, householdId: kept.householdId, baseVersion: kept.baseVersion,
            household: edit.household, members: edit.members }, editedAt: kept.editedAt };
        });
      }));
    });
  }

  /** The records still waiting, decrypted, as a sync sends them. */
  function waitingRecords() {
    return store.allRecords().then(function (records) {
      var waiting = records.filter(function (record) { return record.state === 'WAITING' && record.sealed; });
      return Promise.all(waiting.map(function (record) {
        return store.decrypt(record.sealed).then(function (household) {
          return { clientId: record.clientId, reservedReference: record.reservedReference, household: household,
            recordedAt: record.recordedAt };
        });
      }));
    });
  }

  async function seal(serverKey, device, records, edits) {
    var bundleId = crypto.randomUUID();
    var server = await crypto.subtle.importKey('spki', fromBase64(serverKey.publicKey),
      { name: 'ECDH', namedCurve: 'P-256' }, false, []);
    var ephemeral = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
    var shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: server }, ephemeral.privateKey, 256);
    var material = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
    var contentKey = await crypto.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: encoder.encode(bundleId),
      info: encoder.encode(INFO) }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt']);
    var iv = crypto.getRandomValues(new Uint8Array(12));
    var header = { bundleId: bundleId, deviceId: device.deviceId, officer: officer(), createdAt: new Date().toISOString(),
      serverKeyId: serverKey.keyId, ephemeralKey: toBase64(await crypto.subtle.exportKey('spki', ephemeral.publicKey)),
      iv: toBase64(iv), records: records.length, edits: edits.length };
    var headerText = toBase64(encoder.encode(JSON.stringify(header)));
    var content = encoder.encode(JSON.stringify({ records: records, edits: edits,
      outbox: { waiting: records.length, refused: 0 } }));
    var ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv, additionalData: encoder.encode(headerText) },
      contentKey, content);
    var ciphertextText = toBase64(ciphertext);
    var signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, device.keyPair.privateKey,
      encoder.encode(FORMAT + '.' + VERSION + '.' + headerText + '.' + ciphertextText));
    return JSON.stringify({ format: FORMAT, version: VERSION, header: headerText, ciphertext: ciphertextText,
      signature: toBase64(signature) });
  }

  function download(text, name) {
    var link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'application/octet-stream' }));
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  }

  /** Marks what was exported; records and edits stay waiting, since only a sync or an import answers for them. */
  function markExported(records, edits, when) {
    return Promise.all(records.map(function (sent) {
      return store.getRecord(sent.clientId).then(function (current) {
        if (!current || current.recordedAt !== sent.recordedAt) { return null; }
        return store.putRecord(Object.assign({}, current, { exportedAt: when }));
      });
    }).concat(edits.map(function (sent) {
      return store.getKept(sent.edit.householdId).then(function (current) {
        if (!current || current.editedAt !== sent.editedAt) { return null; }
        return store.putKept(Object.assign({}, current, { exportedAt: when }));
      });
    })));
  }

  async function exportBundle() {
    if (exporting || !store.unlocked()) { return; }
    exporting = true;
    try {
      var serverKey = await store.getMeta('bundleKey');
      if (!serverKey) { say(button.dataset.noKey); return; }
      var records = await waitingRecords();
      var edits = await waitingEdits();
      if (records.length + edits.length === 0) { say(button.dataset.nothing); return; }
      var device = await store.device();
      var text = await seal(serverKey, device, records, edits.map(function (waiting) { return waiting.edit; }));
      // The date only: nothing personal in the file's name.
      var name = 'homeward-bundle-' + new Date().toISOString().slice(0, 10) + '.hwb';
      download(text, name);
      await markExported(records, edits, new Date().toISOString());
      if (window.HomewardOfflinePage && window.HomewardOfflinePage.showOutbox) {
        await window.HomewardOfflinePage.showOutbox();
      }
      say(button.dataset.exported + (edits.length > 0 ? ' ' + button.dataset.exportedEdits : ''),
        [records.length, name, edits.length]);
    } catch (failure) {
      say(button.dataset.failed);
    } finally {
      exporting = false;
    }
  }

  button.addEventListener('click', exportBundle);
  keepServerKey();
  window.addEventListener('online', keepServerKey);
})();
