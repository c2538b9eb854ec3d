def log = new File(basedir, "build.log").text
assert !new File(basedir, "pom.xml").exists() : "this case runs outside any project"
["iot-network:generate", "iot-network:validate", "iot-network:import", "iot-network:help"].each { assert log.contains(it) : "goal ${it} not documented" }
assert log.contains("User property: iot-network.definitions")
return true
