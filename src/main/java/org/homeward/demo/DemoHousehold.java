package org.homeward.demo;

import java.util.List;

/** A household as registered once: its journey and its members, the principal first. */
record DemoHousehold(JourneyPlan journey, List<DemoMember> members) {

    DemoHousehold {
        members = List.copyOf(members);
    }
}
