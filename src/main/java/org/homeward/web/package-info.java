/**
 * Web: the layout, languages (English and Arabic, right-to-left), start and login pages, and
 * the error answers (RFC 9457 problem details) shared by every feature.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Web",
        allowedDependencies = {"problems"})
package org.homeward.web;
