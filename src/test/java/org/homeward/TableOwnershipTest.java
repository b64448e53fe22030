package org.homeward;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The check that no feature's SQL names a table another feature owns. It reads the ownership tables of
 * {@code docs/architecture.md}, the SQL string literals of each feature's Java code and every migration,
 * and compares: a crossing not listed in the document fails, and so does a listed one that no longer
 * occurs, so the list of crossings still to remove can only shrink. Reading another feature's published
 * read-only views is no crossing; writing to them, or hanging triggers on them, is. A crossing in an old
 * migration (which cannot be edited) is excused only where the document names the later migration of the
 * table's owner that undid it.
 */
class TableOwnershipTest {

    private static final Path DOCUMENT = Path.of("docs/architecture.md");
    private static final Path FEATURES = Path.of("src/main/java/org/homeward");
    private static final Path SQL_MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path JAVA_MIGRATIONS = Path.of("src/main/java/db/migration");
    /** Words after which a view's name means the SQL reads it; after the other table words it writes or alters it. */
    private static final Set<String> READING_WORDS = Set.of("from", "join");
    /** Words after which a table name means the SQL reads, writes, alters or hangs something on that table. */
    private static final Set<String> TABLE_WORDS = Set.of("from", "join", "into", "update", "table", "on", "truncate");
    /** Words that may stand between such a word and the table name. */
    private static final Set<String> FILLER = Set.of("only", "if", "not", "exists");

    private static final Pattern WORD = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"([\\s\\S]*?)\"\"\"");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

    private final Map<String, List<List<String>>> sections = sections(read(DOCUMENT));
    private final Map<String, String> views = views();
    private final Map<String, String> owners = owners();

    @Test
    void noFeatureNamesATableItDoesNotOwnUnlessTheCrossingIsListed() {
        Map<String, Set<String>> where = crossings();
        // What is left of a crossing once the old migrations that a later one undid are set aside.
        undoneCrossings().forEach((crossing, migrations) -> {
            Set<String> sources = where.getOrDefault(crossing, new TreeSet<>());
            sources.removeAll(migrations);
            if (sources.isEmpty()) {
                where.remove(crossing);
            }
        });
        Set<String> found = new TreeSet<>();
        where.forEach((crossing, sources) -> sources.forEach(source -> found.add(crossing + " in " + source)));
        Set<String> listed = listedCrossings();
        assertThat(found)
                .as("crossings in code and migrations that docs/architecture.md does not list")
                .isSubsetOf(listed);
        assertThat(listed)
                .as("crossings listed in docs/architecture.md that no longer occur: strike them out")
                .isSubsetOf(found);
    }

    @Test
    void everyExcusedCrossingOccursInItsMigrationAndWasUndoneByTheTablesOwner() {
        Map<String, Set<String>> where = crossings();
        Map<String, Set<String>> features = migrationFeatures();
        for (List<String> row : section("Crossings in migrations that later ones undo")) {
            String crossing = row.get(0) + " -> " + backticked(row.get(1)).get(0);
            String migration = backticked(row.get(2)).get(0);
            assertThat(where.getOrDefault(crossing, Set.of()))
                    .as("migrations where " + crossing + " occurs")
                    .contains(migration);
            String undoneBy = backticked(row.get(3)).get(0);
            assertThat(features.getOrDefault(undoneBy, Set.of()))
                    .as("features of " + undoneBy + ", which undoes " + crossing + " in " + migration)
                    .contains(owners.get(backticked(row.get(1)).get(0)));
        }
    }

    @Test
    void everyViewIsPublishedByTheFeatureWhoseMigrationCreatesIt() {
        Map<String, String> created = new TreeMap<>();
        Pattern createView = Pattern.compile("create\\s+(?:or\\s+replace\\s+)?view\\s+([a-z_][a-z0-9_]*)");
        Map<String, Set<String>> features = migrationFeatures();
        for (Path migration : files(SQL_MIGRATIONS, ".sql")) {
            Matcher matcher = createView.matcher(sqlOf(migration));
            while (matcher.find()) {
                created.put(matcher.group(1), migrationName(migration));
            }
        }
        assertThat(views.keySet()).as("views published in docs/architecture.md").isEqualTo(created.keySet());
        created.forEach((view, migration) -> assertThat(features.get(migration))
                .as("features of " + migration)
                .contains(views.get(view)));
    }

    @Test
    void readingAPublishedViewIsNoCrossingButWritingToItIs() {
        String view = views.keySet().iterator().next();
        assertThat(tablesNamed("SELECT * FROM " + view + " v JOIN " + view + " w ON true"))
                .isEmpty();
        assertThat(tablesNamed("UPDATE " + view + " SET x = 1")).containsExactly(view);
        assertThat(tablesNamed("CREATE TRIGGER t AFTER UPDATE ON " + view)).containsExactly(view);
    }

    @Test
    void everyTableInTheMigrationsHasOneOwner() {
        Set<String> created = new TreeSet<>();
        Pattern createTable = Pattern.compile("create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
        for (Path migration : files(SQL_MIGRATIONS, ".sql")) {
            Matcher matcher = createTable.matcher(sqlOf(migration));
            while (matcher.find()) {
                created.add(matcher.group(1));
            }
        }
        assertThat(owners.keySet())
                .as("tables with an owner in docs/architecture.md")
                .containsAll(created);
    }

    @Test
    void everyMigrationNamesTheFeatureThatWroteIt() {
        Set<String> migrations = new TreeSet<>();
        files(SQL_MIGRATIONS, ".sql").forEach(path -> migrations.add(migrationName(path)));
        // Helpers beside the Java migrations (V19's frozen key rules) are not migrations: Flyway runs V…__ classes
        // only.
        files(JAVA_MIGRATIONS, ".java").stream()
                .filter(path -> path.getFileName().toString().matches("V[0-9_]+__.*"))
                .forEach(path -> migrations.add(migrationName(path)));
        assertThat(migrationFeatures().keySet())
                .as("migrations listed in docs/architecture.md")
                .containsAll(migrations);
    }

    @Test
    void findsATableNamedInAnyOfTheWaysSqlNamesIt() {
        String sql = """
                SELECT h.id FROM household h JOIN individual i ON i.household_id = h.id;
                CREATE TRIGGER t AFTER UPDATE ON household_event FOR EACH ROW EXECUTE FUNCTION f();
                ALTER TABLE IF EXISTS audit_event ADD COLUMN x text; UPDATE ONLY app_user SET y = 1""";
        assertThat(tablesNamed(sql))
                .containsExactlyInAnyOrder("household", "individual", "household_event", "audit_event", "app_user");
        assertThat(tablesNamed("household_id REFERENCES household (id) ON DELETE CASCADE"))
                .isEmpty();
    }

    /** Each crossing ("feature -> table") with the classes and migrations where it occurs. */
    private Map<String, Set<String>> crossings() {
        Map<String, Set<String>> crossings = new TreeMap<>();
        try (Stream<Path> features = Files.list(FEATURES)) {
            for (Path feature : features.filter(Files::isDirectory).toList()) {
                String name = feature.getFileName().toString();
                for (Path source : files(feature, ".java")) {
                    addCrossings(crossings, source, Set.of(name), tablesNamed(sqlLiterals(read(source))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Set<String>> migrationFeatures = migrationFeatures();
        for (Path migration : files(SQL_MIGRATIONS, ".sql")) {
            addCrossings(
                    crossings,
                    migration,
                    migrationFeatures.getOrDefault(migrationName(migration), Set.of()),
                    tablesNamed(sqlOf(migration)));
        }
        for (Path migration : files(JAVA_MIGRATIONS, ".java")) {
            addCrossings(
                    crossings,
                    migration,
                    migrationFeatures.getOrDefault(migrationName(migration), Set.of()),
                    tablesNamed(sqlLiterals(read(migration))));
        }
        return crossings;
    }

    private void addCrossings(
            Map<String, Set<String>> crossings, Path source, Set<String> features, Set<String> tables) {
        for (String table : tables) {
            String owner = owners.getOrDefault(table, views.get(table));
            if (owner != null && !features.contains(owner)) {
                features.forEach(feature -> crossings
                        .computeIfAbsent(feature + " -> " + table, crossing -> new TreeSet<>())
                        .add(migrationName(source)));
            }
        }
    }

    /**
     * Tables owned by some feature that this SQL reads, writes, alters, indexes or triggers on, and
     * published views that it writes to or triggers on.
     */
    Set<String> tablesNamed(String sql) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(sql.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        Set<String> tables = new TreeSet<>();
        for (int i = 0; i < words.size(); i++) {
            if (!TABLE_WORDS.contains(words.get(i))) {
                continue;
            }
            int next = i + 1;
            while (next < words.size() && FILLER.contains(words.get(next))) {
                next++;
            }
            if (next < words.size()
                    && (owners.containsKey(words.get(next))
                            || views.containsKey(words.get(next)) && !READING_WORDS.contains(words.get(i)))) {
                tables.add(words.get(next));
            }
        }
        return tables;
    }

    private static String sqlLiterals(String java) {
        StringBuilder sql = new StringBuilder();
        Matcher blocks = TEXT_BLOCK.matcher(java);
        while (blocks.find()) {
            sql.append(blocks.group(1)).append('\n');
        }
        Matcher strings = STRING.matcher(TEXT_BLOCK.matcher(java).replaceAll(""));
        while (strings.find()) {
            sql.append(strings.group(1)).append('\n');
        }
        return sql.toString();
    }

    private static String sqlOf(Path migration) {
        return read(migration).toLowerCase(Locale.ROOT).replaceAll("--[^\\n]*", "");
    }

    private Map<String, String> owners() {
        Map<String, String> owners = new HashMap<>();
        for (List<String> row : section("Who owns which table")) {
            for (String table : backticked(row.get(1))) {
                assertThat(owners.put(table, row.get(0)))
                        .as("owner of " + table)
                        .isNull();
            }
        }
        assertThat(owners).as("ownership table in docs/architecture.md").isNotEmpty();
        return owners;
    }

    /** The read-only views each feature publishes as its contract, with the feature. */
    private Map<String, String> views() {
        Map<String, String> views = new HashMap<>();
        for (List<String> row : section("Read-only views each feature publishes")) {
            for (String view : backticked(row.get(1))) {
                assertThat(views.put(view, row.get(0)))
                        .as("publisher of " + view)
                        .isNull();
            }
        }
        assertThat(views).as("published views in docs/architecture.md").isNotEmpty();
        return views;
    }

    /** Crossings in old migrations that a later migration of the table's owner undid, with those old migrations. */
    private Map<String, Set<String>> undoneCrossings() {
        Map<String, Set<String>> undone = new TreeMap<>();
        for (List<String> row : section("Crossings in migrations that later ones undo")) {
            undone.computeIfAbsent(row.get(0) + " -> " + backticked(row.get(1)).get(0), crossing -> new TreeSet<>())
                    .add(backticked(row.get(2)).get(0));
        }
        return undone;
    }

    private Map<String, Set<String>> migrationFeatures() {
        Map<String, Set<String>> features = new HashMap<>();
        for (List<String> row : section("Which feature wrote which migration")) {
            for (String migration : backticked(row.get(0))) {
                features.put(migration, new TreeSet<>(List.of(row.get(1).split("\\s*,\\s*"))));
            }
        }
        return features;
    }

    private Set<String> listedCrossings() {
        Set<String> listed = new TreeSet<>();
        for (List<String> row : section("Crossings still to remove")) {
            // Each place where the crossing occurs is listed, so a listed crossing does not hide a new one elsewhere.
            for (String table : backticked(row.get(2))) {
                backticked(row.get(3)).forEach(source -> listed.add(row.get(0) + " -> " + table + " in " + source));
            }
        }
        return listed;
    }

    private List<List<String>> section(String heading) {
        assertThat(sections)
                .as("section '" + heading + "' of docs/architecture.md")
                .containsKey(heading);
        return sections.get(heading);
    }

    /** The body rows of the first table under each second-level heading, cells trimmed. */
    private static Map<String, List<List<String>>> sections(String markdown) {
        Map<String, List<List<String>>> sections = new LinkedHashMap<>();
        List<List<String>> rows = null;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("## ")) {
                rows = new ArrayList<>();
                sections.put(line.substring(3).trim(), rows);
            } else if (rows != null && line.startsWith("|") && !line.startsWith("| ---")) {
                List<String> cells = new ArrayList<>();
                for (String cell : line.substring(1, line.lastIndexOf('|')).split("\\|")) {
                    cells.add(cell.trim());
                }
                rows.add(cells);
            }
        }
        sections.values().forEach(table -> {
            if (!table.isEmpty()) {
                table.remove(0); // the header row
            }
        });
        return sections;
    }

    private static List<String> backticked(String cell) {
        List<String> names = new ArrayList<>();
        Matcher matcher = BACKTICKED.matcher(cell);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String migrationName(Path path) {
        String file = path.getFileName().toString();
        return file.substring(0, file.lastIndexOf('.'));
    }

    private static List<Path> files(Path directory, String suffix) {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(path -> path.toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
