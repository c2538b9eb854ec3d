package io.iotnetwork.generator.plan;

/**
 * A value in the plan: a literal, an object, an array, or an expression evaluated at deployment.
 * The ARM and Bicep printers each turn the same tree into their syntax, so the two outputs cannot
 * drift apart.
 */
public sealed interface Value permits Lit, Obj, KeyedObj, Arr, Expr {

  /** A string literal. */
  static Lit of(String text) {
    return new Lit(text);
  }

  /** A boolean literal. */
  static Lit of(boolean flag) {
    return new Lit(flag);
  }

  /** An integer literal. */
  static Lit of(long number) {
    return new Lit(number);
  }
}
