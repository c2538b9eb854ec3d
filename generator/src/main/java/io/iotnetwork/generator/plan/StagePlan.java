package io.iotnetwork.generator.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One top-level deployment of a definition too large for one ({@link Stager}): the foundation or
 * a batch of hub groups, a complete template of its own that refers to what earlier stages deploy
 * by resource id ({@code existing} declarations), never by symbol.
 *
 * @param folder  its folder under {@code stages/}, numbered in deployment order, e.g. {@code 01-westeurope-01-to-08}
 * @param title   what it deploys, in words
 * @param plan    what it deploys
 * @param after   the folders of the stages it refers to or must follow, earlier in the list
 */
public record StagePlan(String folder, String title, Plan plan, List<String> after) {
  public StagePlan {
    requireNonNull(folder);
    requireNonNull(title);
    requireNonNull(plan);
    after = List.copyOf(after);
  }
}
