def source = new File(basedir, "src/main/java/com/contoso/adopted/ContosoLegacyHubNetwork.java")
assert source.isFile() : "import writes the definition below src/main/java, in the package's folders"
def text = source.text
assert text.contains("public final class ContosoLegacyHubNetwork implements NetworkDefinition")
assert text.contains(".withPublicNetworkAccess(PublicNetworkAccess.ENABLED)") : "weaker than the default: written explicitly"
assert text.contains(".withLocalAuth()")
def template = new File(basedir, "target/iot-network/contoso-legacy-hub/azuredeploy.json")
assert template.isFile() : "the adopted definition builds"
assert template.text.contains('"contoso-legacy-hub"')
return true
