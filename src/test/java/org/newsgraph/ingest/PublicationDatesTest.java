package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {

  @Test
  void parsesStatedDates() {
    assertEquals(LocalDate.of(2021, 8, 14), PublicationDates.parse("2021-08-14"));
    assertEquals(LocalDate.of(2021, 8, 14), PublicationDates.parse("2021-08-14T17:22:00Z"));
    assertEquals(LocalDate.of(2021, 8, 14), PublicationDates.parse("14 August 2021"));
    assertEquals(LocalDate.of(2021, 8, 14), PublicationDates.parse("August 14, 2021"));
    assertEquals(LocalDate.of(2021, 8, 14), PublicationDates.parse("Aug. 14, 2021"));
  }

  @Test
  void rejectsImpossibleDates() {
    assertNull(PublicationDates.parse("2021-02-31"));
    assertNull(PublicationDates.parse("31 February 2021"));
    assertNull(PublicationDates.parse("yesterday"));
  }

  @Test
  void infersFromADatelineNearTheTop() {
    PublicationDate d = PublicationDates.infer("Presenter 3pm\nHeadline here\n14 August 2021, 17:22\nBody.");
    assertEquals(LocalDate.of(2021, 8, 14), d.date());
    assertEquals("inferred:dateline", d.how());
  }

  @Test
  void aDateInsideASentenceIsNotADateline() {
    assertNull(PublicationDates.infer("He joined on 14 August 2021, said the party.\nMore."));
  }
}
