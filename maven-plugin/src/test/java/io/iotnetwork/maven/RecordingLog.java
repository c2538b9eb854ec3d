package io.iotnetwork.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** A Maven log that keeps every line as {@code level: text}. */
final class RecordingLog extends SystemStreamLog {
  final List<String> lines;

  RecordingLog() {
    this(new ArrayList<>());
  }

  /** Records into {@code lines}. */
  RecordingLog(List<String> lines) {
    this.lines = lines;
  }

  @Override
  public void info(CharSequence content) {
    lines.add("info: " + content);
  }

  @Override
  public void warn(CharSequence content) {
    lines.add("warn: " + content);
  }

  @Override
  public void error(CharSequence content) {
    lines.add("error: " + content);
  }

  @Override
  public void debug(CharSequence content) {
    lines.add("debug: " + content);
  }
}
