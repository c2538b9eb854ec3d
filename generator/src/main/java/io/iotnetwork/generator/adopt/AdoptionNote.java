package io.iotnetwork.generator.adopt;

import static java.util.Objects.requireNonNull;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.generator.validate.Severity;
import io.iotnetwork.model.SourceLocation;

/**
 * Something the adopter says about one property of the export, by JSON path into the resource as
 * exported ({@code $.properties.minTlsVersion}).
 *
 * @param kind      what kind of note
 * @param jsonPath  the property
 * @param message   what happened to it, with its value where that is no secret
 */
public record AdoptionNote(Kind kind, String jsonPath, String message) {
  /** What a note says, each with its rule id in {@code docs/rules.md}. */
  public enum Kind {
    /** The DSL cannot state it: the import fails unless allowed, then it is a comment in the source. */
    UNEXPRESSED("import-unexpressed-property", Severity.ERROR, "Adopt the hub by hand for this property, or"
        + " pass -Diot-network.allowUnexpressed=true to write the definition without it (the next deployment"
        + " then resets it to Azure's default)."),
    /** Azure assigns or keeps it, so the definition leaves it out on purpose (compared as absent). */
    NOT_RESTATED("import-not-restated", Severity.INFO, "Nothing to do."),
    /** Written explicitly because it is weaker than the DSL's secure default. */
    WEAKER_THAN_DEFAULT("import-weaker-than-default", Severity.WARNING, "You may want to tighten it in the"
        + " generated definition, once nothing depends on it."),
    /** A secret that becomes a secure template parameter, supplied at deployment. */
    SECRET("import-secret-parameter", Severity.WARNING, "Supply it at deployment; better, move the endpoint to"
        + " identity-based authentication (remove .withKeyBasedAuthentication() and grant the hub's identity"
        + " the endpoint's data role)."),
    /** A role the hub's identity is expected to hold already. */
    EXISTING_GRANT("import-existing-grant", Severity.WARNING, "Check the role assignment exists in Azure; remove"
        + " .withExistingGrant() to let the template write it instead."),
    /** A value the export does not hold, assumed by the adopter. */
    ASSUMED("import-assumed-value", Severity.WARNING, "Correct it in the generated definition if it differs.");

    private final String ruleId;
    private final Severity severity;
    private final String hint;

    Kind(String ruleId, Severity severity, String hint) {
      this.ruleId = ruleId;
      this.severity = severity;
      this.hint = hint;
    }

    /** The rule id. */
    public String ruleId() {
      return ruleId;
    }
  }

  public AdoptionNote {
    requireNonNull(kind);
    requireNonNull(jsonPath);
    requireNonNull(message);
  }

  /**
   * The note as a diagnostic of {@code file}; an unexpressed property is a warning when
   * {@code allowUnexpressed}, else an error.
   */
  public Diagnostic toDiagnostic(String file, boolean allowUnexpressed) {
    Severity severity = kind == Kind.UNEXPRESSED && allowUnexpressed ? Severity.WARNING : kind.severity;
    return new Diagnostic(kind.ruleId, severity, file + " " + jsonPath, message, kind.hint, SourceLocation.UNKNOWN);
  }
}
