package vn.congtactreem.modulecheck.sample.low;

import vn.congtactreem.modulecheck.sample.high.HighService;

/** A lower module that reaches back up: the back edge the check must refuse. */
public class LowService {

    public String name(HighService high) {
        return high.toString();
    }
}
