package org.homeward.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.homeward.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@HomewardTest
class AssessmentImportIT {

    @Autowired
    AssessmentImportService imports;

    @Autowired
    AssessmentRepository repository;

    @Autowired
    ConditionsService conditions;

    @Test
    void importsACsvFileWithEveryFieldAndKeepsDisagreeingSourcesApart() throws IOException {
        AssessmentImportReport report = imports.importFile(resource("assessments.csv"), "coordinator-csv");

        assertThat(report.rows()).isEqualTo(6);
        assertThat(report.added()).isEqualTo(6);
        assertThat(report.areas()).containsExactly("SY080005");
        List<Assessment> stored = repository.forArea("SY080005");
        assertThat(stored).hasSize(6);
        assertThat(stored)
                .filteredOn(value -> value.indicator().equals("WATER_ACCESS"))
                .extracting(
                        Assessment::sourceOrganisation,
                        Assessment::communityPcode,
                        Assessment::value,
                        Assessment::method,
                        Assessment::confidence)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "IOM DTM",
                                "C4511",
                                new BigDecimal("35.0"),
                                AssessmentMethod.HOUSEHOLD_SURVEY,
                                Confidence.HIGH),
                        org.assertj.core.groups.Tuple.tuple(
                                "REACH",
                                "",
                                new BigDecimal("60.3"),
                                AssessmentMethod.KEY_INFORMANTS,
                                Confidence.MEDIUM));
        assertThat(stored)
                .filteredOn(value -> value.indicator().equals("SOCIAL_COHESION"))
                .singleElement()
                .satisfies(value -> assertThat(value.method()).isEqualTo(AssessmentMethod.KEY_INFORMANTS));

        AreaConditions judged = conditions.of("SY080005", LocalDate.of(2026, 11, 30));
        assertThat(judged.status()).isEqualTo(AreaStatus.RED);
        assertThat(judged.readings())
                .filteredOn(reading -> reading.indicator().equals("UNSURVEYED_EXPLOSIVE_ORDNANCE"))
                .singleElement()
                .satisfies(reading -> {
                    assertThat(reading.disagree()).isTrue();
                    assertThat(reading.current())
                            .extracting(Assessment::sourceOrganisation)
                            .containsExactlyInAnyOrder("HNAP", "REACH");
                });
    }

    @Test
    void importingTheSameFileTwiceAddsNothingTheSecondTime() throws IOException {
        byte[] file = resource("assessments-hxl.csv");
        imports.importFile(file, "coordinator-twice");
        long before = repository.count();

        AssessmentImportReport again = imports.importFile(file, "coordinator-twice");

        assertThat(again.added()).isZero();
        assertThat(again.alreadyRecorded()).isEqualTo(3);
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void readsColumnsByTheirHxlHashtagsWhateverTheHeaderWordsSay() throws IOException {
        imports.importFile(resource("assessments-hxl.csv"), "coordinator-hxl");

        assertThat(repository.forArea("SY080004"))
                .extracting(Assessment::indicator, Assessment::value)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("ACTIVE_HOSTILITIES", new BigDecimal("0.0")),
                        org.assertj.core.groups.Tuple.tuple("RETURNS_BLOCKED_BY_AUTHORITY", new BigDecimal("0.0")),
                        org.assertj.core.groups.Tuple.tuple("HOUSING_HABITABLE", new BigDecimal("40.0")));
    }

    @Test
    void importsAnXlsxWorkbookWithRealDateCells() throws IOException {
        AssessmentImportReport report = imports.importFile(workbook(), "coordinator-xlsx");

        assertThat(report.added()).isEqualTo(2);
        assertThat(repository.forArea("SY080006"))
                .extracting(Assessment::indicator, Assessment::assessedOn)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("NO_HUMANITARIAN_ACCESS", LocalDate.of(2026, 10, 15)),
                        org.assertj.core.groups.Tuple.tuple("HEALTH_CARE_ACCESS", LocalDate.of(2026, 10, 15)));
    }

    @Test
    void aCorrectionWithAnotherValueForTheSameSourcePlaceAndDayIsRefusedAndWritesNothing() {
        String first = "subdistrict_pcode,indicator,value,source_organisation,assessed_on,method,confidence\n"
                + "SY080002,WATER_ACCESS,30,REACH,2026-11-01,REMOTE,LOW\n";
        imports.importFile(first.getBytes(StandardCharsets.UTF_8), "coordinator-correction");
        String second = "subdistrict_pcode,indicator,value,source_organisation,assessed_on,method,confidence\n"
                + "SY080002,SCHOOLS_OPEN,50,REACH,2026-11-01,REMOTE,LOW\n"
                + "SY080002,WATER_ACCESS,45,REACH,2026-11-01,REMOTE,LOW\n";

        assertThatThrownBy(() -> imports.importFile(second.getBytes(StandardCharsets.UTF_8), "coordinator-correction"))
                .isInstanceOfSatisfying(
                        AssessmentImportException.class,
                        refused -> assertThat(refused.problems())
                                .singleElement()
                                .satisfies(problem -> {
                                    assertThat(problem.row()).isEqualTo(3);
                                    assertThat(problem.column()).isEqualTo("value");
                                    assertThat(problem.code().name()).isEqualTo("ASSESSMENT_CONFLICT");
                                }));
        assertThat(repository.forArea("SY080002"))
                .extracting(Assessment::indicator)
                .containsExactly("WATER_ACCESS");
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("assessments");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            String[] header = {
                "subdistrict_pcode", "indicator", "value", "source_organisation", "assessed_on", "method", "confidence"
            };
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                top.createCell(i).setCellValue(header[i]);
            }
            Object[][] rows = {{"SY080006", "NO_HUMANITARIAN_ACCESS", "no"}, {"SY080006", "HEALTH_CARE_ACCESS", 55.0}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue((String) rows[r][0]);
                row.createCell(1).setCellValue((String) rows[r][1]);
                if (rows[r][2] instanceof Double number) {
                    row.createCell(2).setCellValue(number);
                } else {
                    row.createCell(2).setCellValue((String) rows[r][2]);
                }
                row.createCell(3).setCellValue("UNHCR");
                row.createCell(4).setCellValue(LocalDate.of(2026, 10, 15));
                row.getCell(4).setCellStyle(dateStyle);
                row.createCell(5).setCellValue("KEY_INFORMANTS");
                row.createCell(6).setCellValue("HIGH");
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = AssessmentImportIT.class.getResourceAsStream("/conditions/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
