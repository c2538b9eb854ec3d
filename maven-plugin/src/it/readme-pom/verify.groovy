def log = new File(basedir, "build.log").text
assert log.contains("iot-network: wrote 6 files for network 'isolated-hub'")
["azuredeploy.json", "azuredeploy.parameters.json", "main.bicep", "main.bicepparam", "report.html", "report.md"].each {
    assert new File(basedir, "target/iot-network/isolated-hub/${it}").isFile() : "${it} not written"
}
assert !new File(basedir, "target/classes/META-INF/services").exists() : "only <definitions> names the class"
return true
