package io.iotnetwork.dsl;

import io.iotnetwork.model.SourceLocation;
import java.security.CodeSource;
import java.util.Objects;

/** Finds the user's source line that called into the DSL, so diagnostics can point at it. */
final class Callers {
  private static final StackWalker WALKER =
      StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
  private static final CodeSource DSL_CODE = Callers.class.getProtectionDomain().getCodeSource();

  private Callers() {}

  /** The first stack frame outside the DSL's own classes. */
  static SourceLocation location() {
    return WALKER.walk(frames -> frames
        .filter(frame -> !isDslClass(frame.getDeclaringClass()))
        .findFirst()
        .map(frame -> new SourceLocation(
            Objects.requireNonNullElse(frame.getFileName(), frame.getClassName()),
            Math.max(frame.getLineNumber(), 0)))
        .orElse(SourceLocation.UNKNOWN));
  }

  private static boolean isDslClass(Class<?> type) {
    return Objects.equals(type.getProtectionDomain().getCodeSource(), DSL_CODE);
  }
}
