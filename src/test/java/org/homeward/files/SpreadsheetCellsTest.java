package org.homeward.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellsTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1:A9)", "+963944123456", "-2+3", "@cmd", "\tindented", "\rreturn", "=", "'=already"})
    void quotesEveryCellASpreadsheetWouldEvaluateAndReadsItBack(String value) {
        String cell = SpreadsheetCells.neutralised(value);
        assertThat(cell).isEqualTo("'" + value);
        assertThat(SpreadsheetCells.restored(cell)).isEqualTo(value);
    }

    @Test
    void leavesOrdinaryTextNumbersAndOtherQuotesAlone() {
        assertThat(SpreadsheetCells.neutralised("محمد")).isEqualTo("محمد");
        assertThat(SpreadsheetCells.neutralised("Al-Hamwi")).isEqualTo("Al-Hamwi");
        assertThat(SpreadsheetCells.neutralised((Object) (-5))).isEqualTo(-5);
        assertThat(SpreadsheetCells.neutralised((String) null)).isNull();
        assertThat(SpreadsheetCells.restored("'Quoted")).isEqualTo("'Quoted");
        assertThat(SpreadsheetCells.restored("'")).isEqualTo("'");
        assertThat(SpreadsheetCells.restored("+963")).isEqualTo("+963");
    }

    @Test
    void writesFilesThatOnlyTheirOwnerMayRead() throws Exception {
        Path fresh = folder.resolve("fresh.csv");
        OwnerOnlyFiles.writeString(fresh, "a,b\n");
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        Path existing = Files.writeString(folder.resolve("existing.csv"), "old");
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-r--r--"));
        try (var out = OwnerOnlyFiles.newOutputStream(existing)) {
            out.write('x');
        }
        assertThat(Files.getPosixFilePermissions(existing)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(existing)).isEqualTo("x");
    }
}
