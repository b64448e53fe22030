package org.homeward.database;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The tests' way to start on an empty data directory: {@code homeward.clean-on-start=true}. It lives
 * in the test sources, so the shipped application has no property that wipes data.
 */
@Component
class TestDataDirectoryWipe implements DataDirectoryWipe {

    private final boolean clean;

    TestDataDirectoryWipe(@Value("${homeward.clean-on-start:false}") boolean clean) {
        this.clean = clean;
    }

    @Override
    public boolean wanted() {
        return clean;
    }
}
