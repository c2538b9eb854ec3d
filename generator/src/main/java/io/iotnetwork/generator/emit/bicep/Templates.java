package io.iotnetwork.generator.emit.bicep;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The mustache templates under {@code templates/} on the classpath, rendered without HTML escaping
 * (values are already Bicep text).
 */
final class Templates {
  private final DefaultMustacheFactory factory = new DefaultMustacheFactory("templates") {
    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(value);
      } catch (IOException e) {
        throw new MustacheException("write failed", e);
      }
    }
  };
  private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

  /** {@code template} rendered with {@code scope}. */
  String render(String template, Object scope) {
    StringWriter out = new StringWriter();
    compiled.computeIfAbsent(template, factory::compile).execute(out, scope);
    return out.toString();
  }
}
