/**
 * The allocation engine: a linear programme over classes of alike households, solved with OR-Tools
 * GLOP, rounded and repaired into whole-household placements, with a lower bound that measures how
 * far the proposal can be from the best possible one. Entry point: {@link
 * org.homeward.allocation.engine.AllocationEngine}. The model is described in docs/allocation.md.
 */
@org.springframework.modulith.NamedInterface("engine")
package org.homeward.allocation.engine;
