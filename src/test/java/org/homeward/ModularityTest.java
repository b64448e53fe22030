package org.homeward;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module rules: every feature is a module, declares the modules it may use, and uses only those
 * and only their public parts; what each declares is what the may-use table of
 * {@code docs/architecture.md} says.
 */
class ModularityTest {

    private static final Pattern MAY_USE_ROW = Pattern.compile("^\\| `([a-z]+)` \\| (.*) \\|$", Pattern.MULTILINE);
    private static final Pattern BACKTICKED = Pattern.compile("`([a-z]+)`");

    private final ApplicationModules modules = ApplicationModules.of(HomewardApplication.class);

    @Test
    void featuresUseOnlyEachOthersPublicParts() {
        modules.verify();
    }

    @Test
    void everyFeatureIsAModule() {
        assertThat(modules.stream().map(module -> module.getBasePackage().getName()))
                .containsExactlyInAnyOrder(
                        "org.homeward.registry",
                        "org.homeward.access",
                        "org.homeward.database",
                        "org.homeward.web",
                        "org.homeward.cli",
                        "org.homeward.places",
                        "org.homeward.linkage",
                        "org.homeward.reception",
                        "org.homeward.allocation",
                        "org.homeward.statistics",
                        "org.homeward.demo",
                        "org.homeward.files",
                        "org.homeward.movements",
                        "org.homeward.conditions",
                        "org.homeward.documentation",
                        "org.homeward.offline",
                        "org.homeward.problems");
    }

    @Test
    void everyModuleDeclaresTheModulesItMayUseAsTheArchitectureDocumentSays() throws IOException {
        Map<String, Set<String>> documented = mayUseTable();
        Map<String, Set<String>> declared = new TreeMap<>();
        modules.forEach(module -> declared.put(module.getIdentifier().toString(), declaredModules(module)));
        assertThat(declared).isEqualTo(documented);
    }

    /** The modules named in the module's {@code allowedDependencies}, named interfaces folded into their module. */
    private static Set<String> declaredModules(org.springframework.modulith.core.ApplicationModule module) {
        ApplicationModule annotation = module.getBasePackage()
                .getAnnotation(ApplicationModule.class)
                .orElseThrow(() -> new AssertionError(module.getIdentifier() + " has no @ApplicationModule"));
        assertThat(annotation.allowedDependencies())
                .as(module.getIdentifier() + " must not stay open")
                .doesNotContain(ApplicationModule.OPEN_TOKEN);
        return java.util.Arrays.stream(annotation.allowedDependencies())
                .map(name -> name.split("::")[0].trim())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Each feature of the may-use table with the features it may use ("every feature" for the command line). */
    private Map<String, Set<String>> mayUseTable() throws IOException {
        String document = Files.readString(Path.of("docs/architecture.md"));
        String table = document.substring(
                document.indexOf("| feature | may use |"), document.indexOf("## Who owns which table"));
        Set<String> names = modules.stream()
                .map(module -> module.getIdentifier().toString())
                .collect(Collectors.toSet());
        Map<String, Set<String>> mayUse = new TreeMap<>();
        Matcher row = MAY_USE_ROW.matcher(table);
        while (row.find()) {
            Set<String> used = new TreeSet<>();
            if (row.group(2).startsWith("every feature")) {
                used.addAll(names);
                used.remove(row.group(1));
            }
            Matcher name = BACKTICKED.matcher(row.group(2));
            while (name.find()) {
                if (names.contains(name.group(1))) {
                    used.add(name.group(1));
                }
            }
            mayUse.put(row.group(1), used);
        }
        return mayUse;
    }
}
