package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.generator.validate.Rule;
import io.iotnetwork.model.SourceLocation;

/** The id and the diagnostic factories every rule shares. */
abstract class RuleSupport implements Rule {
  private final String id;

  RuleSupport(String id) {
    this.id = id;
  }

  @Override
  public final String id() {
    return id;
  }

  final Diagnostic error(String path, SourceLocation source, String message, String hint) {
    return Diagnostic.error(id, path, source, message, hint);
  }

  final Diagnostic warning(String path, SourceLocation source, String message, String hint) {
    return Diagnostic.warning(id, path, source, message, hint);
  }

  final Diagnostic info(String path, SourceLocation source, String message, String hint) {
    return Diagnostic.info(id, path, source, message, hint);
  }
}
