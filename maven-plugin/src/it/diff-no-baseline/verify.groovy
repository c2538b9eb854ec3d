def log = new File(basedir, "build.log").text
assert log.contains("iot-network: no baseline to compare with (there is no released version of com.contoso.it:diff-no-baseline below 1.0.0-SNAPSHOT)")
assert log.contains("; nothing compared")
assert log.contains("BUILD SUCCESS")
assert !new File(basedir, "target/iot-network-diff").exists() : "nothing to compare, nothing written"
return true
