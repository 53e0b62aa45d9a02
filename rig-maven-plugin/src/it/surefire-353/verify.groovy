def log = new File(basedir, 'build.log').text
assert log.contains('maven-surefire-plugin:3.5.3:test')
assert log =~ /\[ERROR\] Failed to execute goal dev\.rig:rig-maven-plugin:[^ ]+:check \(check\) on project pinned: rig: \d+ files? (is|are) out of sync/
assert log.contains("[ERROR] rig: run 'mvn rig:sync' to fix")
