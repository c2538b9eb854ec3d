package io.iotnetwork.generator.diff;

import java.util.List;
import java.util.Optional;

/**
 * One risk rule: recognizes a kind of change and classifies it. Rules are asked in
 * {@link ChangeClassifier}'s order and the first that answers decides; a change no rule recognizes
 * is still listed, as {@link RiskClass#BENIGN}.
 */
public interface RiskRule {
  /**
   * The class of {@code property} of {@code resource} (a property of a modified resource; empty for
   * a created or deleted one), or empty when this rule does not recognize it. {@code all} holds every
   * resource change of the comparison, for rules that pair a deletion with a creation.
   */
  Optional<Classification> classify(ResourceChange resource, Optional<PropertyChange> property, List<ResourceChange> all);
}
