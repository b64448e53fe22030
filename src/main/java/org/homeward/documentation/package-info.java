/**
 * Documentation: civil-documentation cases (a child born abroad, a lost ID, a family booklet, a
 * marriage, a death, property evidence), each a chain of steps at different authorities whose
 * types are data, with the deadlines of each jurisdiction worked out by a plain-Java engine
 * ({@code deadline}), cases proposed where the registry shows a gap, a workflow with assignment
 * and an append-only history, a departure check for travelling children, and figures with
 * small-cell protection. Scanned evidence files are
 * encrypted at rest with a key held outside the database, with a fingerprint and a chain of custody
 * in the audit trail; a property locker per household keeps every version of each property
 * document; referrals to partners are made only where the household's consent covers them.
 * Other features use {@link org.homeward.documentation.DocumentationCaseService}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Documentation",
        allowedDependencies = {
            "access",
            "files",
            "movements",
            "problems",
            "registry",
            "statistics",
            "statistics::suppression",
            "web"
        })
package org.homeward.documentation;
