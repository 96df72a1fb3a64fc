package vn.congtactreem.modulecheck.sample.high;

import vn.congtactreem.modulecheck.sample.low.LowService;

/** A higher module using the lower one, as features use base. */
public class HighService {

    public String use(LowService low) {
        return low.name(this);
    }
}
