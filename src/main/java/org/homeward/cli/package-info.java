/**
 * The command line: {@code serve}, {@code import}, {@code export}, {@code users} and the
 * other commands, each a thin shell over a feature's public service.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Command line",
        allowedDependencies = {
            "access",
            "allocation",
            "allocation::engine",
            "conditions",
            "database",
            "demo",
            "documentation",
            "files",
            "linkage",
            "linkage::engine",
            "movements",
            "offline",
            "places",
            "problems",
            "reception",
            "registry",
            "statistics",
            "web"
        })
package org.homeward.cli;
