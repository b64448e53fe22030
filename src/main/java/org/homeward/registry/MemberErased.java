package org.homeward.registry;

import java.util.UUID;

/**
 * Published when a data-subject deletion erases a member of a household, inside the transaction
 * that erases them, so that features keeping their own data about the person (such as
 * documentation's evidence files) erase it in the same transaction: all of it is erased, or none.
 *
 * @param actor who carried out the deletion
 */
public record MemberErased(UUID householdId, UUID individualId, long requestId, String actor) {}
