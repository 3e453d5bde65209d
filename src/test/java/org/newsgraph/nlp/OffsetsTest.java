package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OffsetsTest {

  private static final int[] A = {3, 7, 7, 12};

  @Test
  void lowerBoundIsTheFirstAtOrAfter() {
    assertEquals(0, Offsets.lowerBound(A, 0));
    assertEquals(0, Offsets.lowerBound(A, 3));
    assertEquals(1, Offsets.lowerBound(A, 4));
    assertEquals(1, Offsets.lowerBound(A, 7));
    assertEquals(3, Offsets.lowerBound(A, 8));
    assertEquals(4, Offsets.lowerBound(A, 13));
    assertEquals(0, Offsets.lowerBound(new int[0], 5));
  }

  @Test
  void upperBoundIsTheFirstAfter() {
    assertEquals(0, Offsets.upperBound(A, 2));
    assertEquals(1, Offsets.upperBound(A, 3));
    assertEquals(3, Offsets.upperBound(A, 7));
    assertEquals(4, Offsets.upperBound(A, 12));
    assertEquals(4, Offsets.upperBound(A, Integer.MAX_VALUE));
  }
}
