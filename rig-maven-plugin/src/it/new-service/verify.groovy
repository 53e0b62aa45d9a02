// rig:new made inventory-service on it-base, whose first `mvn verify` passed with rig:check in it.
def service = new File(basedir, 'inventory-service')
def pom = new File(service, 'pom.xml').text
assert pom.contains('<artifactId>it-base</artifactId>')
assert pom =~ /(?s)<artifactId>it-base<\/artifactId>\s*<version>1\.0<\/version>\s*<scope>test<\/scope>/
assert pom =~ /(?s)<artifactId>rig-runtime<\/artifactId>\s*<version>[^<]+<\/version>\s*<scope>test<\/scope>/
assert new File(service, 'config/app.yaml').text.contains('team: platform')

// The base's configs and rig's registry live with the tests; production classes are the app's own.
assert new File(service, 'target/test-classes/com/example/it/inventoryservice/RigRegistry.class').isFile()
def production = []
new File(service, 'target/classes').eachFileRecurse { if (it.isFile()) production << it.name }
assert production == ['App.class'] : production

// The invoker appends every invocation's output to one build.log.
def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert runs.size() == 6 : "expected 6 builds in build.log, found ${runs.size()}"
// 1. -T 2: new makes the one project, once.
assert runs[0].contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert runs[0].count('rig: created com.example.it:inventory-service') == 1
assert log.contains('rig: created com.example.it:inventory-service in inventory-service, on com.example.it:it-base:1.0')
assert log.contains('rig: next: cd inventory-service && mvn -B -ntp install')
def serviceLog = log
assert serviceLog.contains('--- rig-maven-plugin:') && serviceLog.contains(':check (check) @ inventory-service ---')
// prebuild.groovy made this folder a git repository: the service is in a subfolder of it, so its
// ten .github files are not written; new and every check say where they belong instead.
assert serviceLog.contains('rig: 11 files checked, all in sync')
assert !new File(service, '.github').exists()
assert !new File(basedir, '.github').exists() : 'nothing is written outside the project root'
assert log.contains('rig: not written: these files belong at the top of the git repository, ' + basedir.canonicalPath)
assert log.contains('    .github/workflows/health_check.yml (its jobs run in inventory-service: defaults.run.working-directory)')
assert serviceLog =~ /config\/app\.yaml\s+com\.example\.itbase\.configs\.AppConfigFile\s+-\s+1\s+com\.example\.it:it-base:1\.0/

// 3. A base that is not Maven coordinates: the goal fails (Maven exits 1) and says what to write.
assert runs[2].contains('BUILD FAILURE')
assert runs[2].contains('rig: error: -Dbase=it-base is not groupId:artifactId:version')
assert runs[2].contains('such as -Dbase=com.acme:service-base:1.0.0')
assert !new File(basedir, 'broken').exists()

// 4. rig.skip: nothing made.
assert runs[3].contains('rig: skipped (rig.skip=true)') && runs[3].contains('BUILD SUCCESS')
assert !new File(basedir, 'skipped').exists()

// 5. and 6. new -Dlibrary: a library of standards on it-base, whose first verify passes.
def library = new File(basedir, 'standards')
def libraryPom = new File(library, 'pom.xml').text
// Its configs extend the base's, so the base is a compile dependency, passed on to its users...
assert libraryPom =~ /(?s)<artifactId>it-base<\/artifactId>\s*<version>1\.0<\/version>\s*<\/dependency>/
// ...and rig-runtime is provided, so that it reaches no service's production class path.
assert libraryPom =~ /(?s)<artifactId>rig-runtime<\/artifactId>\s*<version>[^<]+<\/version>\s*<scope>provided<\/scope>/
def config = new File(library, 'src/main/java/com/example/it/standards/PomConfigFile.java').text
assert config =~ /@RigConfig\npublic class PomConfigFile extends [\w.]+\.PomConfigFile \{/
assert runs[4].contains('created   src/main/java/com/example/it/standards/PomConfigFile.java')
assert runs[4].contains(', 1 source file created')
assert !new File(library, 'src/main/java/com/example/it/standards/App.java').exists()
assert new File(library, 'target/classes/com/example/it/standards/PomConfigFile.class').isFile()
assert runs[5].contains(':check (check) @ standards ---')
assert runs[5] =~ /rig: \d+ files checked, all in sync/
assert runs[5].contains('BUILD SUCCESS')
