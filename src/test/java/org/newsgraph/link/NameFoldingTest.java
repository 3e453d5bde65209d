package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameFoldingTest {
  @Test
  void foldsCaseDiacriticsAndPunctuation() {
    assertEquals("jose lopez", NameFolding.fold("José  LÓPEZ"));
    assertEquals("workers party of marxist unification", NameFolding.fold("Workers' Party of Marxist Unification"));
    assertEquals("i daniel blake", NameFolding.fold("I, Daniel Blake"));
    assertEquals("labour and co operative", NameFolding.fold("Labour & Co-operative"));
  }

  @Test
  void dropsLeadingTheButNotAWholeName() {
    assertEquals("guardian", NameFolding.fold("The Guardian"));
    assertEquals("the", NameFolding.fold("The"));
  }

  @Test
  void foldsLaborToLabour() {
    assertEquals("labour party", NameFolding.fold("Labor Party"));
    assertEquals("labour in exile network", NameFolding.fold("Labor in Exile Network"));
  }

  @Test
  void dropsHonorificsAndPostNominalsOnlyWhenANameRemains() {
    assertEquals("keir starmer", NameFolding.fold("Sir Keir Starmer"));
    assertEquals("keir", NameFolding.fold("Sir Keir"));
    assertEquals("francisco franco", NameFolding.fold("General Francisco Franco"));
    assertEquals("john mcdonnell", NameFolding.fold("John McDonnell MP"));
    assertEquals("general motors", NameFolding.fold("General Motors"));
    assertEquals("loach", NameFolding.fold("Mr. Loach"));
  }

  @Test
  void partySuffixAndInitialsAreWeakerMatches() {
    assertEquals(1.0, NameFolding.match("Labor Party", "Labour Party"));
    assertEquals(0.9, NameFolding.match("Labour", "Labour Party"));
    assertEquals(0.6, NameFolding.match("J. McDonnell", "John McDonnell"));
    assertEquals(0.0, NameFolding.match("David Davies", "David Davis"));
    assertEquals(0.0, NameFolding.match("Labour in Exile Network", "Labour Party"));
    assertEquals(0.0, NameFolding.match("Party", "Labour Party"));
    assertNull(NameFolding.initials("starmer"));
    assertTrue(NameFolding.queryKeys("The Labour Party").contains("labour"));
  }
}
