package vn.congtactreem.modulecheck.sample;

import org.springframework.modulith.Modulith;

/** Root of a two-module sample with a back edge, used to prove that the module check fails on one. */
@Modulith
public class SampleApplication {
}
