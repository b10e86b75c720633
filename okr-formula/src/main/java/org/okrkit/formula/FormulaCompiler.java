package org.okrkit.formula;

import com.google.common.collect.ImmutableSet;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.types.CelKind;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.okrkit.scoring.ParameterException;

/**
 * The CEL environment of formulas: the variables of {@link Variables}, all doubles, and {@code
 * given}, a map of the numbers present; the standard functions; numbers of either type compared
 * with each other. The compiler and runtime are immutable and thread-safe, so one of each serves
 * every formula.
 */
final class FormulaCompiler {
  private static final CelOptions OPTIONS =
      CelOptions.current().enableHeterogeneousNumericComparisons(true).build();

  private static final CelCompiler COMPILER = compiler();

  // the legacy runtime: it evaluates type-checked expressions, which is all a formula is
  private static final CelRuntime RUNTIME =
      CelRuntimeFactory.legacyCelRuntimeBuilder().setOptions(OPTIONS).build();

  private FormulaCompiler() {}

  private static CelCompiler compiler() {
    var b =
        CelCompilerFactory.standardCelCompilerBuilder()
            .setOptions(OPTIONS)
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS);
    for (String name : Variables.NAMES) {
      b.addVar(name, SimpleType.DOUBLE);
    }
    b.addVar(Variables.GIVEN, MapType.create(SimpleType.STRING, SimpleType.DOUBLE));
    return b.build();
  }

  /**
   * A compiled formula: its CEL program, its fast path when the expression lies inside the
   * arithmetic subset, and the numbers it reads.
   */
  record Compiled(
      CelRuntime.Program program, @Nullable DoubleProgram fast, ImmutableSet<String> reads) {}

  /**
   * {@code expression} parsed, type-checked and made into a program.
   *
   * @throws ParameterException of parameter {@code expression}, saying where in the expression the
   *     first problem lies and what it is
   */
  static Compiled compile(String expression) {
    if (expression.isBlank()) {
      throw problem("formula.empty", Map.of());
    }
    CelValidationResult result = COMPILER.compile(expression);
    if (result.hasError()) {
      CelIssue issue = result.getErrors().get(0);
      Map<String, Object> arguments = new LinkedHashMap<>();
      String code = "formula.compile" + where(expression, issue, arguments);
      arguments.put("detail", issue.getMessage());
      int more = result.getErrors().size() - 1;
      if (more > 0) {
        arguments.put("more", more);
        code += "More";
      }
      throw problem(code, arguments);
    }
    CelAbstractSyntaxTree ast;
    try {
      ast = result.getAst();
    } catch (dev.cel.common.CelValidationException e) {
      throw problem("formula.compile", Map.of("detail", String.valueOf(e.getMessage())));
    }
    CelKind kind = ast.getResultType().kind();
    if (kind != CelKind.DOUBLE && kind != CelKind.INT) {
      throw problem("formula.type", Map.of("type", ast.getResultType().name()));
    }
    ImmutableSet<String> reads =
        CelNavigableAst.fromAst(ast)
            .getRoot()
            .allNodes()
            .map(n -> n.expr())
            .filter(e -> e.exprKind().getKind() == CelExpr.ExprKind.Kind.IDENT)
            .map(e -> e.ident().name())
            .filter(Variables.NAMES::contains)
            .collect(ImmutableSet.toImmutableSet());
    try {
      return new Compiled(RUNTIME.createProgram(ast), DoubleProgram.of(ast), reads);
    } catch (CelEvaluationException e) {
      throw problem("formula.cannotRun", Map.of("detail", String.valueOf(e.getMessage())));
    }
  }

  /**
   * Where CEL places {@code issue}, as the arguments {@code line} and {@code column} (from 1): the
   * suffix of the code that shows them ({@code AtLine} in an expression of several lines, {@code
   * At} in one of one line), or nothing when CEL gives no position.
   */
  private static String where(String expression, CelIssue issue, Map<String, Object> arguments) {
    int line = issue.getSourceLocation().getLine();
    int column = issue.getSourceLocation().getColumn();
    if (line < 1 || column < 0) {
      return "";
    }
    arguments.put("column", column + 1);
    if (expression.contains("\n")) {
      arguments.put("line", line);
      return "AtLine";
    }
    return "At";
  }

  /** The refused expression, for the problem {@code code} of {@link FormulaProblems}. */
  static ParameterException problem(String code, Map<String, ?> arguments) {
    return FormulaProblems.refused("expression", code, arguments);
  }
}
