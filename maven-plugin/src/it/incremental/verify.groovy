def log = new File(basedir, "build.log").text
assert log.contains("iot-network: templates in ") && log.contains("are up to date (definitions and plugin unchanged); files left untouched")
assert (log =~ /iot-network: wrote \d+ files for network 'incremental'/).count == 3 : "builds 1, 3 and 4 write"
def folder = new File(basedir, "target/iot-network/incremental")
assert new File(folder, "azuredeploy.json").text.contains("second-revision")
assert new File(folder, "main.bicep").isFile()
assert new File(folder, "incremental.zip").isFile() : "the zip sits in the network's folder"
assert new File(folder, ".iot-network-state").isFile() : "the state sits in the network's folder"
def output = new File(basedir, "target/iot-network")
assert output.list().sort() == ["incremental"] : "nothing beside the folder: ${output.list()}"
return true
