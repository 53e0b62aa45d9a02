def log = new File(basedir, 'build.log').text
assert log.contains('maven-surefire-plugin:3.5.3:test')
// The test run reports rig's check (it once said "Tests run: 0").
assert log =~ /Tests run: 1, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: [^\n]+ in dev\.rig\.runtime\.junit\.ProjectFilesInSyncTest/
assert log.contains('would be created README.md')
// rig:check in verify fails the build on the same drift.
assert log =~ /\[ERROR\] Failed to execute goal dev\.rig:rig-maven-plugin:[^ ]+:check \(check\) on project pinned: rig: \d+ files? (is|are) out of sync/
assert log.contains("[ERROR] rig: run 'mvn rig:sync' to fix")
// Check mode wrote nothing.
assert !new File(basedir, 'README.md').exists()
