package org.homeward.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.homeward.linkage.engine.LinkageDate;
import org.homeward.linkage.engine.LinkageRecord;

/**
 * Reads the CSV files of {@code homeward dedup} into linkage records: the default layout, or
 * other layouts through {@code FIELD=HEADER} mappings, where HEADER may join several columns
 * with '+' (e.g. {@code address=street_number+address_1+suburb}).
 */
public final class DedupInput {

    /** The fields a mapping can name, in the default layout's order. */
    public static final List<String> FIELDS = List.of(
            "record_id",
            "given_name",
            "father_name",
            "grandfather_name",
            "family_name",
            "sex",
            "date_of_birth",
            "place_of_origin",
            "phone",
            "national_id",
            "registration_site",
            "household_id",
            "address",
            "source");

    private final Map<String, String> mapping;
    private final String dateFormat;

    /** @param mappings FIELD=HEADER entries; @param dateFormat "iso" or a pattern such as yyyyMMdd */
    public DedupInput(List<String> mappings, String dateFormat) {
        this.mapping = new LinkedHashMap<>();
        for (String field : FIELDS) {
            mapping.put(field, field);
        }
        for (String entry : mappings) {
            int equals = entry.indexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new CommandFailedException("--column takes FIELD=HEADER, not '" + entry + "'");
            }
            String field = entry.substring(0, equals).trim();
            if (!FIELDS.contains(field)) {
                throw new CommandFailedException(
                        "--column names an unknown field '" + field + "'; fields are " + FIELDS);
            }
            mapping.put(field, entry.substring(equals + 1).trim());
        }
        this.dateFormat = dateFormat;
    }

    /** The records of one file; {@code source} is used when the layout has no source column. */
    public List<LinkageRecord> read(Path file, String source) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setIgnoreSurroundingSpaces(true)
                        .setTrim(true)
                        .setIgnoreEmptyLines(true)
                        .get()
                        .parse(reader)) {
            Map<String, Integer> headers = new LinkedHashMap<>();
            parser.getHeaderMap()
                    .forEach((name, index) -> headers.put(stripBom(name).trim(), index));
            Map<String, int[]> columns = resolve(headers, file);
            List<LinkageRecord> records = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (CSVRecord row : parser) {
                long line = row.getRecordNumber() + 1;
                String id = value(row, columns.get("record_id"));
                if (id == null || id.isEmpty()) {
                    throw new CommandFailedException(file + " row " + line + ": record_id is empty");
                }
                if (!ids.add(id)) {
                    throw new CommandFailedException(file + " row " + line + ": record_id '" + id + "' appears twice");
                }
                String fileSource = value(row, columns.get("source"));
                records.add(LinkageRecord.builder(id)
                        .source(fileSource == null || fileSource.isEmpty() ? source : fileSource)
                        .householdId(value(row, columns.get("household_id")))
                        .givenName(value(row, columns.get("given_name")))
                        .fatherName(value(row, columns.get("father_name")))
                        .grandfatherName(value(row, columns.get("grandfather_name")))
                        .familyName(value(row, columns.get("family_name")))
                        .sex(value(row, columns.get("sex")))
                        .birthDate(LinkageDate.parse(value(row, columns.get("date_of_birth")), dateFormat))
                        .place(value(row, columns.get("place_of_origin")))
                        .phone(value(row, columns.get("phone")))
                        .document(value(row, columns.get("national_id")))
                        .site(value(row, columns.get("registration_site")))
                        .address(value(row, columns.get("address")))
                        .build());
            }
            return records;
        } catch (IOException e) {
            throw new CommandFailedException("Cannot read " + file + ": " + e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CommandFailedException(file + " is not a readable CSV file: " + e.getMessage());
        }
    }

    private Map<String, int[]> resolve(Map<String, Integer> headers, Path file) {
        Map<String, int[]> columns = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : mapping.entrySet()) {
            String[] names = entry.getValue().split("\\+");
            int[] indices = new int[names.length];
            boolean mapped = !entry.getKey().equals(entry.getValue());
            boolean missing = false;
            for (int i = 0; i < names.length; i++) {
                Integer index = headers.get(names[i].trim());
                if (index == null) {
                    if (mapped || entry.getKey().equals("record_id")) {
                        throw new CommandFailedException(file + " has no column '" + names[i].trim() + "' (for "
                                + entry.getKey() + "); its columns are " + headers.keySet());
                    }
                    missing = true;
                } else {
                    indices[i] = index;
                }
            }
            columns.put(entry.getKey(), missing ? new int[0] : indices);
        }
        return columns;
    }

    /** The value of a field, or null when the layout has no column for it (not the same as empty). */
    private static String value(CSVRecord row, int[] indices) {
        if (indices.length == 0) {
            return null;
        }
        if (indices.length == 1) {
            return indices[0] < row.size() ? row.get(indices[0]).trim() : "";
        }
        StringBuilder joined = new StringBuilder();
        for (int index : indices) {
            String part = index < row.size() ? row.get(index).trim() : "";
            if (!part.isEmpty()) {
                if (joined.length() > 0) {
                    joined.append(' ');
                }
                joined.append(part);
            }
        }
        return joined.toString();
    }

    private static String stripBom(String header) {
        return header.startsWith("\uFEFF") ? header.substring(1) : header;
    }
}
