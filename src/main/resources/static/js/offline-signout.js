// Signing out ends the offline outbox's key on this device, whichever page it is done from: the wrapped
// secret and the reference snapshot are erased before the sign-out is sent, and again on the sign-in page
// (where an ended session also leads), and every offline page open in another tab is told to lock.
// After that only a new sign-in and an online unlock open the outbox again. See docs/offline.md.
(function () {
  'use strict';

  var DATABASE = 'homeward-offline';

  /** Whether this browser holds an outbox at all, so that a sign-in page never creates an empty one. */
  function holdsOutbox() {
    if (!window.indexedDB) { return Promise.resolve(false); }
    if (typeof indexedDB.databases !== 'function') { return Promise.resolve(true); }
    return indexedDB.databases().then(function (all) {
      return all.some(function (database) { return database.name === DATABASE; });
    }, function () { return true; });
  }

  function tellOtherTabs() {
    if (typeof BroadcastChannel !== 'function') { return; }
    var channel = new BroadcastChannel(DATABASE);
    channel.postMessage({ kind: 'signed-out' });
    channel.close();
  }

  function erase() {
    var store = window.HomewardOfflineStore;
    tellOtherTabs();
    if (!store) { return Promise.resolve(); }
    return holdsOutbox().then(function (held) { return held ? store.forget() : null; })
      .catch(function () { return null; });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var action = form.getAttribute && form.getAttribute('action');
    if (!action || !/\/logout$/.test(action)) { return; }
    event.preventDefault();
    // form.submit() fires no submit event: the sign-out is sent once, after the erasing.
    erase().then(function () { form.submit(); });
  });

  if (document.body && document.body.hasAttribute('data-signed-out')) { erase(); }
})();
