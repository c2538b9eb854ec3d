def log = new File(basedir, "build.log").text
assert log.contains("iot-network: templates in ") && log.contains("are up to date (definitions and plugin unchanged); files left untouched")
assert new File(basedir, "target/iot-network/incremental/azuredeploy.json").text.contains("second-revision")
return true
