package org.newsgraph.graph;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.extract.time.Precision;
import org.newsgraph.extract.time.TimeValue;

/** Typed literals as the contract wants them. */
public final class Literals {
  private Literals() {}

  /** A date at its precision: xsd:date, xsd:gYearMonth, or xsd:gYear (decades too). */
  public static Node date(TimeValue t) {
    XSDDatatype dt =
        switch (t.precision()) {
          case DAY -> XSDDatatype.XSDdate;
          case MONTH -> XSDDatatype.XSDgYearMonth;
          case YEAR, DECADE -> XSDDatatype.XSDgYear;
        };
    return NodeFactory.createLiteralDT(t.iso(), dt);
  }

  public static Node precision(Precision p) {
    return switch (p) {
      case DAY -> NG.Day.asNode();
      case MONTH -> NG.Month.asNode();
      case YEAR -> NG.Year.asNode();
      case DECADE -> NG.Decade.asNode();
    };
  }

  /** xsd:decimal with at most three decimals, so output is stable across platforms. */
  public static Node decimal(double d) {
    BigDecimal b = BigDecimal.valueOf(d).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
    if (b.scale() < 1) {
      b = b.setScale(1);
    }
    return NodeFactory.createLiteralDT(b.toPlainString(), XSDDatatype.XSDdecimal);
  }

  public static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }

  public static Node bool(boolean b) {
    return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
  }

  public static Node string(String s) {
    return NodeFactory.createLiteralString(s);
  }
}
