/**
 * Files that leave Homeward for people and partners: the rule that keeps a CSV cell from being run
 * as a formula by a spreadsheet, and owner-only permissions for every file written. Every feature
 * that writes a CSV or a file depends on this small package; it depends on nothing of Homeward.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Files",
        allowedDependencies = {})
package org.homeward.files;
