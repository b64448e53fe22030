package org.homeward.movements;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** No saved column mapping has the name asked for. */
class ColumnMappingNotFoundException extends ProblemException {

    ColumnMappingNotFoundException() {
        super("No saved column mapping has this name");
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.NOT_FOUND;
    }

    @Override
    public ProblemCode code() {
        return MovementsProblemCode.COLUMN_MAPPING_NOT_FOUND;
    }
}
