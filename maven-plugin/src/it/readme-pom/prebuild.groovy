// The README's pom snippet, exactly as written, becomes this project's pom; the one definition it
// names in <definitions> is copied from the samples, with no META-INF/services file beside it.
def readme = new File(repositoryRoot, "README.md").text
def found = readme =~ /(?s)Then add the DSL and the plugin to your `pom.xml`:\n\n( *)```xml\n(.*?)\n *```/
assert found.find() : "README.md has no pom snippet in 'Use it in your project', step 1"
def indent = found.group(1)
def snippet = found.group(2).readLines().collect { it.startsWith(indent) ? it.substring(indent.length()) : it }.join("\n")

def definitions = (snippet =~ /<definition>([^<]+)<\/definition>/).collect { it[1] }
assert definitions.size() == 1 : "the snippet names one definition class: ${definitions}"
def relative = "src/main/java/" + definitions[0].replace('.', '/') + ".java"
def sources = new File(repositoryRoot, "samples").listFiles().collect { new File(it, relative) }.findAll { it.isFile() }
assert sources.size() == 1 : "${definitions[0]} is a class of exactly one sample"
def target = new File(basedir, relative)
target.parentFile.mkdirs()
target.text = sources[0].text

new File(basedir, "pom.xml").text = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.contoso.it</groupId>
  <artifactId>readme-pom</artifactId>
  <version>1.0.0-SNAPSHOT</version>
${snippet}
</project>
"""
return true
