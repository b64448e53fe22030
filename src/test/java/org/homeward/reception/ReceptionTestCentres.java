package org.homeward.reception;

import java.time.Instant;
import java.util.List;

/** Centres made by hand for the tests of reception. */
final class ReceptionTestCentres {

    private ReceptionTestCentres() {}

    static Centre centre(String code, String pcode, double latitude, double longitude, Spaces capacity, boolean open) {
        return new Centre(
                code,
                "Centre " + code,
                "مركز " + code,
                "Town " + pcode,
                "بلدة " + pcode,
                pcode,
                latitude,
                longitude,
                capacity,
                List.of(OfferedService.WATER),
                open,
                0,
                Instant.parse("2026-01-01T00:00:00Z"),
                "test");
    }

    static CentreRequest request(String code, String pcode, int persons, int families, int accessible) {
        return new CentreRequest(
                code,
                "Centre " + code,
                "مركز " + code,
                null,
                null,
                pcode,
                33.5,
                36.3,
                persons,
                families,
                accessible,
                List.of("WATER", "KITCHEN"),
                true,
                null);
    }
}
