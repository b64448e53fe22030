package org.homeward.movements;

import org.homeward.web.ProblemException;

/** No saved column mapping has the name asked for. */
class ColumnMappingNotFoundException extends ProblemException {

    ColumnMappingNotFoundException() {
        super("No saved column mapping has this name");
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String code() {
        return "COLUMN_MAPPING_NOT_FOUND";
    }
}
