// The reference snapshot of the officer's scope on the device: downloaded while online (on demand and
// after every sync) together with the listed given names, kept in IndexedDB sealed under the outbox key
// like the records, and handed to the duplicate check of the form. It holds folded name keys, sex and
// birth year per person and each person's household reference, never a name as written; see docs/offline.md.
(function () {
  'use strict';

  var store = window.HomewardOfflineStore;
  var page = window.HomewardOfflinePage;
  var panel = document.getElementById('snapshot-panel');
  if (!store || !page || !panel) { return; }
  var text = panel.dataset;
  var downloading = false;

  function status(message) {
    document.getElementById('snapshot-status').textContent = message || '';
  }

  /** Downloads the snapshot and the listed names, seals them and replaces the one kept before. */
  function download() {
    if (downloading || !navigator.onLine || !store.unlocked()) { return Promise.resolve(); }
    downloading = true;
    status(text.downloading);
    return Promise.all([page.get('/api/v1/linkage/snapshot'), page.get('/api/v1/linkage/given-names')])
      .then(function (answers) {
        var snapshot = answers[0];
        snapshot.listedKeys = answers[1];
        var bytes = new TextEncoder().encode(JSON.stringify(snapshot)).length;
        return store.encrypt(snapshot).then(function (sealed) {
          return store.setMeta('snapshot', { sealed: sealed, downloadedAt: new Date().toISOString(),
            people: snapshot.people, bytes: bytes });
        });
      }).then(show, function (failure) {
        // The one kept before stays: an old snapshot still warns better than none.
        return show().then(function () {
          status(failure.status === 422 ? text.tooLarge : text.failed);
        });
      }).then(function () { downloading = false; });
  }

  /** The snapshot kept on the device, decrypted, or null when none was downloaded. */
  function current() {
    if (!store.unlocked()) { return Promise.resolve(null); }
    return store.getMeta('snapshot').then(function (kept) {
      return kept && kept.sealed ? store.decrypt(kept.sealed) : null;
    });
  }

  function age(since) {
    var minutes = Math.max(0, Math.round((Date.now() - Date.parse(since)) / 60000));
    if (minutes < 120) { return page.format(text.ageMinutes, [minutes]); }
    var hours = Math.round(minutes / 60);
    return hours < 48 ? page.format(text.ageHours, [hours]) : page.format(text.ageDays, [Math.round(hours / 24)]);
  }

  /** Says how many people the kept snapshot holds, how large it is and how old. */
  function show() {
    return store.getMeta('snapshot').then(function (kept) {
      panel.dataset.people = kept ? String(kept.people) : '';
      if (!kept) { status(text.none); return; }
      var kilobytes = Math.max(1, Math.round(kept.bytes / 1024));
      status(page.format(text.held, [kept.people, kilobytes, kept.downloadedAt.slice(0, 16).replace('T', ' '),
        age(kept.downloadedAt)]));
    });
  }

  document.getElementById('snapshot-refresh').addEventListener('click', function () { download(); });
  page.afterUnlock.push(show);
  page.afterSync.push(download);
  page.onLock.push(function () { status(''); });
  window.HomewardOfflineSnapshot = { current: current, download: download };
})();
