/**
 * The command line: {@code serve}, {@code import}, {@code export}, {@code users} and the
 * other commands, each a thin shell over a feature's public service.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line")
package org.homeward.cli;
