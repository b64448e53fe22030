package org.homeward.documentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.homeward.documentation.deadline.Deadline;
import org.homeward.documentation.deadline.DeadlineState;
import org.junit.jupiter.api.Test;

class CaseTypeCatalogueTest {

    private static final Path EXTRA = Path.of("src/test/resources/documentation-extra");

    @Test
    void readsEveryBuiltInCaseTypeWithItsChainsPerJurisdiction() {
        CaseTypeCatalogue catalogue = CaseTypeCatalogue.read(DocumentationConfiguration.files("case-types", null));

        assertThat(catalogue.types())
                .extracting(CaseType::code)
                .contains(
                        "BIRTH_ABROAD",
                        "BIRTH_REGISTRATION_SYRIA",
                        "NATIONAL_ID_REPLACEMENT",
                        "FAMILY_BOOKLET",
                        "MARRIAGE_REGISTRATION",
                        "DEATH_REGISTRATION",
                        "HLP_EVIDENCE");
        CaseTypeChain lebanon = catalogue.chain("BIRTH_ABROAD", "LBN").orElseThrow();
        assertThat(lebanon.steps())
                .extracting(StepDefinition::code)
                .startsWith(
                        "MEDICAL_NOTIFICATION",
                        "MUKHTAR_CERTIFICATE",
                        "NOFOUS_REGISTRATION",
                        "COURT_ORDER",
                        "FOREIGNERS_REGISTRY");
        assertThat(lebanon.step("COURT_ORDER").orElseThrow().optional()).isTrue();
        assertThat(lebanon.step("MUKHTAR_CERTIFICATE").orElseThrow().needs("WITNESSES"))
                .isTrue();
        assertThat(catalogue.chain("BIRTH_ABROAD", "TUR")).isPresent();
        assertThat(catalogue.chain("BIRTH_ABROAD", "JOR")).isPresent();
        assertThat(catalogue
                        .chain("NATIONAL_ID_REPLACEMENT", "SYR")
                        .orElseThrow()
                        .steps())
                .allMatch(StepDefinition::inSyriaOnly);
        assertThat(lebanon.name().in(java.util.Locale.forLanguageTag("ar"))).isEqualTo("لبنان");
    }

    @Test
    void aCaseTypeAndItsRulesAddedAsDataNeedNoCode() {
        CaseTypeCatalogue catalogue = CaseTypeCatalogue.read(DocumentationConfiguration.files("case-types", EXTRA));
        DeadlineRuleBook rules =
                DeadlineRuleBook.read(DocumentationConfiguration.files("deadline-rules", EXTRA), catalogue);

        assertThat(catalogue.chain("PASSPORT_RENEWAL", "IRQ").orElseThrow().steps())
                .hasSize(2);
        Deadline deadline = rules.engine()
                .deadline(
                        "IRQ",
                        "PASSPORT_RENEWAL",
                        "CONSULATE_APPOINTMENT",
                        Optional.of(LocalDate.of(2024, 1, 15)),
                        LocalDate.of(2024, 6, 15));
        assertThat(deadline.state()).isEqualTo(DeadlineState.RUNNING);
        assertThat(deadline.dueOn()).contains(LocalDate.of(2024, 7, 15));
        assertThat(rules.source(deadline.sources().get(0)).ar()).isEqualTo("قواعد الإقامة: التجديد خلال ستة أشهر");
    }

    @Test
    void builtInRulesKnowTheLebanesePause() {
        CaseTypeCatalogue catalogue = CaseTypeCatalogue.read(DocumentationConfiguration.files("case-types", null));
        DeadlineRuleBook rules =
                DeadlineRuleBook.read(DocumentationConfiguration.files("deadline-rules", null), catalogue);

        Deadline deadline = rules.engine()
                .deadline(
                        "LBN",
                        "BIRTH_ABROAD",
                        "NOFOUS_REGISTRATION",
                        Optional.of(LocalDate.of(2020, 3, 1)),
                        LocalDate.of(2020, 3, 2));

        assertThat(deadline.state()).isEqualTo(DeadlineState.PAUSED);
    }

    @Test
    void wrongDataIsRefusedNamingTheFileAndField() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("bad.json", """
                {"code": "lower", "name": {"en": "x"}, "subject": "PERSON", "event": {"en": "e", "ar": "ع"},
                 "jurisdictions": [{"code": "LEBANON", "name": {"en": "L", "ar": "ل"}, "steps": []}]}""");
        files.put("broken.json", "{ not json");

        assertThatThrownBy(() -> CaseTypeCatalogue.read(files))
                .isInstanceOfSatisfying(
                        CaseDataException.class,
                        e -> assertThat(e.problems())
                                .anyMatch(problem -> problem.startsWith("bad.json .code"))
                                .anyMatch(problem -> problem.startsWith("bad.json .name.ar"))
                                .anyMatch(problem -> problem.startsWith("bad.json .jurisdictions[0].code"))
                                .anyMatch(problem -> problem.startsWith("bad.json .jurisdictions[0].steps"))
                                .anyMatch(problem -> problem.startsWith("broken.json: is not valid JSON")));
    }

    @Test
    void aRuleForAStepTheChainDoesNotHaveIsRefused() {
        CaseTypeCatalogue catalogue = CaseTypeCatalogue.read(DocumentationConfiguration.files("case-types", null));
        Map<String, String> files = Map.of("lbn.json", """
                {"jurisdiction": "LBN", "rules": [{"kind": "LIMIT", "caseType": "BIRTH_ABROAD", "step": "NO_SUCH_STEP",
                  "within": "P1Y", "effectiveFrom": "2020-01-01", "source": {"en": "s", "ar": "م"}},
                  {"kind": "PAUSE", "from": "2020-02-01", "to": "2020-01-01", "effectiveFrom": "2020-01-01",
                  "source": {"en": "p", "ar": "ت"}}]}""");

        assertThatThrownBy(() -> DeadlineRuleBook.read(files, catalogue))
                .isInstanceOfSatisfying(
                        CaseDataException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "lbn.json .rules[0].step: the BIRTH_ABROAD chain in LBN has no step NO_SUCH_STEP",
                                        "lbn.json .rules[1]: a pause ends before it starts"));
    }
}
