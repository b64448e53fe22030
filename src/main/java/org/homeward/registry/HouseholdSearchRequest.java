package org.homeward.registry;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * What an API client searches for: any of a member's name (Arabic or Latin, partial, or a household
 * reference), document number or phone, with the page wanted (from 0; 20 a page unless asked, at
 * most 100).
 */
record HouseholdSearchRequest(
        String name,
        String document,
        String phone,

        @Min(value = 0, message = "A page is a whole number from 0 to 1000000")
        @Max(value = 1_000_000, message = "A page is a whole number from 0 to 1000000")
        Integer page,

        @Min(value = 1, message = "A page size is a whole number from 1 to 1000")
        @Max(value = 1_000, message = "A page size is a whole number from 1 to 1000")
        Integer size) {}
