package org.okrkit.formula;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.CelKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fast path of a formula: a type-checked CEL expression of the arithmetic subset (double
 * arithmetic, numeric comparisons, logic, conditionals, {@code has(given.x)}, and int literals
 * where a number is compared) turned once into a tree of primitive operations, evaluated on the
 * numbers of {@link Variables} without boxing or maps. Whatever it cannot give exactly as CEL would
 * (an absent number read, so CEL's error) it leaves to the CEL program by throwing {@link
 * FallBack}; expressions outside the subset have no fast path at all. Immutable and thread-safe.
 */
final class DoubleProgram {
  /** Thrown when the CEL program must decide; made without a stack trace, so cheaply. */
  static final class FallBack extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FallBack() {
      super("evaluate with CEL", null, false, false);
    }
  }

  // the largest magnitude below which every long is exactly a double
  private static final long EXACT = 1L << 53;

  private interface Num {
    double eval(double[] v, int present);
  }

  private interface Bool {
    boolean test(double[] v, int present);
  }

  private final Num root;

  private DoubleProgram(Num root) {
    this.root = root;
  }

  /** The value of the formula for the numbers {@code v}, of which {@code present} are present. */
  double eval(double[] v, int present) {
    return root.eval(v, present);
  }

  /** The fast path of {@code ast}, or null when the expression lies outside the subset. */
  static @Nullable DoubleProgram of(CelAbstractSyntaxTree ast) {
    try {
      return new DoubleProgram(new Builder(ast).num(ast.getExpr()));
    } catch (UnsupportedOperationException e) {
      return null;
    }
  }

  private static final class Builder {
    private final CelAbstractSyntaxTree ast;

    Builder(CelAbstractSyntaxTree ast) {
      this.ast = ast;
    }

    private static UnsupportedOperationException outside() {
      return new UnsupportedOperationException("outside the fast path");
    }

    private CelKind kind(CelExpr e) {
      return ast.getType(e.id()).map(t -> t.kind()).orElse(CelKind.ERROR);
    }

    Num num(CelExpr e) {
      switch (e.exprKind().getKind()) {
        case CONSTANT -> {
          CelConstant c = e.constant();
          double value;
          if (c.getKind() == CelConstant.Kind.DOUBLE_VALUE) {
            value = c.doubleValue();
          } else if (c.getKind() == CelConstant.Kind.INT64_VALUE
              && Math.abs(c.int64Value()) < EXACT) {
            value = c.int64Value();
          } else {
            throw outside();
          }
          return (v, p) -> value;
        }
        case IDENT -> {
          int i = Variables.NAMES.indexOf(e.ident().name());
          if (i < 0) {
            throw outside();
          }
          int bit = 1 << i;
          return (v, p) -> {
            if ((p & bit) == 0) {
              throw new FallBack();
            }
            return v[i];
          };
        }
        case CALL -> {
          return call(e);
        }
        default -> throw outside();
      }
    }

    private Num call(CelExpr e) {
      String f = e.call().function();
      List<CelExpr> args = e.call().args();
      if (e.call().target().isPresent()) {
        throw outside();
      }
      if (f.equals("_?_:_")) {
        Bool c = bool(args.get(0));
        Num a = num(args.get(1));
        Num b = num(args.get(2));
        return (v, p) -> c.test(v, p) ? a.eval(v, p) : b.eval(v, p);
      }
      // arithmetic in doubles only: int arithmetic truncates and overflows as CEL says
      if (kind(e) != CelKind.DOUBLE) {
        throw outside();
      }
      if (f.equals("-_")) {
        Num a = num(args.get(0));
        return (v, p) -> -a.eval(v, p);
      }
      if (args.size() != 2) {
        throw outside();
      }
      Num a = num(args.get(0));
      Num b = num(args.get(1));
      return switch (f) {
        case "_+_" -> (v, p) -> a.eval(v, p) + b.eval(v, p);
        case "_-_" -> (v, p) -> a.eval(v, p) - b.eval(v, p);
        case "_*_" -> (v, p) -> a.eval(v, p) * b.eval(v, p);
        case "_/_" -> (v, p) -> a.eval(v, p) / b.eval(v, p);
        default -> throw outside();
      };
    }

    Bool bool(CelExpr e) {
      switch (e.exprKind().getKind()) {
        case CONSTANT -> {
          if (e.constant().getKind() != CelConstant.Kind.BOOLEAN_VALUE) {
            throw outside();
          }
          boolean value = e.constant().booleanValue();
          return (v, p) -> value;
        }
        case SELECT -> {
          // has(given.stretch)
          var s = e.select();
          int i = Variables.NAMES.indexOf(s.field());
          if (!s.testOnly()
              || i < 0
              || s.operand().exprKind().getKind() != CelExpr.ExprKind.Kind.IDENT
              || !s.operand().ident().name().equals(Variables.GIVEN)) {
            throw outside();
          }
          int bit = 1 << i;
          return (v, p) -> (p & bit) != 0;
        }
        case CALL -> {
          return boolCall(e);
        }
        default -> throw outside();
      }
    }

    private Bool boolCall(CelExpr e) {
      String f = e.call().function();
      List<CelExpr> args = e.call().args();
      if (e.call().target().isPresent()) {
        throw outside();
      }
      switch (f) {
        case "!_" -> {
          Bool a = bool(args.get(0));
          return (v, p) -> !a.test(v, p);
        }
        case "_&&_" -> {
          Bool a = bool(args.get(0));
          Bool b = bool(args.get(1));
          return (v, p) -> a.test(v, p) && b.test(v, p);
        }
        case "_||_" -> {
          Bool a = bool(args.get(0));
          Bool b = bool(args.get(1));
          return (v, p) -> a.test(v, p) || b.test(v, p);
        }
        case "_?_:_" -> {
          Bool c = bool(args.get(0));
          Bool a = bool(args.get(1));
          Bool b = bool(args.get(2));
          return (v, p) -> c.test(v, p) ? a.test(v, p) : b.test(v, p);
        }
        default -> {}
      }
      if (args.size() != 2) {
        throw outside();
      }
      Num a = num(args.get(0));
      Num b = num(args.get(1));
      return switch (f) {
        case "_<_" -> (v, p) -> a.eval(v, p) < b.eval(v, p);
        case "_<=_" -> (v, p) -> a.eval(v, p) <= b.eval(v, p);
        case "_>_" -> (v, p) -> a.eval(v, p) > b.eval(v, p);
        case "_>=_" -> (v, p) -> a.eval(v, p) >= b.eval(v, p);
        case "_==_" -> (v, p) -> a.eval(v, p) == b.eval(v, p);
        case "_!=_" -> (v, p) -> a.eval(v, p) != b.eval(v, p);
        default -> throw outside();
      };
    }
  }
}
