/**
 * Access: users, roles, password hashing, login and its lockout, and the security rules every
 * page and endpoint passes through.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package org.homeward.access;
