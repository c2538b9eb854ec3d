def log = new File(basedir, "build.log").text
assert log.contains("iot-network: network 'incremental' (com.contoso.incremental.IncrementalNetwork) is valid: 4 files would be written; nothing was written")
assert !new File(basedir, "target/iot-network").exists() : "validate writes nothing"
return true
