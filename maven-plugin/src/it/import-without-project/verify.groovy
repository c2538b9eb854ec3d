def log = new File(basedir, "build.log").text
assert !new File(basedir, "pom.xml").exists() : "this case runs outside any project"
def source = new File(basedir, "src/main/java/com/contoso/adopted/RoutedHubNetwork.java")
assert source.isFile()
def text = source.text
assert text.contains('.defineRoutingEndpoint("alerts")')
assert text.contains(".withKeyBasedAuthentication()") : "a key-based endpoint stays key-based"
assert !text.contains("****") && !text.contains("SharedAccessKey") : "no secret reaches the Java source"
assert text.contains("// Left out, the DSL cannot state it: \$.properties.minTlsVersion")
assert log.contains("[WARNING] [import] import-unexpressed-property at group-export.json \$.properties.minTlsVersion")
assert log.contains("import-secret-parameter")
return true
