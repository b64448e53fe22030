package org.homeward;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule of each feature's public surface: a top-level type of a feature is {@code public} only
 * where main code of another package uses it — another feature, the command line, a sub-package of
 * its own feature such as {@code linkage.engine}, or a template that names it with {@code T(...)}.
 * Everything else is package-private, which Java itself enforces, more strictly than an
 * {@code internal} package could (whose types would have to be public to their own feature).
 *
 * <p>The class files show nearly every use: a dependency of any kind ArchUnit records, and the catch
 * clauses it does not count as one. The few uses they do not show are listed in {@link #USED_UNSEEN};
 * the few types that stay public for tests in another package only, in {@link #KEPT_PUBLIC}; each with
 * where it is used. Both lists may only shrink: an entry that is no longer true fails too.
 */
class PublicSurfaceTest {

    private static final Pattern TEMPLATE_TYPE = Pattern.compile("T\\((org\\.homeward\\.[A-Za-z0-9_.]+)\\)");

    /**
     * Used by main code of another package in a way its class files do not show, with where: a constant the
     * compiler copies into its reader, or the result of a lambda whose type the compiler infers.
     */
    private static final Map<String, String> USED_UNSEEN = Map.of(
            "org.homeward.linkage.engine.ModelEstimator", "linkage's DuplicateIndex reads the constant MINIMUM_RECORDS",
            "org.homeward.movements.ArrivalOutcome", "cli's MovementDemo steps return it from a lambda",
            "org.homeward.movements.BoardingOutcome", "cli's MovementDemo steps return it from a lambda",
            "org.homeward.movements.ManifestHousehold", "cli's MovementDemo steps return it from a lambda",
            "org.homeward.movements.VoluntarinessRecord", "cli's DemoDecisions return it from a lambda");

    /** Public for tests in another package only, with the tests that need it. */
    private static final Map<String, String> KEPT_PUBLIC = Map.ofEntries(
            // Whole-application tests of other features set up their cases through these services.
            Map.entry(
                    "org.homeward.reception.CentreRequest",
                    "opens centres in tests of access, allocation, movements, registry, web and cli"),
            Map.entry(
                    "org.homeward.reception.CheckInRequest",
                    "checks households in, in tests of access, registry and web"),
            Map.entry(
                    "org.homeward.reception.StayCommands",
                    "checks households in, in tests of access, registry and web"),
            Map.entry(
                    "org.homeward.reception.ReceptionForecastService",
                    "access's PersonalDataAuditIT reads a forecast; the page walks take its today"),
            Map.entry(
                    "org.homeward.registry.AddMemberRequest",
                    "web's ArabicScanPages and documentation's DocumentationCaseIT add members"),
            Map.entry("org.homeward.registry.CorrectHouseholdRequest", "web's ArabicScanPages corrects a household"),
            Map.entry("org.homeward.registry.CorrectMemberRequest", "web's ArabicScanPages corrects a member"),
            Map.entry("org.homeward.registry.HouseholdCorrections", "web's ArabicScanPages corrects households"),
            Map.entry("org.homeward.registry.DataSubjectRequest", "documentation's EvidenceErasureIT erases a member"),
            Map.entry(
                    "org.homeward.registry.DataSubjectRequestService",
                    "access's PersonalDataAuditIT and WriteMatrixIT, documentation's EvidenceErasureIT"),
            Map.entry(
                    "org.homeward.registry.HouseholdEvent",
                    "movements' ArrivalIT and BoardingIT read the journey's events"),
            Map.entry(
                    "org.homeward.registry.HouseholdValidator",
                    "demo's RegistryValidationTest and places' HouseholdPlaceValidationTest validate with it"),
            Map.entry(
                    "org.homeward.registry.NameChainKeys",
                    "db.migration.v19's V19NameKeysTest compares the frozen V19 rules with it"),
            Map.entry(
                    "org.homeward.registry.RegistrationProperties",
                    "linkage's confirmation tests switch the duplicate confirmation on"),
            Map.entry(
                    "org.homeward.linkage.DuplicateQueue",
                    "access's PersonalDataAuditIT and web's EveryPageData read the review queue"),
            Map.entry(
                    "org.homeward.linkage.QueueFilter",
                    "access's PersonalDataAuditIT and web's EveryPageData read the review queue"),
            Map.entry(
                    "org.homeward.linkage.DuplicateReviewService",
                    "access's PersonalDataAuditIT and web's EveryPageData review a pair"),
            Map.entry(
                    "org.homeward.linkage.LikelyDuplicateService",
                    "access's PersonalDataAuditIT reads likely duplicates"),
            Map.entry("org.homeward.linkage.LikelyDuplicates", "access's PersonalDataAuditIT reads likely duplicates"),
            Map.entry(
                    "org.homeward.allocation.AllocationPlanner",
                    "runs allocations in web's page walks, access's PersonalDataAuditIT, cli's ReceptionPlanDemoIT, PlanRunBenchmark"),
            Map.entry(
                    "org.homeward.allocation.ArrivalWindow",
                    "runs allocations in web's EveryPageData and access's PersonalDataAuditIT"),
            Map.entry(
                    "org.homeward.allocation.AllocationRun",
                    "cli's ReceptionPlanDemoIT and PlanRunBenchmark read a run"),
            Map.entry(
                    "org.homeward.allocation.AllocationDecisions",
                    "cli's ReceptionPlanDemoIT accepts the demo plan's proposals"),
            Map.entry(
                    "org.homeward.allocation.AllocationProposal",
                    "cli's ReceptionPlanDemoIT reads the demo plan's proposals"),
            Map.entry(
                    "org.homeward.allocation.ProposalFilter",
                    "cli's ReceptionPlanDemoIT reads the demo plan's proposals"),
            Map.entry(
                    "org.homeward.allocation.ProposalPage",
                    "cli's ReceptionPlanDemoIT reads the demo plan's proposals"),
            Map.entry("org.homeward.documentation.EvidenceService", "web's EveryPageData stores evidence"),
            Map.entry("org.homeward.documentation.NewEvidence", "web's EveryPageData stores evidence"),
            Map.entry("org.homeward.documentation.EvidenceFile", "web's EveryPageData stores evidence"),
            Map.entry("org.homeward.statistics.PublishedFigureService", "web's EveryPageData publishes a figure"),
            Map.entry("org.homeward.statistics.PublishedFigure", "web's EveryPageData publishes a figure"),
            Map.entry(
                    "org.homeward.statistics.ConditionReturns",
                    "conditions' ConditionReturnsExportIT and ReturnsIntoRedAreasIT read it"),
            Map.entry(
                    "org.homeward.statistics.hxl.HxlValidator",
                    "statistics' StatisticsExportIT and cli's FiguresCommandIT check HXL files"),
            Map.entry("org.homeward.access.LookupLimits", "reception's ArrivalLookupIT sets the limits it tests"),
            Map.entry(
                    "org.homeward.database.EmbeddedDatabase",
                    "cli's CommandLineIT and BackupRestoreIT start the database the commands attach to"),
            Map.entry(
                    "org.homeward.cli.DedupInput",
                    "linkage.engine's FebrlBenchmarkTest reads the FEBRL files as homeward dedup does"),
            Map.entry(
                    "org.homeward.movements.MovementKind",
                    "conditions' and documentation's departure-check tests and cli's MovementDemoIT"),
            // cli's MovementDemoIT checks what the demo's return plan recorded, through movements' services.
            Map.entry("org.homeward.movements.BoardingSheet", "cli's MovementDemoIT"),
            Map.entry("org.homeward.movements.CoercionSignal", "cli's MovementDemoIT"),
            Map.entry("org.homeward.movements.CoercionSignalKind", "cli's MovementDemoIT"),
            Map.entry("org.homeward.movements.FollowUpFigures", "cli's MovementDemoIT"),
            Map.entry("org.homeward.movements.IntentionFigures", "cli's MovementDemoIT"),
            Map.entry("org.homeward.movements.MissingPersonAlertService", "cli's MovementDemoIT"),
            Map.entry("org.homeward.movements.PlanFunnel", "cli's MovementDemoIT"),
            Map.entry("org.homeward.movements.PlanFunnelView", "cli's MovementDemoIT"),
            Map.entry("org.homeward.movements.ProtectionReviewQueue", "cli's MovementDemoIT"),
            Map.entry("org.homeward.movements.VoluntarinessFigures", "cli's MovementDemoIT"),
            Map.entry("org.homeward.movements.VoluntarinessReconfirmation", "cli's MovementDemoIT"),
            Map.entry(
                    "org.homeward.documentation.CaseQueue",
                    "cli's MovementDemoIT reads the demo's documentation cases"),
            Map.entry(
                    "org.homeward.documentation.CaseStatus",
                    "cli's MovementDemoIT reads the demo's documentation cases"));

    /** Homeward's main and test classes; a class's location tells which it is. */
    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages("org.homeward", "db.migration");

    /** Each type main code uses, with the packages of the main classes that use it. */
    private static final Map<String, Set<String>> MAIN_USERS = users(false);

    /** Each type main or test code uses, with the packages of the classes that use it. */
    private static final Map<String, Set<String>> ALL_USERS = users(true);

    @Test
    void aFeatureTypeIsPublicOnlyWhereMainCodeOfAnotherPackageUsesIt() throws IOException {
        Set<String> named = namedByTemplates();
        Set<String> needless = CLASSES.stream()
                .filter(type -> !isTest(type) && isPublicFeatureType(type))
                .filter(type -> !usedFromAnotherPackage(type, MAIN_USERS))
                .map(JavaClass::getName)
                .filter(name ->
                        !named.contains(name) && !USED_UNSEEN.containsKey(name) && !KEPT_PUBLIC.containsKey(name))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(needless)
                .as("public, but no main code of another package uses them: drop `public` (or, if only a test"
                        + " of another package needs one, move the test or list it with the reason)")
                .isEmpty();
    }

    @Test
    void everyTypeKeptPublicForTestsStillNeedsIt() throws IOException {
        Set<String> named = namedByTemplates();
        Set<String> stale = KEPT_PUBLIC.keySet().stream()
                .filter(name -> !CLASSES.contain(name)
                        || !isPublicFeatureType(CLASSES.get(name))
                        || usedFromAnotherPackage(CLASSES.get(name), MAIN_USERS)
                        || named.contains(name)
                        || !usedFromAnotherPackage(CLASSES.get(name), ALL_USERS))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(stale)
                .as("listed as public for tests only, but gone, not public, used by main code of another package"
                        + " or by no test of another package: strike them from the list")
                .isEmpty();
    }

    @Test
    void everyUseTheClassFilesDoNotShowIsStillUnseen() {
        Set<String> stale = USED_UNSEEN.keySet().stream()
                .filter(name -> !CLASSES.contain(name)
                        || !isPublicFeatureType(CLASSES.get(name))
                        || usedFromAnotherPackage(CLASSES.get(name), MAIN_USERS))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(stale)
                .as("listed as used unseen, but gone, not public or now seen: strike them from the list")
                .isEmpty();
    }

    @Test
    void theRuleSeesUsesByMainCodeOfAnotherPackageAndTellsThemFromTests() {
        assertThat(usedFromAnotherPackage(CLASSES.get("org.homeward.registry.HouseholdQueries"), MAIN_USERS))
                .as("used by the reception's main code")
                .isTrue();
        assertThat(usedFromAnotherPackage(CLASSES.get("org.homeward.database.JobTakenOverException"), MAIN_USERS))
                .as("caught by allocation's and linkage's main code")
                .isTrue();
        assertThat(usedFromAnotherPackage(CLASSES.get("org.homeward.reception.CentreRequest"), MAIN_USERS))
                .as("used by tests of other features only")
                .isFalse();
        assertThat(usedFromAnotherPackage(CLASSES.get("org.homeward.reception.CentreRequest"), ALL_USERS))
                .isTrue();
    }

    /** A public top-level type in a feature's package or one of its sub-packages. */
    private static boolean isPublicFeatureType(JavaClass type) {
        return type.isTopLevelClass()
                && type.getModifiers().contains(JavaModifier.PUBLIC)
                && type.getPackageName().startsWith("org.homeward.")
                && !type.getSimpleName().equals("package-info");
    }

    private static boolean isTest(JavaClass type) {
        return type.getSource()
                .map(source -> source.getUri().toString().contains("/test-classes/"))
                .orElse(false);
    }

    /** Whether a class of another package among the users depends on the type or a type nested in it. */
    private static boolean usedFromAnotherPackage(JavaClass type, Map<String, Set<String>> users) {
        return users.getOrDefault(type.getName(), Set.of()).stream()
                .anyMatch(origin -> !origin.equals(type.getPackageName()));
    }

    /**
     * Each top-level type the classes (tests too when asked) use, with the packages of the classes that use
     * it: every dependency ArchUnit records, and the catch clauses it does not count as dependencies.
     */
    private static Map<String, Set<String>> users(boolean withTests) {
        Map<String, Set<String>> users = new HashMap<>();
        for (JavaClass origin : CLASSES) {
            if (!withTests && isTest(origin)) {
                continue;
            }
            Stream<JavaClass> used = Stream.concat(
                    origin.getDirectDependenciesFromSelf().stream().map(Dependency::getTargetClass),
                    origin.getCodeUnits().stream()
                            .flatMap(unit -> unit.getTryCatchBlocks().stream())
                            .flatMap(block -> block.getCaughtThrowables().stream()));
            used.forEach(target -> users.computeIfAbsent(target.getName().split("\\$")[0], name -> new HashSet<>())
                    .add(origin.getPackageName()));
        }
        return users;
    }

    /** The Homeward types templates name with {@code T(...)}, nested ones by their top-level type. */
    private static Set<String> namedByTemplates() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(Files::isRegularFile).toList()) {
                Matcher type = TEMPLATE_TYPE.matcher(Files.readString(template));
                while (type.find()) {
                    named.add(topLevel(type.group(1)));
                }
            }
        }
        return named;
    }

    /** {@code org.homeward.offline.BundleImportReport.EditResult} → {@code org.homeward.offline.BundleImportReport}. */
    private static String topLevel(String name) {
        String[] parts = name.split("\\.");
        StringBuilder top = new StringBuilder();
        for (String part : parts) {
            top.append(top.isEmpty() ? "" : ".").append(part);
            if (Character.isUpperCase(part.charAt(0))) {
                break;
            }
        }
        return top.toString();
    }
}
