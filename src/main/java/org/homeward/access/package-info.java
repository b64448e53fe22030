/**
 * Access: users, roles, password strength and hashing, login and its throttling, and the security rules every
 * page and endpoint passes through.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Access",
        allowedDependencies = {"files", "problems", "web"})
package org.homeward.access;
