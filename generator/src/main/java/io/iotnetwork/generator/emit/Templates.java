package io.iotnetwork.generator.emit;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The mustache templates under {@code templates/} on the classpath. They hold the skeleton of a file;
 * values arrive already printed by the emitters.
 */
public final class Templates {
  private final DefaultMustacheFactory factory;
  private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

  private Templates(DefaultMustacheFactory factory) {
    this.factory = factory;
  }

  /** Templates whose {@code {{value}}} tags write text as it is (Bicep, Markdown). */
  public static Templates verbatim() {
    return new Templates(new DefaultMustacheFactory("templates") {
      @Override
      public void encode(String value, Writer writer) {
        try {
          writer.write(value);
        } catch (IOException e) {
          throw new MustacheException("write failed", e);
        }
      }
    });
  }

  /** Templates whose {@code {{value}}} tags escape HTML; {@code {{{value}}}} writes markup as it is. */
  public static Templates html() {
    return new Templates(new DefaultMustacheFactory("templates"));
  }

  /** {@code template} rendered with {@code scope}. */
  public String render(String template, Object scope) {
    StringWriter out = new StringWriter();
    compiled.computeIfAbsent(template, factory::compile).execute(out, scope);
    return out.toString();
  }
}
