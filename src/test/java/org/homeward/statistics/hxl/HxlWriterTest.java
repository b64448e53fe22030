package org.homeward.statistics.hxl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HxlWriterTest {

    @Test
    void quotesTextCellsASpreadsheetWouldEvaluateAndLeavesNumbersAndHashtagsAlone() {
        StringWriter out = new StringWriter();
        try (HxlWriter writer = new HxlWriter(
                out,
                List.of(
                        HxlColumn.of("Source", "#org+name"),
                        HxlColumn.of("Note", "#description"),
                        HxlColumn.of("Difference", "#indicator+value")))) {
            writer.row(Arrays.asList("=HYPERLINK(\"http://x\")", "@note", -120));
            writer.row(Arrays.asList("UNHCR", "-", 5));
        }
        String[] lines = out.toString().split("\r\n");
        assertThat(lines[1]).isEqualTo("#org+name,#description,#indicator+value");
        assertThat(lines[2]).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",'@note,-120");
        assertThat(lines[3]).isEqualTo("UNHCR,'-,5");
    }
}
