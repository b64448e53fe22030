package org.homeward.statistics;

import org.homeward.registry.ReturnType;

/** What a published figure counts, and which of the registry's own counts it is set beside. */
enum FigureIndicator {
    /** Refugees who came back from abroad: the registry's refugee returns. */
    REFUGEE_RETURNS(ReturnStage.RETURNED, ReturnType.REFUGEE),
    /** Internally displaced people who went back home: the registry's IDP returns. */
    IDP_RETURNS(ReturnStage.RETURNED, ReturnType.IDP),
    /** Refugees intending or expected to return: the registry's registered intentions of refugees. */
    REFUGEE_RETURN_INTENTIONS(ReturnStage.PENDING, ReturnType.REFUGEE),
    /** Places in reception sites: from the reception feature, when it provides them. */
    RECEPTION_PLACES(null, null);

    private final ReturnStage stage;
    private final ReturnType returnType;

    FigureIndicator(ReturnStage stage, ReturnType returnType) {
        this.stage = stage;
        this.returnType = returnType;
    }

    /** The registry stage counted for it; null when the registry does not count it. */
    ReturnStage stage() {
        return stage;
    }

    ReturnType returnType() {
        return returnType;
    }
}
