package io.iotnetwork.generator.adopt;

/**
 * The mapping of one group of hub properties to DSL calls. Each takes what it states out of the
 * context's remaining body; whatever no group takes is reported as unexpressed, by path.
 */
interface PropertyGroup {
  void adopt(AdoptionContext context);
}
