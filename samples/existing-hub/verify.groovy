// Run by maven-invoker-plugin after 'mvn install' of this sample (the sample's own tests already
// checked the templates' content): the templates are attached and installed with the network id as classifier.
def installed = new File(localRepositoryPath, "com/contoso/iot/existing-hub/1.0.0-SNAPSHOT")
["json", "parameters.json", "bicep", "bicepparam", "html", "md", "zip"].each { type ->
    def file = new File(installed, "existing-hub-1.0.0-SNAPSHOT-existing-hub.${type}")
    assert file.isFile() : "not installed: ${file}"
}
def zip = new java.util.zip.ZipFile(new File(installed, "existing-hub-1.0.0-SNAPSHOT-existing-hub.zip"))
assert zip.getEntry("modules/egress-access-rg-contoso-eventing.bicep") != null : "the zip carries the access module"
zip.close()
def log = new File(basedir, "build.log").text
assert log.contains("iot-network: wrote 7 files for network 'existing-hub'")
assert log.contains("Tests run:") && !log.contains("FAILURE")
return true
