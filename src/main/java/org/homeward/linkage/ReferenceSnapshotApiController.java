package org.homeward.linkage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a device downloads for checking duplicates offline: the listed spellings and the snapshot of its scope. */
@RestController
@Tag(name = "Offline duplicate checks", description = "Name keys a device folds and compares without a connection")
class ReferenceSnapshotApiController {

    private final ReferenceSnapshotService snapshots;
    private final DeviceNameList names;

    ReferenceSnapshotApiController(ReferenceSnapshotService snapshots, DeviceNameList names) {
        this.snapshots = snapshots;
        this.names = names;
    }

    @GetMapping("/api/v1/linkage/snapshot")
    @Operation(
            summary = "The people of your scope as folded name keys, sex and birth year (no names, phones or "
                    + "documents), for duplicate checks on a device; audited; refused when the scope is too large")
    ResponseEntity<ReferenceSnapshot> snapshot() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(snapshots.snapshot());
    }

    @GetMapping("/api/v1/linkage/given-names")
    @Operation(summary = "The listed given names as a map from folded key to the listed name, for folding on a device")
    Map<String, String> givenNames() {
        return names.listedKeys();
    }
}
