package io.iotnetwork.generator.plan;

import static java.util.Objects.requireNonNull;

/**
 * A managed identity role assignments are made for.
 *
 * @param symbol       a stable name for it, used to name module parameters
 * @param principalId  its principal id: known only at deployment
 * @param seed         a value known when the deployment starts (the hub's or identity's id), which
 *                     seeds the role assignment's {@code guid()} name (Bicep BCP120, facts §5)
 * @param label        how it is named in descriptions
 */
record Principal(String symbol, Value principalId, Value seed, String label) {
  Principal {
    requireNonNull(symbol);
    requireNonNull(principalId);
    requireNonNull(seed);
    requireNonNull(label);
  }
}
