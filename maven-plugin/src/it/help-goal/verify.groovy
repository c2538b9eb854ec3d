def log = new File(basedir, "build.log").text
["iot-network:generate", "iot-network:validate", "iot-network:diff", "iot-network:import", "iot-network:help"].each { assert log.contains(it) : "goal ${it} not documented" }
["definitions", "outputDirectory", "formats", "attach", "failOnWarning", "skip",
 "baseline", "baselineExport", "baselineVersion", "failOnMissingBaseline", "failOn", "diffDirectory"].each { name ->
    assert log =~ /(?m)^\s+${name}\b/ : "parameter ${name} not documented"
    assert log.contains("User property: iot-network.${name}") : "user property of ${name} not documented"
}
assert log.contains("User property: iot-network.importFile") : "the import goal's parameters are documented"
return true
