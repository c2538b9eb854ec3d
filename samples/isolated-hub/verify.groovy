// Run by maven-invoker-plugin after 'mvn install' of this sample (the sample's own tests already
// checked the templates' content): the templates are attached and installed with the network id as classifier.
def installed = new File(localRepositoryPath, "com/contoso/iot/isolated-hub/1.0.0-SNAPSHOT")
["json", "parameters.json", "bicep", "bicepparam", "html", "md", "zip"].each { type ->
    def file = new File(installed, "isolated-hub-1.0.0-SNAPSHOT-isolated-hub.${type}")
    assert file.isFile() : "not installed: ${file}"
}
def log = new File(basedir, "build.log").text
assert log.contains("iot-network: wrote 6 files for network 'isolated-hub'")
assert log.contains("Tests run:") && !log.contains("FAILURE")
return true
