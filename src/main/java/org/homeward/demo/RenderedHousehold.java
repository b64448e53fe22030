package org.homeward.demo;

import java.util.List;

/** A registration written as interchange rows (keys still empty), with the real person behind each row. */
record RenderedHousehold(List<String[]> rows, long[] personIds) {}
