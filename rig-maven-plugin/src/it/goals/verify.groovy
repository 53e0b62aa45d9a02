// One build.log holds the seven invocations of invoker.properties, in order.
def log = new File(basedir, 'build.log').text
// Each build starts with Maven's scanning line; what comes before the first is not a build.
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert runs.size() == 7 : "expected 7 builds in build.log, found ${runs.size()}"

// 1. check before any compilation: the service's own registry is not there yet.
assert runs[0].contains('[RigNoRegistry] no rig registry was generated for com.example.it:alpha')
assert runs[0].contains('<proc>none</proc> or -proc:none')
assert runs[0].contains('build it from clean (mvn clean test-compile rig:check)')
assert runs[0].contains('BUILD FAILURE')

// 2. the Spotless-like failure: files, a diff capped at 50 lines, the fix.
def failure = runs[1]
assert failure.contains('[ERROR] Failed to execute goal dev.rig:rig-maven-plugin:')
assert failure.contains(':check (default-cli) on project alpha: rig: 20 files are out of sync with this project\'s configs:')
assert failure.contains('[ERROR]     pom.xml (would be updated)')
assert failure.contains('[ERROR]     README.md (would be created)')
assert failure =~ /\[ERROR\]     \.\.\. \d+ more lines of diff \(the whole diff: mvn rig:check -Drig\.maxDiffLines=0\)/
assert failure.contains('[ERROR] rig: run \'mvn rig:sync\' to fix them, then review the changes and commit them')
// check writes nothing: this hook runs after all seven builds, so run 5's counts prove it (18 created).
assert !failure.contains('created   ') : 'check writes nothing'

// 3. and 4. the skip properties.
assert runs[2].contains('rig: check skipped (rig.check.skip=true)') && runs[2].contains('BUILD SUCCESS')
assert runs[3].contains('rig: skipped (rig.skip=true)') && runs[3].contains('BUILD SUCCESS')

// 5. sync in parallel: both services get every file; the aggregator, without rig, is passed over.
assert runs[4].contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert runs[4].contains('rig: skipped: com.example.it:goals has no rig-runtime on its test class path')
['alpha', 'beta'].each { module ->
  assert new File(basedir, "${module}/README.md").isFile()
  assert new File(basedir, "${module}/pom.xml").text.contains('<artifactId>jacoco-maven-plugin</artifactId>')
}
assert runs[4].count('rig: 20 files checked, 19 created, 1 updated, 0 unchanged') == 2

// 6. verify in parallel: the check bound to verify passes in both.
assert runs[5].count('rig: 20 files checked, all in sync') == 2
assert runs[5].contains('BUILD SUCCESS')

// 7. init and list in parallel. init is not passed over at the aggregator, the build's root: it
// plans the repository files there (and no sources, no build: packaging pom); each service, in
// sync since run 5, has tests but no main class, so only App and its AppTest are planned. Nothing
// is written without -Drig.apply=true. list passes over the aggregator and lists each service.
def parallel = runs[6]
assert parallel.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert parallel.count('rig: this is an existing project: init wrote nothing; its plan is') == 3
['alpha', 'beta'].each { module ->
  assert parallel.contains("    src/main/java/com/example/it/${module}/App.java (would be created)")
  assert parallel.contains("    src/test/java/com/example/it/${module}/AppTest.java (would be created)")
  assert !new File(basedir, "${module}/src/main/java").exists() : 'init wrote nothing'
}
assert parallel.count('rig: 20 files checked, all in sync, 2 source files to create') == 2
assert parallel.contains('    README.md (would be created)')
assert !new File(basedir, 'README.md').exists() : 'init wrote nothing at the root'
assert parallel.contains('rig: skipped: com.example.it:goals has no rig-runtime on its test class path')
assert (parallel =~ /(?m)^\[INFO\] pom\.xml\s+dev\.rig\.runtime\.configs\.PomConfigFile\b/).count == 2
assert parallel.contains('BUILD SUCCESS')
