package io.iotnetwork.generator.plan;

/**
 * ARM's limits on one template (azure-facts §7, "Template limits" of Microsoft's ARM template best
 * practices). They apply to the main template and to each nested deployment's template alike.
 */
public final class TemplateLimits {
  /** Resources, copies included; a nested deployment counts as one resource of its parent. */
  public static final int RESOURCES = 800;
  /** Parameters. */
  public static final int PARAMETERS = 256;
  /** Variables (older revisions of the page said 256; the generator writes none). */
  public static final int VARIABLES = 512;
  /** Outputs. */
  public static final int OUTPUTS = 64;
  /** Characters of one template expression. */
  public static final int EXPRESSION_CHARACTERS = 24_576;
  /** Bytes of the whole template, nested templates included: "4 MB", read as 4,000,000 to be safe. */
  public static final int TEMPLATE_BYTES = 4_000_000;
  /** Bytes of one resource definition, a nested deployment with its template included: "1 MB". */
  public static final int RESOURCE_BYTES = 1_000_000;
  /** Bytes of the parameters file. */
  public static final int PARAMETERS_FILE_BYTES = 4_000_000;

  /**
   * Resources a hub group's template is packed to: half the limit, so that resources the group
   * shares only among its own hubs, which the packing cannot foresee exactly, always fit.
   */
  static final int GROUP_RESOURCES = RESOURCES / 2;

  private TemplateLimits() {}

  /** True when {@code plan} and its modules are within the counted limits (sizes are measured after emission). */
  static boolean countsFit(Plan plan) {
    return plan.createdResources().size() + plan.modules().size() <= RESOURCES
        && plan.parameters().size() <= PARAMETERS
        && plan.outputs().size() <= OUTPUTS
        && plan.modules().stream().allMatch(module -> countsFit(module.inner()));
  }
}
