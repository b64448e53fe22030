package org.homeward.movements;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Whether the household travels together. Members staying behind (each with a recorded reason) make
 * it amber, so that a coordinator looks at a family being split before it leaves; nobody travelling is red.
 */
@Component
@Order(30)
class TravelTogetherCheck implements DepartureCheck {

    static final String NAME = "travel-together";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckVerdict judge(DepartureCandidate candidate) {
        int travelling = candidate.travelling().size();
        int staying = candidate.travellers().size() - travelling;
        if (travelling == 0) {
            return CheckVerdict.red(NAME, "movements.check.together.red");
        }
        if (staying > 0) {
            return CheckVerdict.amber(
                    NAME,
                    "movements.check.together.amber",
                    Integer.toString(staying),
                    Integer.toString(candidate.travellers().size()));
        }
        return CheckVerdict.green(NAME, "movements.check.together.green", Integer.toString(travelling));
    }
}
