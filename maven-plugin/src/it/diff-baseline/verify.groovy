def log = new File(basedir, "build.log").text
assert log.contains("iot-network: network 'diff-baseline' against earlier output baseline:")
assert log =~ /\[INFO\] iot-network:   opens-access \(1\)/
assert log.contains("iot-network: 1 change(s) of a class in failOn (immutable, opens-access):")
assert log =~ /\[diff-baseline\] opens-access public-network-access-enabled: .*contoso-diff-hub/
assert log.contains("BUILD FAILURE")
assert !log.contains("\tat io.iotnetwork") : "a failOn verdict must not print a stack trace"
def folder = new File(basedir, "target/iot-network-diff/diff-baseline")
assert new File(folder, "diff.md").text.contains("| opens-access | 1 |")
assert new File(folder, "diff.json").text.contains("\"rule\": \"public-network-access-enabled\"")
assert !new File(basedir, "target/iot-network").exists() : \
    "the preview is written beside the generate goal's folder (target/iot-network), never into it"
return true
