package org.homeward.linkage;

import org.homeward.linkage.engine.LinkageRecord;
import org.homeward.registry.NameChain;

/**
 * The edge where the registry's name chain becomes the engine's four name fields. The engine knows
 * nothing of the registry, so the chain is handed over part by part, each part's two scripts as one.
 */
final class EngineNames {

    private EngineNames() {}

    /** The builder with the four parts of the chain set. */
    static LinkageRecord.Builder named(LinkageRecord.Builder record, NameChain names) {
        return record.givenName(names.given().arabic(), names.given().latin())
                .fatherName(names.father().arabic(), names.father().latin())
                .grandfatherName(
                        names.grandfather().arabic(), names.grandfather().latin())
                .familyName(names.family().arabic(), names.family().latin());
    }
}
