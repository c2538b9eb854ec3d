def log = new File(basedir, "build.log").text
assert log.contains("iot-network: network 'incremental' (com.contoso.incremental.IncrementalNetwork) is valid: 6 files would be written; nothing was written")
assert log.contains("iot-network: [incremental] hub 'contoso-incremental-hub': public endpoint closed: public network access disabled; 1 private endpoint(s); DNS covers both zones; TLS 1.2; hub-level keys disabled; egress: 0 path(s), no egress: one deployment")
assert !new File(basedir, "target/iot-network").exists() : "validate writes nothing"
return true
