// The device's outbox: households typed offline, kept in IndexedDB encrypted with AES-GCM.
// The key never leaves memory and cannot be exported. It is derived (HKDF-SHA-256) from a secret the
// server hands to the signed-in officer's device; a copy of that secret is kept on the device wrapped
// with a key derived (PBKDF2-SHA-256) from the officer's offline passphrase, so that the outbox can be
// unlocked again without a connection. Signing out erases the wrapped copy. The same key seals the
// households kept for offline editing and the reference snapshot of the officer's scope. See docs/offline.md.
(function () {
  'use strict';

  var DATABASE = 'homeward-offline';
  var PBKDF2_ITERATIONS = 310000;
  var encoder = new TextEncoder();
  var decoder = new TextDecoder();
  var outboxKey = null;

  function open() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DATABASE, 2);
      request.onupgradeneeded = function (event) {
        var db = request.result;
        if (event.oldVersion < 1) {
          db.createObjectStore('meta');
          db.createObjectStore('records', { keyPath: 'clientId' });
        }
        if (event.oldVersion < 2) {
          // Households downloaded to be edited offline, one per household.
          db.createObjectStore('kept', { keyPath: 'householdId' });
        }
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function run(store, mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var transaction = db.transaction(store, mode);
        var result;
        Promise.resolve(work(transaction.objectStore(store))).then(function (value) { result = value; });
        transaction.oncomplete = function () { db.close(); resolve(result); };
        transaction.onerror = function () { db.close(); reject(transaction.error); };
      });
    });
  }

  function request(idbRequest) {
    return new Promise(function (resolve, reject) {
      idbRequest.onsuccess = function () { resolve(idbRequest.result); };
      idbRequest.onerror = function () { reject(idbRequest.error); };
    });
  }

  function getMeta(key) {
    return run('meta', 'readonly', function (store) { return request(store.get(key)); });
  }

  function setMeta(key, value) {
    return run('meta', 'readwrite', function (store) { return request(store.put(value, key)); });
  }

  function deleteMeta(key) {
    return run('meta', 'readwrite', function (store) { return request(store['delete'](key)); });
  }

  function toBase64(bytes) {
    var text = '';
    new Uint8Array(bytes).forEach(function (b) { text += String.fromCharCode(b); });
    return btoa(text);
  }

  function fromBase64(text) {
    var raw = atob(text);
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) { bytes[i] = raw.charCodeAt(i); }
    return bytes;
  }

  /** The device: its identifier and ECDSA P-256 key pair (private key not extractable), made once. */
  function device() {
    return getMeta('device').then(function (known) {
      if (known) { return known; }
      return crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify'])
        .then(function (pair) {
          return crypto.subtle.exportKey('spki', pair.publicKey).then(function (spki) {
            var made = { deviceId: crypto.randomUUID(), keyPair: pair, publicKey: toBase64(spki),
              label: (navigator.platform || 'device') + ' ' + new Date().toISOString().slice(0, 10) };
            return setMeta('device', made).then(function () { return made; });
          });
        });
    });
  }

  function passphraseKey(passphrase, salt) {
    return crypto.subtle.importKey('raw', encoder.encode(passphrase), 'PBKDF2', false, ['deriveKey'])
      .then(function (material) {
        return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: salt, iterations: PBKDF2_ITERATIONS },
          material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
      });
  }

  function deriveOutboxKey(secret, deviceId) {
    return crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']).then(function (material) {
      return crypto.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: encoder.encode(deviceId),
        info: encoder.encode('homeward offline outbox v1') }, material, { name: 'AES-GCM', length: 256 }, false,
        ['encrypt', 'decrypt']);
    });
  }

  /** Unlocks with the server's secret (online) and keeps it wrapped by the passphrase for offline unlocks. */
  function unlockWithSecret(secretBase64, passphrase, deviceId) {
    var secret = fromBase64(secretBase64);
    var salt = crypto.getRandomValues(new Uint8Array(16));
    var iv = crypto.getRandomValues(new Uint8Array(12));
    return passphraseKey(passphrase, salt).then(function (wrapping) {
      return crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv }, wrapping, secret);
    }).then(function (wrapped) {
      return setMeta('wrappedSecret', { salt: salt, iv: iv, data: new Uint8Array(wrapped) });
    }).then(function () {
      return deriveOutboxKey(secret, deviceId);
    }).then(function (key) {
      secret.fill(0);
      outboxKey = key;
    });
  }

  /** Unlocks without a connection; rejects with 'never-unlocked' or 'wrong-passphrase'. */
  function unlockOffline(passphrase, deviceId) {
    return getMeta('wrappedSecret').then(function (wrapped) {
      if (!wrapped) { throw new Error('never-unlocked'); }
      return passphraseKey(passphrase, wrapped.salt).then(function (wrapping) {
        return crypto.subtle.decrypt({ name: 'AES-GCM', iv: wrapped.iv }, wrapping, wrapped.data);
      }).then(function (secret) {
        var bytes = new Uint8Array(secret);
        return deriveOutboxKey(bytes, deviceId).then(function (key) { bytes.fill(0); outboxKey = key; });
      }, function () { throw new Error('wrong-passphrase'); });
    });
  }

  function lock() { outboxKey = null; }

  function unlocked() { return outboxKey !== null; }

  /**
   * Forgets the wrapped secret and the reference snapshot: after signing out only a new online unlock
   * opens the outbox, and the snapshot is downloaded again then.
   */
  function forget() {
    lock();
    return deleteMeta('wrappedSecret').then(function () { return deleteMeta('snapshot'); });
  }

  function encrypt(value) {
    if (!outboxKey) { return Promise.reject(new Error('locked')); }
    var iv = crypto.getRandomValues(new Uint8Array(12));
    return crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv }, outboxKey, encoder.encode(JSON.stringify(value)))
      .then(function (data) { return { iv: iv, data: new Uint8Array(data) }; });
  }

  function decrypt(sealed) {
    if (!outboxKey) { return Promise.reject(new Error('locked')); }
    return crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, outboxKey, sealed.data)
      .then(function (plain) { return JSON.parse(decoder.decode(plain)); });
  }

  function allRecords() {
    return run('records', 'readonly', function (store) { return request(store.getAll()); });
  }

  function putRecord(record) {
    return run('records', 'readwrite', function (store) { return request(store.put(record)); });
  }

  function getRecord(clientId) {
    return run('records', 'readonly', function (store) { return request(store.get(clientId)); });
  }

  function allKept() {
    return run('kept', 'readonly', function (store) { return request(store.getAll()); });
  }

  function getKept(householdId) {
    return run('kept', 'readonly', function (store) { return request(store.get(householdId)); });
  }

  function putKept(kept) {
    return run('kept', 'readwrite', function (store) { return request(store.put(kept)); });
  }

  function deleteKept(householdId) {
    return run('kept', 'readwrite', function (store) { return request(store['delete'](householdId)); });
  }

  /**
   * Whether a kept household holds the officer's changes that the registry has not taken: an edit waiting,
   * or one refused and kept on the device to be corrected or discarded with a reason.
   */
  function holdsAnEdit(kept) {
    return !!(kept && kept.sealed && kept.state !== 'KEPT');
  }

  /**
   * Writes a household just downloaded, unless the device holds an edit of it not taken yet (waiting or
   * refused): a download never overwrites what the officer changed. Answers whether it was written.
   */
  function keepUnlessWaiting(kept) {
    return run('kept', 'readwrite', function (store) {
      return request(store.get(kept.householdId)).then(function (before) {
        if (holdsAnEdit(before)) { return false; }
        return request(store.put(kept)).then(function () { return true; });
      });
    });
  }

  /**
   * Removes a kept household whose edit was not taken, keeping why: the reason (sealed under the outbox
   * key) with the household's reference and when, in the device's list of discarded edits.
   */
  function discardKept(kept, sealedReason) {
    return getMeta('discardedEdits').then(function (before) {
      var discarded = (before || []).concat([{ householdId: kept.householdId, reference: kept.reference,
        clientId: kept.clientId || null, state: kept.state, discardedAt: new Date().toISOString(),
        sealedReason: sealedReason }]);
      return setMeta('discardedEdits', discarded);
    }).then(function () { return deleteKept(kept.householdId); });
  }

  window.HomewardOfflineStore = {
    allKept: allKept, getKept: getKept, putKept: putKept, deleteKept: deleteKept, keepUnlessWaiting: keepUnlessWaiting,
    holdsAnEdit: holdsAnEdit, discardKept: discardKept,
    device: device, getMeta: getMeta, setMeta: setMeta, unlockWithSecret: unlockWithSecret,
    unlockOffline: unlockOffline, lock: lock, unlocked: unlocked, forget: forget, encrypt: encrypt, decrypt: decrypt,
    allRecords: allRecords, putRecord: putRecord, getRecord: getRecord
  };
})();
