// Homeward's service worker for offline registration. It keeps the offline form in both languages,
// its scripts, styles and the reference data written into the form, and answers them from its cache
// when the network does not. It never caches the API: records and references only ever travel live,
// and nothing personal passes through this cache (households live in the encrypted outbox).
'use strict';

var CACHE = 'homeward-offline-v4';
var PAGES = ['/offline/register/en', '/offline/register/ar'];
var ASSETS = ['/css/homeward.css', '/css/places.css', '/css/offline.css', '/js/homeward.js', '/js/places.js',
  '/js/offline-store.js', '/js/offline-signout.js', '/js/offline-register.js', '/webjars/htmx.org/dist/htmx.min.js',
  '/js/name-folding.js', '/js/offline-duplicates.js', '/js/offline-snapshot.js', '/js/offline-kept.js',
  '/js/offline-bundle.js', '/js/offline-places.js'];
var KEPT_PREFIXES = ['/offline/register', '/css/', '/js/', '/webjars/'];

function keep(cache, url, response) {
  // A redirect (to the sign-in page) or an error is never kept in place of the page asked for.
  if (response && response.ok && !response.redirected && response.type === 'basic') {
    return cache.put(url, response.clone());
  }
  return Promise.resolve();
}

function precache() {
  return caches.open(CACHE).then(function (cache) {
    return Promise.all(PAGES.concat(ASSETS).map(function (url) {
      return fetch(url, { credentials: 'same-origin', cache: 'no-cache' })
        .then(function (response) { return keep(cache, url, response); })
        .catch(function () { return null; });
    }));
  });
}

self.addEventListener('install', function (event) {
  event.waitUntil(precache().then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) { return name !== CACHE; })
      .map(function (name) { return caches['delete'](name); }));
  }).then(function () { return self.clients.claim(); }));
});

function cacheKey(url) {
  return url.pathname === '/offline/register' || url.pathname === '/offline/register/' ? PAGES[0] : url.pathname;
}

self.addEventListener('fetch', function (event) {
  var url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin
      || !KEPT_PREFIXES.some(function (prefix) { return url.pathname.indexOf(prefix) === 0; })) {
    return;
  }
  var key = cacheKey(url);
  event.respondWith(caches.open(CACHE).then(function (cache) {
    return fetch(event.request).then(function (response) {
      return keep(cache, key, response).then(function () { return response; });
    }, function () {
      return cache.match(key, { ignoreSearch: true }).then(function (cached) { return cached || Response.error(); });
    });
  }));
});
