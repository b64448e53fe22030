package org.homeward.registry;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of registration. A JavaBean rather than a record so that a test of the whole
 * application can turn the confirmation on for itself while the other tests, which register the
 * same fixture families again and again, keep it off.
 */
@ConfigurationProperties("homeward.registration")
public class RegistrationProperties {

    /** Whether registering a very likely duplicate needs a confirmation naming the match, with a reason. */
    private boolean confirmVeryLikelyDuplicates = true;

    public boolean isConfirmVeryLikelyDuplicates() {
        return confirmVeryLikelyDuplicates;
    }

    public void setConfirmVeryLikelyDuplicates(boolean value) {
        confirmVeryLikelyDuplicates = value;
    }
}
