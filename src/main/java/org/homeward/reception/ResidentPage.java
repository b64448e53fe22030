package org.homeward.reception;

import java.util.List;

/** One page of the households staying in a centre, and how many match in all. */
record ResidentPage(int total, int page, int size, List<Resident> items) {}
