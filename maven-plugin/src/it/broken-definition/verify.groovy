def log = new File(basedir, "build.log").text
["iot-hub-name", "iot-hub-sku-capacity", "min-tls-version", "ip-filter-address", "private-endpoint-in-gateway-subnet"].each { id ->
    assert log =~ /\[ERROR\] \[broken\] ${id} at iotHub\[-broken-\]\S* \(BrokenNetwork\.java:\d+\): .+ Hint: .+/ : "rule ${id} not logged"
}
assert log.contains("iot-network: 5 error(s) and 0 warning(s) in 1 network definition(s), listed above; nothing was written.")
assert log.contains("BUILD FAILURE")
assert !log.contains("\tat io.iotnetwork") : "a user's mistake must not print a stack trace"
assert !new File(basedir, "target/iot-network").exists() : "nothing may be written when there is an error"
return true
