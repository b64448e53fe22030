package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.homeward.PageWalk;
import org.homeward.TestUsers;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.allocation.AllocationPlanner;
import org.homeward.linkage.DuplicateRunService;
import org.homeward.reception.CentreRequest;
import org.homeward.reception.CentreService;
import org.homeward.reception.CheckInRequest;
import org.homeward.reception.StayCommands;
import org.homeward.reception.StayQueries;
import org.homeward.registry.AddMemberRequest;
import org.homeward.registry.CorrectHouseholdRequest;
import org.homeward.registry.CorrectMemberRequest;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.HouseholdCorrections;
import org.homeward.registry.HouseholdFixtures;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.JourneyCommands;
import org.homeward.registry.JourneyDetails;
import org.homeward.registry.JourneyStatus;
import org.homeward.registry.MoveJourney;
import org.homeward.registry.RegisterHouseholdRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * The Arabic-text scan: with households (one moved on its journey, one registered twice so that a
 * duplicate pair is under review), a centre with a stay, a scanned document, a movement with a household
 * on its manifest and an allocation run, every role opens every page the application maps (and every part
 * of a page, such as the boarding box's household or the centre board's arrival), in Arabic, and the text a person reads may hold no Latin-letter word but the
 * codes, units and names the allow list justifies. Every page must also be right-to-left.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // A database of its own: the allow list knows the scan's data, not what other tests typed.
            "homeward.data-dir=target/test-data/arabic-scan",
            "homeward.clean-on-start=true",
            "logging.level.root=WARN",
            "homeward.registration.confirm-very-likely-duplicates=false"
        })
class ArabicTextScanIT {

    /** The day of the scan's allocation run: a day nobody plans to arrive on, so the run proposes nothing. */
    private static final LocalDate RUN_DAY = LocalDate.of(2045, 5, 5);
    /**
     * What is not read as the page's words: scripts and styles; values people typed (each in a plain
     * {@code <bdi>}, or a choice whose label is its own stored value); codes marked as such (a
     * {@code <code>}, an element of class "code", text between Unicode isolates in a translated
     * sentence), which are written the same in every language.
     */
    private static final Pattern UNREAD = Pattern.compile(
            "<script\\b.*?</script>|<style\\b.*?</style>|<bdi>.*?</bdi>"
                    + "|<textarea\\b.*?</textarea>|<code>.*?</code>|<(bdi|p|span|td|div)\\b[^>]*class=\"code\"[^>]*>[^<]*</\\1>"
                    + "|<option[^>]*value=\"([^\"]*)\"[^>]*>\\s*\\2\\s*</option>",
            Pattern.DOTALL);

    private static final Pattern ISOLATED = Pattern.compile("[\\u2066\\u2067\\u2068][^\\u2069]{1,80}\\u2069");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** Routes that answer files, not pages. */
    private static final Pattern DOWNLOADS = Pattern.compile("\\.(csv|xlsx|pdf|geojson)$|/content$|/download$");
    /** Digits and separators of the system not configured (the default, latn, for Arabic pages). */
    private static final Pattern OTHER_DIGITS = Pattern.compile("[\\u0660-\\u066C\\u06F0-\\u06F9]");

    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}");
    /** The Latin names of the people and the usernames this test seeds: people's names are not translated. */
    private static final Set<String> SEEDED_NAMES =
            Set.of("Yaseen", "Omar", "Alfahes", "Adam", "Rana", "Sami", "Halabi", "Scan", "NGO");

    @Autowired
    WebApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    HouseholdCommands households;

    @Autowired
    HouseholdQueries householdQueries;

    @Autowired
    HouseholdCorrections corrections;

    @Autowired
    JourneyCommands journeyCommands;

    @Autowired
    DuplicateRunService duplicateRuns;

    @Autowired
    CentreService centres;

    @Autowired
    StayQueries stays;

    @Autowired
    StayCommands stayCommands;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    /** The ids filled into each route; the traveller's reference is what the boarding box is given. */
    private record Targets(
            Household household,
            String centre,
            UUID stay,
            long pair,
            UUID evidence,
            UUID plan,
            UUID movement,
            String traveller,
            UUID run) {

        /** The id a route's {id} stands for, by what the route is about. */
        String id(String route) {
            return route.contains("stays/")
                    ? stay.toString()
                    : route.startsWith("/duplicates/")
                            ? Long.toString(pair)
                            : route.startsWith("/plans/")
                                    ? plan.toString()
                                    : route.startsWith("/movements/")
                                            ? movement.toString()
                                            : route.startsWith("/allocation/")
                                                    ? run.toString()
                                                    : household.id().toString();
        }
    }

    @Test
    void everyPageInArabicReadsInArabicButForCodesAndNames() throws Exception {
        Targets targets = load();
        List<String> findings = new ArrayList<>();
        int pagesRead = PageWalk.through(context)
                .walk(
                        List.of(Role.values()),
                        this::scanUser,
                        () -> pages(targets).stream().map(PageWalk::inArabic).toList(),
                        answer -> answer.isHtml() && !answer.isRedirect(),
                        answer -> {
                            String html = answer.body();
                            String where =
                                    answer.where() + " (" + answer.response().getStatus() + ")";
                            if (html.contains("<html")
                                    && !Pattern.compile("<html[^>]*dir=\"rtl\"")
                                            .matcher(html)
                                            .find()) {
                                findings.add(where + " is not right-to-left");
                            }
                            englishWordsIn(html).forEach(word -> findings.add(where + " shows \"" + word + "\""));
                            if (OTHER_DIGITS.matcher(readableText(html)).find()) {
                                findings.add(where
                                        + " mixes Arabic-Indic digits into Western ones (homeward.digits.ar is latn)");
                            }
                        });
        assertThat(pagesRead).as("pages read in Arabic").isGreaterThan(200);
        assertThat(findings).as("English words on Arabic pages").isEmpty();
    }

    /** The Latin-letter words of the page's readable text that are neither codes nor allowed words. */
    static Set<String> englishWordsIn(String html) {
        String text = ISOLATED.matcher(readableText(html)).replaceAll(" ");
        Set<String> words = new LinkedHashSet<>();
        for (String token : text.split("[\\s\\u00A0]+")) {
            String word = token.replaceAll("^[^\\p{L}\\p{N}#+]+|[^\\p{L}\\p{N}]+$", "");
            if (LATIN_WORD.matcher(word).find()
                    && !ArabicScanAllowList.allows(word)
                    && !SEEDED_NAMES.contains(word)
                    && !word.startsWith("arabic-scan")) {
                words.add(word);
            }
        }
        return words;
    }

    /** The text of the page a person reads, values people typed and codes aside. */
    static String readableText(String html) {
        return HtmlUtils.htmlUnescape(
                TAG.matcher(UNREAD.matcher(html).replaceAll(" ")).replaceAll(" "));
    }

    /** Every GET page address with its variables filled with real ids (the API and downloads are not pages). */
    private List<String> pages(Targets targets) {
        Household household = targets.household();
        List<String> pages = new ArrayList<>();
        for (String route : PageWalk.pageRoutes(mappings, DOWNLOADS)) {
            String query = route.endsWith("/boarding/slip")
                    ? "?scanned=" + targets.traveller()
                    : route.startsWith("/centres/") && route.endsWith("/arrival")
                            ? "?reference=" + household.reference()
                            : "";
            pages.add(PageWalk.fill(
                            route,
                            Map.of(
                                    "id", targets.id(route),
                                    "memberId", household.members().get(0).id().toString(),
                                    "fileId", targets.evidence().toString(),
                                    "reference", household.reference(),
                                    "code", targets.centre(),
                                    "pcode", "SY01",
                                    "language", "ar"))
                    + query);
        }
        return pages;
    }

    private String scanUser(Role role) {
        return TestUsers.ensureSeeing(
                users,
                "arabic-scan-" + role.cliName(),
                role,
                "arabic scan password 1234",
                "Scan NGO",
                TestUsers.area("SY01"));
    }

    /**
     * A household corrected (its journey, its principal, a member added), moved on its journey and checked in
     * at a centre, registered twice so that a pair is under review, with a scanned document; a movement with
     * another household on its manifest; an allocation run.
     */
    private Targets load() throws Exception {
        Household household = corrected(households.register(request("+963 944 581 207"), "arabic-scan"));
        households.register(request("0944 581 207"), "arabic-scan");
        household = journeyCommands.move(
                MoveJourney.of(household.id(), household.version(), JourneyStatus.IN_TRANSIT, "عبرت الحدود"),
                "arabic-scan");
        String centre = "ARSCAN-" + System.nanoTime() % 100_000;
        centres.create(
                new CentreRequest(
                        centre,
                        "Scan centre",
                        "مركز الفحص",
                        null,
                        null,
                        "SY010000",
                        33.5,
                        36.3,
                        200,
                        50,
                        5,
                        List.of("WATER"),
                        true,
                        null),
                "arabic-scan");
        UUID stay = stayCommands
                .checkIn(centre, new CheckInRequest(household.reference(), List.of(), null), "arabic-scan")
                .id();
        duplicateRuns.run("arabic-scan");
        UUID principal = household.members().get(0).id();
        long pair = jdbc.sql(
                        "SELECT id FROM duplicate_candidate WHERE first_id = :member OR second_id = :member ORDER BY weight DESC LIMIT 1")
                .param("member", principal)
                .query(Long.class)
                .single();
        UUID evidence = EveryPageData.evidenceFile(context, household);
        Household traveller = households.register(EveryPageData.registration("1976-09-14", null), "arabic-scan");
        UUID[] planAndMovement = EveryPageData.movementCarrying(
                context,
                traveller,
                context.getBean(org.homeward.reception.ReceptionForecastService.class)
                        .today());
        UUID run = EveryPageData.allocationRun(context.getBean(AllocationPlanner.class), traveller, RUN_DAY);
        return new Targets(
                householdQueries.find(household.id()),
                centre,
                stay,
                pair,
                evidence,
                planAndMovement[0],
                planAndMovement[1],
                traveller.reference(),
                run);
    }

    /**
     * The household's history given every kind of correction, whose changes the page names by field and
     * whose coded values (country, place, relationship, sex, needs) it names in words: the journey's country
     * and destination corrected, a son added, and the principal's birth date, nationality and needs corrected.
     */
    private Household corrected(Household registered) {
        JourneyDetails journey = JourneyDetails.of(registered.journey());
        Household household = corrections.correctHousehold(
                registered.id(),
                new CorrectHouseholdRequest(
                        registered.version(),
                        registered.registrationSite(),
                        new JourneyDetails(
                                journey.returnType(),
                                "JOR",
                                journey.originLocation(),
                                journey.crossingPoint(),
                                "SY0100",
                                journey.plannedDate()),
                        "صُححت الوجهة"),
                "arabic-scan");
        household = households.addMember(
                household.id(),
                new AddMemberRequest(
                        household.version(),
                        HouseholdFixtures.person("SON", "عمر", "Omar", "الفاحص", "Alfahes", "M", "2014", null),
                        "وُلد في الأردن"),
                "arabic-scan");
        IndividualDetails principal = IndividualDetails.of(household.members().get(0));
        return corrections.correctMember(
                household.id(),
                household.members().get(0).id(),
                new CorrectMemberRequest(
                        household.version(),
                        new IndividualDetails(
                                principal.relationship(),
                                principal.nameChain(),
                                principal.sex(),
                                "1981-06-03",
                                principal.phone(),
                                principal.documentType(),
                                principal.documentNumber(),
                                principal.placeOfOrigin(),
                                List.of("DS"),
                                "SYR",
                                null,
                                "SY0100",
                                null),
                        "من بطاقة الهوية"),
                "arabic-scan");
    }

    private static RegisterHouseholdRequest request(String phone) {
        return HouseholdFixtures.fromLebanon(null, List.of(HouseholdFixtures.yaseen("1981-06-02", phone, "SC7731902")));
    }
}
