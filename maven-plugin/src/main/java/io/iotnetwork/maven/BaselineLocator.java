package io.iotnetwork.maven;

import io.iotnetwork.generator.diff.BaselineKind;
import io.iotnetwork.generator.diff.ChangeBaseline;
import java.util.Optional;

/**
 * Where each network's baseline comes from: an earlier output (folder or zip), a live export, or
 * the templates a released version attached. The diff goal asks it once per network; the generate
 * goal can ask it the same way for the reports' "Changes" section.
 */
interface BaselineLocator {
  /** The baseline for people, as diff.md and the log name it: "release 1.0.0", "export hub.json". */
  String label();

  /** Whether it is an earlier build or Azure's live state. */
  BaselineKind kind();

  /** What it expected to find for a network, for the message when it holds none of them. */
  String layout();

  /** The baseline of network {@code networkId}, or empty when this baseline does not hold that network. */
  Optional<ChangeBaseline> find(String networkId) throws UserError;
}
