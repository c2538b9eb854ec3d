package io.iotnetwork.generator.diff;

/** What a build is compared with, which decides how a resource only the baseline holds is read. */
public enum BaselineKind {
  /**
   * Templates an earlier build wrote (a release's attached templates, a folder or zip of an earlier
   * output): a resource only they hold is one this build stops managing.
   */
  EARLIER_BUILD,
  /**
   * An export of what is in Azure ({@code az iot hub show}, {@code az resource show},
   * {@code az group export}): a resource only it holds was never in the template, and an incremental
   * deployment leaves it as it is.
   */
  LIVE_STATE
}
