/**
 * Offline registration: the devices officers register, the household references reserved to each
 * device so that slips printed without a connection carry the reference the household keeps, the
 * idempotent sync of a device's outbox (every synced household goes through the duplicate check and
 * likely pairs into the review queue), the offline form with its service worker and encrypted
 * outbox, and the supervisors' page of devices. See docs/offline.md.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Offline",
        allowedDependencies = {"access", "files", "linkage", "places", "problems", "registry", "web"})
package org.homeward.offline;
