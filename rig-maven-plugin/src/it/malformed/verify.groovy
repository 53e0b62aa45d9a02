// One build.log holds the five invocations of invoker.properties, in order.
def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert runs.size() == 5 : "expected 5 builds in build.log, found ${runs.size()}"

// 1.-3. sync, check and init each fail the build (Maven exits 1) with rig's error: the file, its
// line and column; the plugin (via the invoker) saw each build fail.
['sync', 'check', 'init'].eachWithIndex { goal, i ->
  def run = runs[i]
  assert run.contains('BUILD FAILURE') : goal
  assert run =~ /\[ERROR\] Failed to execute goal dev\.rig:rig-maven-plugin:[^ ]+:${goal} \(default-cli\) on project malformed: rig: error: \.github\/dependabot\.yml:\d+:\d+: /
}
assert runs[0].contains('[ERROR] rig: nothing was written')
assert runs[2].contains('[ERROR] rig: nothing was written')

// 4. list reads the configs, not the files: it still shows who manages dependabot.yml.
assert runs[3] =~ /(?m)^\[INFO\] \.github\/dependabot\.yml\s+dev\.rig\.runtime\.configs\.\w+/
assert runs[3].contains('BUILD SUCCESS')

// 5. rig.skip skips every goal, before it reads anything.
assert runs[4].count('rig: skipped (rig.skip=true)') == 4
assert runs[4].contains('BUILD SUCCESS')

// The file rig cannot read is kept byte for byte, and nothing else was written either.
assert new File(basedir, '.github/dependabot.yml').text == 'version: 2\nupdates: [\n  - package-ecosystem: maven\n'
assert !new File(basedir, 'README.md').exists()
assert !new File(basedir, 'src/main/java').exists()
assert !new File(basedir, 'pom.xml').text.contains('jacoco')
