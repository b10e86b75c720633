package org.okrkit.tables;

import java.math.BigDecimal;

/** Values as a host that stores every value as text writes them. */
final class Texts {
  private Texts() {}

  static String of(Object value) {
    if (value instanceof Double d) {
      // in full, so that it reads back exactly; -0 keeps its sign
      return Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits(-0.0)
          ? "-0"
          : new BigDecimal(Double.toString(d)).toPlainString();
    }
    return value.toString();
  }
}
