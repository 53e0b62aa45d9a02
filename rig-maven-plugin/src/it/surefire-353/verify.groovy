def log = new File(basedir, 'build.log').text
assert log.contains('maven-surefire-plugin:3.5.3:test')
assert log =~ /\[ERROR\] Failed to execute goal dev\.rig:rig-maven-plugin:[^ ]+:check \(check\) on project pinned: rig: \d+ files? (is|are) out of sync/
assert log.contains("[ERROR] rig: run 'mvn rig:sync' to fix")
// The test run said nothing useful, and wrote nothing.
assert log.contains('Tests run: 0, Failures: 0, Errors: 0, Skipped: 0, Time elapsed:')
assert !new File(basedir, 'README.md').exists()
