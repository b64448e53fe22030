package org.homeward.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes import files in the interchange layout for tests. */
final class ImportFiles {

    static final List<String> HEADER = List.of(InterchangeColumn.headers());

    private ImportFiles() {}

    /** One row of the layout with the given values by header; other columns empty. */
    static List<String> row(String... headerValuePairs) {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < HEADER.size(); i++) {
            row.add("");
        }
        for (int i = 0; i < headerValuePairs.length; i += 2) {
            int index = HEADER.indexOf(headerValuePairs[i]);
            if (index < 0) {
                throw new IllegalArgumentException(headerValuePairs[i]);
            }
            row.set(index, headerValuePairs[i + 1]);
        }
        return row;
    }

    /** A valid household of two: principal and daughter, with a key unique to the test. */
    static List<List<String>> household(String key, String familyAr, String familyLatin) {
        return List.of(
                row(
                        "household_key",
                        key,
                        "individual_key",
                        key + "-1",
                        "return_type",
                        "REFUGEE",
                        "origin_country",
                        "LBN",
                        "crossing_point",
                        "MASNAA",
                        "destination_pcode",
                        "SY020000",
                        "journey_status",
                        "RETURNED_HOME",
                        "registered_on",
                        "2025-03-02",
                        "returned_on",
                        "2025-03-04",
                        "relationship",
                        "PRINCIPAL",
                        "given_name_ar",
                        "عبد الرحمن",
                        "given_name_latin",
                        "Abdulrahman",
                        "father_name_ar",
                        "خالد",
                        "family_name_ar",
                        familyAr,
                        "family_name_latin",
                        familyLatin,
                        "sex",
                        "M",
                        "date_of_birth",
                        "1975",
                        "phone",
                        "+961 3 123 456",
                        "document_type",
                        "NATIONAL_ID",
                        "document_number",
                        "0301-55667",
                        "specific_needs",
                        "SM"),
                row(
                        "household_key",
                        key,
                        "individual_key",
                        key + "-2",
                        "relationship",
                        "DAUGHTER",
                        "given_name_ar",
                        "سلمى",
                        "father_name_ar",
                        "عبد الرحمن",
                        "family_name_ar",
                        familyAr,
                        "sex",
                        "F",
                        "date_of_birth",
                        "2010-05-01"));
    }

    static Path csv(Path file, Charset charset, boolean bom, List<List<String>> rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            try (CSVPrinter printer = new CSVPrinter(new java.io.OutputStreamWriter(out, charset), CSVFormat.RFC4180)) {
                printer.printRecord(HEADER);
                for (List<String> row : rows) {
                    printer.printRecord(row);
                }
            }
        }
        return file;
    }

    static Path xlsx(Path file, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("households");
            List<List<String>> all = new ArrayList<>();
            all.add(HEADER);
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < all.get(r).size(); c++) {
                    row.createCell(c).setCellValue(all.get(r).get(c));
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
