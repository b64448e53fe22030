package org.homeward.reception;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.homeward.files.SpreadsheetCells;

/** Writes centres in the {@code centres.csv} layout, which the import and the allocation command line read. */
final class CentreCsvWriter {

    private CentreCsvWriter() {}

    static String write(List<CentreRequest> centres) {
        List<String> header = new ArrayList<>(CentreCsvLayout.REQUIRED);
        header.addAll(CentreCsvLayout.OPTIONAL);
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180
                .builder()
                .setHeader(header.toArray(String[]::new))
                .get()
                .print(text)) {
            for (CentreRequest centre : centres) {
                printer.printRecord(Stream.of(
                                centre.code(),
                                centre.pcode(),
                                centre.latitude(),
                                centre.longitude(),
                                centre.capacityPersons(),
                                centre.capacityFamilies(),
                                centre.accessibleUnits(),
                                centre.open() == null || centre.open(),
                                centre.nameEn(),
                                centre.nameAr(),
                                centre.townEn(),
                                centre.townAr(),
                                String.join(CentreCsvLayout.SERVICE_SEPARATOR, centre.services()))
                        .map(SpreadsheetCells::neutralised)
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
