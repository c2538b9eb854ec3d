package io.iotnetwork.generator.adopt;

import io.iotnetwork.dsl.NetworkDefinition;
import io.iotnetwork.model.IotNetworkSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Compiles a generated definition in memory (javax.tools) and runs it, as the Maven plugin would. */
final class DefinitionCompiler {
  private DefinitionCompiler() {}

  /** The network {@code source} (class {@code packageName.className}) describes; fails with the compiler's messages. */
  static IotNetworkSpec run(String source, String packageName, String className) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<String, ByteArrayOutputStream> classes = new HashMap<>();
    String qualified = packageName + "." + className;
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + qualified.replace('.', '/') + ".java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    JavaFileManager manager = new ForwardingJavaFileManager<>(compiler.getStandardFileManager(diagnostics, null, null)) {
      @Override
      public JavaFileObject getJavaFileForOutput(Location location, String name, JavaFileObject.Kind kind, FileObject sibling) {
        return new SimpleJavaFileObject(URI.create("mem:///" + name.replace('.', '/') + kind.extension), kind) {
          @Override
          public OutputStream openOutputStream() {
            return classes.computeIfAbsent(name, key -> new ByteArrayOutputStream());
          }
        };
      }
    };
    StringWriter output = new StringWriter();
    List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-Xlint:all", "-Werror",
        "-proc:none");
    boolean compiled = compiler.getTask(output, manager, diagnostics, options, null, List.of(file)).call();
    if (!compiled) {
      StringBuilder messages = new StringBuilder("the generated definition does not compile:\n");
      diagnostics.getDiagnostics().forEach(diagnostic -> messages.append(diagnostic).append('\n'));
      throw new AssertionError(messages.append(output).append("\n--- source ---\n").append(source).toString());
    }
    ClassLoader loader = new ClassLoader(DefinitionCompiler.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        ByteArrayOutputStream bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        byte[] code = bytes.toByteArray();
        return defineClass(name, code, 0, code.length);
      }
    };
    try {
      NetworkDefinition definition = (NetworkDefinition) loader.loadClass(qualified).getDeclaredConstructor().newInstance();
      return definition.network();
    } catch (ReflectiveOperationException failed) {
      throw new AssertionError("the generated definition cannot be run", failed);
    } finally {
      try {
        manager.close();
      } catch (IOException ignored) {
        // in memory: nothing to release
      }
    }
  }
}
