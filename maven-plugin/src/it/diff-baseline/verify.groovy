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
def published = new File(basedir, "target/iot-network/diff-baseline")
assert new File(published, "azuredeploy.json").exists() : "generate ran in package"
assert !new File(published, "diff.md").exists() && !new File(published, "diff.json").exists() : \
    "the preview is written beside the published templates, never into their folder"
return true
