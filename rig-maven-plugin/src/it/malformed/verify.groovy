def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /\[ERROR\] Failed to execute goal dev\.rig:rig-maven-plugin:[^ ]+:sync \(default-cli\) on project malformed: rig: error: \.github\/dependabot\.yml:\d+:\d+: /
assert log.contains('[ERROR] rig: nothing was written')
// The file rig cannot read is kept byte for byte, and nothing else was written either.
assert new File(basedir, '.github/dependabot.yml').text == 'version: 2\nupdates: [\n  - package-ecosystem: maven\n'
assert !new File(basedir, 'README.md').exists()
assert !new File(basedir, 'pom.xml').text.contains('jacoco')
