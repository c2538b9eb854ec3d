package io.iotnetwork.generator.diff;

/** What a change means for the deployment, most serious first. */
public enum RiskClass {
  /** A create-only property or a forbidden transition: the deployment fails or needs a new resource. */
  IMMUTABLE("immutable"),
  /** Widens who or what can reach a resource. */
  OPENS_ACCESS("opens-access"),
  /** Removes state, or leaves a resource unmanaged. */
  DESTRUCTIVE("destructive"),
  /** Narrows who or what can reach a resource. */
  CLOSES_ACCESS("closes-access"),
  /** Anything else. */
  BENIGN("benign");

  private final String id;

  RiskClass(String id) {
    this.id = id;
  }

  /** The class as {@code failOn} and the reports spell it. */
  public String id() {
    return id;
  }

  /** The class spelled {@code id}, or empty. */
  public static java.util.Optional<RiskClass> of(String id) {
    for (RiskClass riskClass : values()) {
      if (riskClass.id.equalsIgnoreCase(id.strip())) {
        return java.util.Optional.of(riskClass);
      }
    }
    return java.util.Optional.empty();
  }
}
