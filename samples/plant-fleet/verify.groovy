// Run by maven-invoker-plugin after 'mvn install' of this sample (the sample's own tests already
// checked how the fleet was sharded): the templates are attached and installed with the network id as classifier.
def installed = new File(localRepositoryPath, "com/contoso/iot/plant-fleet/1.0.0-SNAPSHOT")
["json", "parameters.json", "bicep", "bicepparam", "html", "md", "zip"].each { type ->
    def file = new File(installed, "plant-fleet-1.0.0-SNAPSHOT-plant-fleet.${type}")
    assert file.isFile() : "not installed: ${file}"
}
def zip = new java.util.zip.ZipFile(new File(installed, "plant-fleet-1.0.0-SNAPSHOT-plant-fleet.zip"))
["westeurope", "northeurope", "eastus", "southeastasia"].each { region ->
    assert zip.getEntry("modules/hub-group-${region}-01.bicep") != null : "the zip carries ${region}'s hub group"
    assert zip.getEntry("modules/hub-group-${region}-01-egress.bicep") != null : "the zip carries ${region}'s second deployment"
}
zip.close()
def log = new File(basedir, "build.log").text
assert log.contains("iot-network: wrote 14 files for network 'plant-fleet'")
assert log.contains("120 hubs do not fit one ARM template") : "the build says how the fleet was sharded"
assert log.contains("Tests run: 3, Failures: 0") && !log.contains("FAILURE")
return true
