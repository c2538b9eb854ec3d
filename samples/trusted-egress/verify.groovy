// Run by maven-invoker-plugin after 'mvn install' of this sample (the sample's own tests already
// checked the templates' content): the templates are attached and installed with the network id as classifier.
def installed = new File(localRepositoryPath, "com/contoso/iot/trusted-egress/1.0.0-SNAPSHOT")
["json", "parameters.json", "bicep", "bicepparam", "html", "md", "zip"].each { type ->
    def file = new File(installed, "trusted-egress-1.0.0-SNAPSHOT-trusted-egress.${type}")
    assert file.isFile() : "not installed: ${file}"
}
def zip = new java.util.zip.ZipFile(new File(installed, "trusted-egress-1.0.0-SNAPSHOT-trusted-egress.zip"))
assert zip.getEntry("modules/iot-hub-contoso-egress-hub-egress.bicep") != null : "the zip carries the modules"
zip.close()
def log = new File(basedir, "build.log").text
assert log.contains("iot-network: wrote 8 files for network 'trusted-egress'")
assert log.contains("Tests run:") && !log.contains("FAILURE")
return true
